#include "render/shader_program.h"

#include "core/error.h"
#include "core/files.h"

#include <vector>

namespace dv::gl {

namespace {

std::string info_log(GLuint object, bool is_program) {
    GLint length = 0;
    if (is_program)
        glGetProgramiv(object, GL_INFO_LOG_LENGTH, &length);
    else
        glGetShaderiv(object, GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(static_cast<std::size_t>(length > 1 ? length : 1), '\0');
    if (is_program)
        glGetProgramInfoLog(object, length, nullptr, log.data());
    else
        glGetShaderInfoLog(object, length, nullptr, log.data());
    return log.data();
}

Shader compile(GLenum stage, const std::filesystem::path& file, const std::string& defines) {
    std::string source = read_text_file(file);
    if (!defines.empty()) {
        const auto end_of_version = source.find('\n');
        source.insert(end_of_version == std::string::npos ? source.size() : end_of_version + 1, defines);
    }
    Shader shader(glCreateShader(stage));
    const char* text = source.c_str();
    glShaderSource(shader.get(), 1, &text, nullptr);
    glCompileShader(shader.get());
    GLint ok = GL_FALSE;
    glGetShaderiv(shader.get(), GL_COMPILE_STATUS, &ok);
    if (!ok)
        throw Error("shader '" + file.string() + "' does not compile:\n" + info_log(shader.get(), false));
    return shader;
}

} // namespace

Program build_program(const std::filesystem::path& vertex_file, const std::filesystem::path& fragment_file,
                      const std::string& defines) {
    Shader vs = compile(GL_VERTEX_SHADER, vertex_file, defines);
    Shader fs = compile(GL_FRAGMENT_SHADER, fragment_file, defines);
    Program program(glCreateProgram());
    glAttachShader(program.get(), vs.get());
    glAttachShader(program.get(), fs.get());
    glLinkProgram(program.get());
    GLint ok = GL_FALSE;
    glGetProgramiv(program.get(), GL_LINK_STATUS, &ok);
    if (!ok)
        throw Error("shaders '" + vertex_file.string() + "' and '" + fragment_file.string() + "' do not link:\n" +
                    info_log(program.get(), true));
    return program;
}

GLint uniform(const Program& p, const char* name) { return glGetUniformLocation(p.get(), name); }

} // namespace dv::gl
