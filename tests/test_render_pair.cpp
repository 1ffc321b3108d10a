// Side by side draws both maps in one pass (Renderer::draw_pair): the body's
// geometry once, each fragment shaded for both maps into two colour
// attachments. What a lecturer sees must not depend on that: each half has
// to equal the same map drawn alone, in every chart variant the window can
// show side by side, with and without antialiasing.
#include "render/render_target.h"
#include "render/readback.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

#include <glad/gl.h>

#include <algorithm>
#include <cstdlib>

using namespace dv::test;

namespace {

dv::Renderer& pair_renderer() { return map_renderer("classical", "evidence").renderer; }

// The largest difference of any channel of any pixel, and how many pixels
// differ by more than `tolerance`.
std::pair<int, long> compare(const dv::Image& a, const dv::Image& b, int tolerance) {
    int largest = 0;
    long beyond = 0;
    for (std::size_t i = 0; i < a.rgba.size(); i += 4) {
        int worst = 0;
        for (std::size_t k = 0; k < 4; ++k)
            worst = std::max(worst, std::abs(int(a.rgba[i + k]) - int(b.rgba[i + k])));
        largest = std::max(largest, worst);
        beyond += worst > tolerance;
    }
    return {largest, beyond};
}

// Pixels that differ between the two halves of one frame (left x right).
long differing_halves(const dv::Image& frame, int half) {
    long n = 0;
    for (int y = 0; y < frame.height; ++y)
        for (int x = 0; x < half; ++x)
            n += !std::equal(frame.pixel(x, y), frame.pixel(x, y) + 3, frame.pixel(x + half, y));
    return n;
}

} // namespace

TEST_CASE("Side by side in one pass equals each map drawn alone", "[render][compare]") {
    dv::Renderer& r = pair_renderer();
    const int half = 220, height = 360, left = 16, bottom = 12;
    const int width = left + 2 * half + 10, frame_height = bottom + height + 8;
    dv::Camera camera = dv::frame_view(dv::StandardView::Anterior, default_body().bounds(), float(half) / float(height));
    dv::orbit(camera, 25.0f, 10.0f);
    dv::Target one, pair;
    one.ensure(width, frame_height, 0);
    pair.ensure(width, frame_height, 0);

    struct Case {
        const char* name;
        dv::RenderSettings settings;
    };
    std::vector<Case> cases;
    dv::RenderSettings chart;
    chart.display = dv::DisplayMode::Dermatomes;
    cases.push_back({"the chart, antialiased", chart});
    chart.msaa_samples = 0;
    cases.push_back({"the chart while moving (no samples)", chart});
    dv::RenderSettings lit = chart;
    for (const char* level : {"T4", "L4"})
        lit.selection.select(dv::parse_level(level).value(), true, true);
    lit.emphasis = dv::Emphasis::Glow;
    lit.show_markers = true;
    cases.push_back({"T4 and L4 glowing, with landmark dots", lit});
    dv::RenderSettings safe = chart;
    safe.palette = dv::Palette::ColorBlindSafe;
    safe.overlap_hatching = true;
    safe.trigeminal = true;
    cases.push_back({"colour-blind patterns, overlap hatching, trigeminal", safe});
    dv::RenderSettings regions;
    regions.display = dv::DisplayMode::Regions;
    regions.msaa_samples = 0;
    cases.push_back({"a developer display (drawn once per map)", regions});

    r.set_markers({default_landmarks().landmarks.front().position_on(default_body().skin)});
    for (const Case& c : cases) {
        INFO(c.name);
        for (dv::Target* t : {&one, &pair}) {
            glBindFramebuffer(GL_FRAMEBUFFER, t->fbo.get());
            glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
            glClear(GL_COLOR_BUFFER_BIT);
        }
        for (int slot = 0; slot < 2; ++slot) {
            dv::RenderSettings s = c.settings;
            s.map_mix = float(slot);
            s.dest_x = left + slot * half;
            s.dest_y = bottom;
            r.draw(camera, half, height, one.fbo.get(), s);
        }
        r.draw_pair(camera, half, height, pair.fbo.get(), c.settings, {{{left, bottom}, {left + half, bottom}}});
        const dv::Image alone = dv::read_framebuffer(one.fbo.get(), width, frame_height);
        const dv::Image together = dv::read_framebuffer(pair.fbo.get(), width, frame_height);
        const auto [largest, beyond] = compare(alone, together, 2);
        CHECK(beyond == 0);
        CHECK(largest <= 2);
        if (c.settings.display == dv::DisplayMode::Dermatomes) {
            // Each half shows its own map: the classical and evidence-based
            // charts differ over much of the body.
            dv::Image halves(2 * half, height);
            for (int y = 0; y < height; ++y)
                std::copy_n(together.pixel(left, frame_height - bottom - height + y), std::size_t(2 * half) * 4,
                            halves.pixel(0, y));
            CHECK(differing_halves(halves, half) > 2000);
        }
    }
    r.set_markers({});
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}
