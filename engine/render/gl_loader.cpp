#include "render/gl_loader.h"

#include "core/error.h"

#include <glad/gl.h>

namespace dv {

namespace {
std::string gl_string(GLenum name) {
    const GLubyte* s = glad_glGetString ? glGetString(name) : nullptr;
    return s ? reinterpret_cast<const char*>(s) : "unknown";
}
} // namespace

GlInfo load_gl(GlProcLoader loader) {
    const int version = gladLoadGL(reinterpret_cast<GLADloadfunc>(loader));
    GlInfo info;
    info.vendor = gl_string(GL_VENDOR);
    info.renderer = gl_string(GL_RENDERER);
    info.version = gl_string(GL_VERSION);
    info.major = GLAD_VERSION_MAJOR(version);
    info.minor = GLAD_VERSION_MINOR(version);
    if (version == 0)
        throw Error("could not load any OpenGL functions from the current context (renderer: " + info.renderer +
                    "); check the graphics driver installation");
    if (!GLAD_GL_VERSION_3_3)
        throw Error("OpenGL 3.3 core is required, but this context offers only OpenGL " + info.version + " on '" +
                    info.renderer + "'. Update the graphics driver, or render in software with Mesa's llvmpipe: "
                    "LIBGL_ALWAYS_SOFTWARE=1 dermaview ...");
    return info;
}

const char* glsl_version() { return "#version 330 core"; }
const char* glsl_preamble() { return "#version 330 core\n"; }

} // namespace dv
