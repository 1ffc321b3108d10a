#pragma once
// Loading GL entry points and checking that the context is good enough,
// shared by both hosts (a GLFW window and the headless EGL context).
#include <string>

namespace dv {

struct GlInfo {
    std::string vendor;
    std::string renderer;
    std::string version;
    int major = 0;
    int minor = 0;
};

using GlProc = void (*)();
using GlProcLoader = GlProc (*)(const char* name);

// Loads the GL 3.3 core entry points of the current context through `loader`
// (glfwGetProcAddress or eglGetProcAddress). Throws dv::Error with the version
// found and what to do when the context is older than 3.3.
GlInfo load_gl(GlProcLoader loader);

// The shading language of this platform's GL: "#version 330 core" on the
// desktop, "#version 300 es" in the browser (WebGL 2). The files in shaders/
// say 330 core; render/shader_program.cpp puts glsl_preamble() in place of
// that line, so one set of shaders serves both (docs/web.md).
const char* glsl_version();
// glsl_version() and what must follow it (ES: the default precisions), one
// line each, ending in a newline.
const char* glsl_preamble();

} // namespace dv
