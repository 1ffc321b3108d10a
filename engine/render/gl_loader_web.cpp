// load_gl in the browser build: emscripten binds the WebGL 2 context's
// functions itself, so there is nothing to load, only the version to check.
#include "render/gl_loader.h"

#include "core/error.h"

#include <glad/gl.h>

namespace dv {

GlInfo load_gl(GlProcLoader) {
    auto text = [](GLenum name) {
        const GLubyte* s = glGetString(name);
        return s ? std::string(reinterpret_cast<const char*>(s)) : std::string("unknown");
    };
    GlInfo info;
    info.vendor = text(GL_VENDOR);
    info.renderer = text(GL_RENDERER);
    info.version = text(GL_VERSION);
    glGetIntegerv(GL_MAJOR_VERSION, &info.major);
    glGetIntegerv(GL_MINOR_VERSION, &info.minor);
    if (info.major < 3)
        throw Error("this browser offers " + info.version + "; Dermaview needs WebGL 2. Use a current Chrome, "
                    "Edge, Firefox or Safari (15 or later), with hardware acceleration on");
    return info;
}

const char* glsl_version() { return "#version 300 es"; }
// WebGL 2 has no default float precision in fragment shaders; highp
// everywhere matches the desktop's arithmetic.
const char* glsl_preamble() { return "#version 300 es\nprecision highp float;\nprecision highp int;\n"; }

} // namespace dv
