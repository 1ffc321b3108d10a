#include "render/headless_context.h"

#include "core/error.h"

#include <glad/egl.h>

#include <cstdio>
#include <string>

namespace dv {

// Owns the EGL objects; tearing down here (not in ~HeadlessContext) also
// cleans up when the constructor throws halfway.
struct HeadlessContext::Egl {
    EGLDisplay display = EGL_NO_DISPLAY;
    EGLContext context = EGL_NO_CONTEXT;
    bool loaded = false;
    ~Egl() {
        if (display != EGL_NO_DISPLAY) {
            eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
            if (context != EGL_NO_CONTEXT)
                eglDestroyContext(display, context);
            eglTerminate(display);
        }
        if (loaded)
            gladLoaderUnloadEGL();
    }
};

namespace {

std::string egl_error_text() {
    const EGLint e = eglGetError ? eglGetError() : 0;
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%04X", static_cast<unsigned>(e));
    return hex;
}

GlProc egl_proc(const char* name) { return reinterpret_cast<GlProc>(eglGetProcAddress(name)); }

EGLDisplay open_display() {
    // Surfaceless first: it needs no display server and no GPU device node.
    if (GLAD_EGL_EXT_platform_base && GLAD_EGL_MESA_platform_surfaceless) {
        EGLDisplay d = eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
        if (d != EGL_NO_DISPLAY && eglInitialize(d, nullptr, nullptr))
            return d;
    }
    EGLDisplay d = eglGetDisplay(EGL_DEFAULT_DISPLAY);
    if (d != EGL_NO_DISPLAY && eglInitialize(d, nullptr, nullptr))
        return d;
    return EGL_NO_DISPLAY;
}

} // namespace

HeadlessContext::HeadlessContext() : egl_(std::make_unique<Egl>()) {
    // First load: client extensions and eglGetPlatformDisplayEXT only.
    if (!gladLoaderLoadEGL(EGL_NO_DISPLAY))
        throw Error("cannot load libEGL for headless rendering; install Debian's libegl1 and libegl-mesa0 "
                    "(tools/setup.sh does)");
    egl_->loaded = true;
    egl_->display = open_display();
    if (egl_->display == EGL_NO_DISPLAY)
        throw Error("no EGL display for headless rendering (EGL error " + egl_error_text() +
                    "); install Mesa's EGL driver (Debian: libegl-mesa0 libgl1-mesa-dri)");
    // Second load: the display's own version and extensions.
    gladLoaderLoadEGL(egl_->display);

    if (!eglBindAPI(EGL_OPENGL_API))
        throw Error("this EGL cannot create desktop OpenGL contexts (EGL error " + egl_error_text() + ")");

    const EGLint config_attribs[] = {EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT,
                                     EGL_RED_SIZE, 8, EGL_GREEN_SIZE, 8, EGL_BLUE_SIZE, 8, EGL_NONE};
    EGLConfig config = nullptr;
    EGLint count = 0;
    // Surfaceless contexts need no config at all; take one when offered.
    if (!eglChooseConfig(egl_->display, config_attribs, &config, 1, &count) || count == 0)
        config = nullptr;

    const EGLint context_attribs[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                      EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                      EGL_NONE};
    egl_->context = eglCreateContext(egl_->display, config, EGL_NO_CONTEXT, context_attribs);
    if (egl_->context == EGL_NO_CONTEXT)
        throw Error("could not create an OpenGL 3.3 core context (EGL error " + egl_error_text() +
                    "); this driver is too old. Mesa's llvmpipe (Debian: libgl1-mesa-dri) provides one");
    if (!eglMakeCurrent(egl_->display, EGL_NO_SURFACE, EGL_NO_SURFACE, egl_->context))
        throw Error("could not make the headless OpenGL context current (EGL error " + egl_error_text() + ")");
    info_ = load_gl(egl_proc);
}

HeadlessContext::~HeadlessContext() = default;

} // namespace dv
