#pragma once
// The browser build's stand-in for glad's generated <glad/gl.h> (cmake/Web.cmake
// copies it into the build tree under that name): WebGL 2
// through emscripten's OpenGL ES 3.0 headers, which need no loader. The
// engine uses the subset of GL 3.3 core that ES 3.0 shares; the two calls
// below are the only differences it meets (docs/web.md).
#include <GLES3/gl3.h>

// ES has only the float form.
#define glClearDepth glClearDepthf

// Points always take their size from the shader in ES; enabling it is an
// error there, so the one GL 3.3 switch is dropped here.
#ifndef GL_PROGRAM_POINT_SIZE
#define GL_PROGRAM_POINT_SIZE 0x8642
#endif
inline void dv_gl_enable(GLenum cap) {
    if (cap != GL_PROGRAM_POINT_SIZE)
        glEnable(cap);
}
#define glEnable dv_gl_enable
