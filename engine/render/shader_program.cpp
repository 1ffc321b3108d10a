#include "render/shader_program.h"

#include "core/error.h"
#include "core/files.h"
#include "render/gl_loader.h"
#include "render/shader_interface.h"

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

// The file's text with the shared constants and `defines` after its
// #version line. The #line directive that follows them gives the next line
// its number in the file, so compiler messages point into the file as it is
// (tests/test_shader_program.cpp checks the number on a broken shader).
std::string with_defines(const std::filesystem::path& file, const std::string& defines) {
    std::string source = read_text_file(file);
    std::size_t line_start = 0;
    int line = 1;
    while (source.compare(line_start, 8, "#version") != 0) {
        const std::size_t next = source.find('\n', line_start);
        if (next == std::string::npos)
            throw Error("shader '" + file.string() + "' has no #version line; start it with \"#version 330 core\"");
        line_start = next + 1;
        ++line;
    }
    const std::size_t end_of_version = source.find('\n', line_start);
    const std::size_t insert_at = end_of_version == std::string::npos ? source.size() : end_of_version + 1;
    std::string inserted = glsl_preamble() + shader::glsl_interface_defines() + defines;
    if (!inserted.empty() && inserted.back() != '\n')
        inserted += '\n';
    inserted += "#line " + std::to_string(line + 1) + "\n";
    // The file's #version line gives way to this platform's (render/gl_loader.h).
    source.replace(line_start, insert_at - line_start, inserted);
    return source;
}

Shader compile(GLenum stage, const std::filesystem::path& file, const std::string& defines) {
    const std::string source = with_defines(file, defines);
    Shader shader(glCreateShader(stage));
    const char* text = source.c_str();
    glShaderSource(shader.get(), 1, &text, nullptr);
    glCompileShader(shader.get());
    GLint ok = GL_FALSE;
    glGetShaderiv(shader.get(), GL_COMPILE_STATUS, &ok);
    if (!ok)
        throw Error("shader '" + file.string() + "' does not compile (the log's line numbers are the file's):\n" +
                    info_log(shader.get(), false));
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

GLint required_uniform(const Program& program, const char* name, const std::string& program_name) {
    const GLint location = glGetUniformLocation(program.get(), name);
    if (location < 0)
        throw Error("internal error: the " + program_name + " program has no uniform '" + name +
                    "': it is misspelt in the renderer or the shader, or this variant does not use it and the "
                    "compiler removed it");
    return location;
}

} // namespace dv::gl
