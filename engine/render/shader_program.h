#pragma once
// GLSL programs built from the files in shaders/. Errors name the file and
// carry the compiler's log, so a typo in a shader reads like a compiler error.
#include "render/gl_objects.h"

#include <filesystem>
#include <string>

namespace dv::gl {

Program build_program(const std::filesystem::path& vertex_file, const std::filesystem::path& fragment_file);

GLint uniform(const Program& p, const char* name); // -1 if optimised away

} // namespace dv::gl
