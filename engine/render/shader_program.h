#pragma once
// GLSL programs built from the files in shaders/. Errors name the file and
// carry the compiler's log, whose line numbers are the file's own.
#include "render/gl_objects.h"

#include <filesystem>
#include <string>

namespace dv::gl {

// Builds a program from a vertex and a fragment shader file. Right after
// each file's #version line go the shared constants of
// render/shader_interface.h as #defines, then `defines` ("#define FEATURES
// 6\n": one source file makes several programs), then a #line directive, so
// that the compiler's messages count the file's lines. Throws dv::Error
// naming the file, with the compiler's or linker's log.
Program build_program(const std::filesystem::path& vertex_file, const std::filesystem::path& fragment_file,
                      const std::string& defines = {});

// The location of a uniform that `program` uses. A name the program does
// not use (misspelt, or unused in this variant and so optimised away) is an
// error: dv::Error naming `program_name` and the uniform. Look locations up
// once, when the program is built.
GLint required_uniform(const Program& program, const char* name, const std::string& program_name);

} // namespace dv::gl
