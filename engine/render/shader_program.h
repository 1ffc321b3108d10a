#pragma once
// GLSL programs built from the files in shaders/. Errors name the file and
// carry the compiler's log, so a typo in a shader reads like a compiler error.
#include "render/gl_objects.h"

#include <filesystem>
#include <string>

namespace dv::gl {

// `defines` ("#define DERMATOMES 1\n") go right after each file's #version
// line, so one source file can make several programs.
Program build_program(const std::filesystem::path& vertex_file, const std::filesystem::path& fragment_file,
                      const std::string& defines = {});

GLint uniform(const Program& p, const char* name); // -1 if optimised away

} // namespace dv::gl
