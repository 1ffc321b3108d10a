#include "bench_compare.h"
#include "bench_support.h"

#include <glad/gl.h>

#include <algorithm>
#include <chrono>
#include <vector>

namespace dv::bench {

namespace {
using Clock = std::chrono::steady_clock;
} // namespace

CompareTimes compare_frame_times(Renderer& renderer, const Bounds& body, int w, int h, int inset, int top, int bottom,
                                 int frames) {
    const int half = (w - inset) / 2, height = h - top - bottom;
    Camera one = frame_view(StandardView::Anterior, body, float(w - inset) / float(h));
    one.shift_x = 0.5f * float(inset) / float(w);
    Camera two = frame_view(StandardView::Anterior, body, float(half) / float(height));
    Offscreen target(w, h), kept(w, h); // the window, and side by side's kept frame (gui/compare_view.h)
    RenderSettings moving;
    moving.display = DisplayMode::Dermatomes;
    moving.msaa_samples = 0; // the window draws without samples while the body moves
    std::vector<double> t[4], cpu[2];
    // One map and two differ in size, and the renderer's targets follow the
    // size, so they take turns in blocks (a target's reallocation is
    // left out: the window does it once, when the comparison starts); four
    // blocks each, so a busier second slows both alike.
    const int per_block = std::max(2, frames / 4);
    for (int block = 0; block < 4; ++block)
        for (int v = 0; v < 4; ++v) {
            const bool still = v >= 2;
            for (int i = 0; i < per_block + 1; ++i) {
                orbit(one, 360.0f / float(frames), 0.0f);
                orbit(two, 360.0f / float(frames), 0.0f);
                const auto t0 = Clock::now();
                const double c0 = cpu_ms();
                if (v % 2 == 0) {
                    renderer.present(one, w, h, target.fbo, moving, still && i > 0);
                } else {
                    // As the window: both halves drawn into the kept frame, which is copied whole.
                    if (!(still && i > 0))
                        renderer.draw_pair(two, half, height, kept.fbo, moving, {{{inset, bottom}, {inset + half, bottom}}});
                    glBindFramebuffer(GL_READ_FRAMEBUFFER, kept.fbo);
                    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, target.fbo);
                    glBlitFramebuffer(0, 0, w, h, 0, 0, w, h, GL_COLOR_BUFFER_BIT, GL_NEAREST);
                }
                glFinish();
                if (i > 0) { // the first frame of a block allocates and draws the kept frames
                    t[v].push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
                    if (!still)
                        cpu[v].push_back(cpu_ms() - c0);
                }
            }
        }
    return {median(t[0]), median(t[1]), median(cpu[0]), median(cpu[1]), median(t[2]), median(t[3])};
}

} // namespace dv::bench
