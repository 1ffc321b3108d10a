#pragma once
// An OpenGL 3.3 core context with no window and no display: EGL on Mesa's
// surfaceless platform (works without X, Wayland or /dev/dri), falling back to
// the default EGL display. Rendering goes into framebuffer objects.
#include "render/gl_loader.h"

#include <memory>

namespace dv {

class HeadlessContext {
public:
    HeadlessContext();  // creates, makes current and loads GL; throws dv::Error
    ~HeadlessContext();
    HeadlessContext(const HeadlessContext&) = delete;
    HeadlessContext& operator=(const HeadlessContext&) = delete;

    const GlInfo& info() const { return info_; }

private:
    struct Egl;
    std::unique_ptr<Egl> egl_;
    GlInfo info_;
};

} // namespace dv
