#pragma once
// An offscreen colour and depth target of one size and sample count, with
// one colour attachment, or two for the pass that draws two maps at once
// (Renderer::draw_pair). Internal to engine/render.
#include "render/gl_objects.h"

#include <array>

namespace dv {

struct Target {
    gl::Framebuffer fbo;
    std::array<gl::Renderbuffer, 2> color;
    gl::Renderbuffer depth;
    int width = 0, height = 0, samples = -1, colours = 0;

    // Allocates the target anew unless it already has this size, sample
    // count and number of colour attachments (1 or 2); draws go to all of
    // them. Throws dv::Error when the GL cannot allocate it.
    void ensure(int w, int h, int s, int colour_attachments = 1);
};

} // namespace dv
