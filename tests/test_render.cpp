// Headless renders of the default body, checked pixel by pixel against renders
// of the same camera with no body (the backdrop alone).
#include "core/error.h"
#include "render/readback.h"
#include "support/image_checks.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>
#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>

using namespace dv::test;

namespace {
constexpr int kW = 480, kH = 540;

dv::Camera framed(dv::StandardView v) {
    return dv::frame_view(v, default_body().bounds(), float(kW) / float(kH));
}

dv::Image render(dv::StandardView v, dv::RenderSettings s = {}) {
    return body_renderer().render_image(framed(v), kW, kH, s);
}

dv::Image backdrop(dv::StandardView v, dv::RenderSettings s = {}) {
    dv::Renderer empty(test_data_dir() / "shaders");
    return empty.render_image(framed(v), kW, kH, s);
}

glm::vec2 to_pixel(const dv::Camera& cam, glm::vec3 p) {
    const glm::vec4 clip = cam.projection(float(kW) / float(kH)) * cam.view() * glm::vec4(p, 1.0f);
    return {(clip.x / clip.w * 0.5f + 0.5f) * kW, (0.5f - clip.y / clip.w * 0.5f) * kH};
}
} // namespace

TEST_CASE("Headless rendering runs on an OpenGL 3.3+ context with no display", "[render]") {
    const dv::GlInfo& gl = headless_context().info();
    INFO("renderer: " << gl.renderer << ", version: " << gl.version);
    CHECK((gl.major > 3 || (gl.major == 3 && gl.minor >= 3)));
}

TEST_CASE("The anterior view shows the whole body, centred, filling a plausible share of the image", "[render]") {
    const dv::Image body = render(dv::StandardView::Anterior);
    REQUIRE(body.width == kW);
    REQUIRE(body.height == kH);
    const Mask on_body = differing_pixels(body, backdrop(dv::StandardView::Anterior));
    // An A-posed adult framed head to toe covers some 10-30 % of a portrait frame.
    CHECK(fraction(on_body) > 0.08);
    CHECK(fraction(on_body) < 0.40);
    const Box box = bounding_box(on_body, kW, kH);
    CHECK(box.height() > 0.8 * kH);            // head to toe fills the height
    CHECK(box.y0 > 0);                          // ... without being cut off
    CHECK(box.y1 < kH);
    CHECK(std::abs((box.x0 + box.x1) / 2 - kW / 2) < kW / 20); // centred
}

TEST_CASE("The corners of every view are backdrop, not body", "[render]") {
    for (dv::StandardView v : dv::kAllViews) {
        const dv::Image body = render(v);
        const dv::Image empty = backdrop(v);
        INFO("view " << dv::view_name(v));
        for (auto [x, y] : {std::pair{0, 0}, {kW - 8, 0}, {0, kH - 8}, {kW - 8, kH - 8}})
            CHECK(mean_abs_difference(body, empty, x, y, x + 8, y + 8) < 1.0);
        // The backdrop is a gradient: lighter at the top than at the bottom.
        CHECK(dv::test::luminance(empty.pixel(kW / 2, 2)) > dv::test::luminance(empty.pixel(kW / 2, kH - 3)));
    }
}

TEST_CASE("Anterior and posterior views differ where the face is", "[render]") {
    const dv::Image front = render(dv::StandardView::Anterior);
    // Seen from behind, the body's outline is the mirror image of the front's.
    const dv::Image back_mirrored = mirrored(render(dv::StandardView::Posterior));
    const dv::Bounds b = default_body().bounds();
    const dv::Camera cam = framed(dv::StandardView::Anterior);
    const glm::vec2 crown = to_pixel(cam, {0, b.max.y, 0});
    const glm::vec2 chin = to_pixel(cam, {0, b.max.y - 0.24f, 0});
    const int half = int((chin.y - crown.y) * 0.4f);
    const int x0 = kW / 2 - half, x1 = kW / 2 + half, y0 = int(crown.y), y1 = int(chin.y);
    REQUIRE(y1 - y0 > 10);

    const Mask front_mask = differing_pixels(front, backdrop(dv::StandardView::Anterior));
    const Mask back_mask = differing_pixels(back_mirrored, mirrored(backdrop(dv::StandardView::Posterior)));
    long both = 0, either = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) {
            const std::size_t i = std::size_t(y) * kW + x;
            both += front_mask[i] && back_mask[i];
            either += front_mask[i] || back_mask[i];
        }
    // Much the same head outline (perspective and the nose make them differ a little) ...
    CHECK(double(both) / double(either) > 0.7);
    // ... but different content inside it: a face in front, the back of the
    // head behind. Compare only where both show the head.
    double diff = 0.0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x)
            if (front_mask[std::size_t(y) * kW + x] && back_mask[std::size_t(y) * kW + x])
                diff += mean_abs_difference(front, back_mirrored, x, y, x + 1, y + 1);
    const double mean_diff = diff / double(both);
    // Control: the same view rendered twice is identical, so the gap is real.
    const dv::Image front_again = render(dv::StandardView::Anterior);
    CHECK(mean_abs_difference(front, front_again, x0, y0, x1, y1) == 0.0);
    INFO("mean difference inside the head " << mean_diff);
    CHECK(mean_diff > 20.0);
}

TEST_CASE("The body is lit with shape: shading varies and nothing clips to white", "[render]") {
    const dv::Image body = render(dv::StandardView::Anterior);
    const Mask on_body = differing_pixels(body, backdrop(dv::StandardView::Anterior));
    double sum = 0.0, sum2 = 0.0;
    long n = 0, clipped = 0, skin_toned = 0, interior = 0;
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x)
            if (on_body[std::size_t(y) * kW + x]) {
                const std::uint8_t* p = body.pixel(x, y);
                const double l = dv::test::luminance(p);
                sum += l;
                sum2 += l * l;
                ++n;
                clipped += p[0] == 255 && p[1] == 255 && p[2] == 255;
                // Skin, not grey: red above blue on lit skin away from the
                // silhouette (edge pixels blend with the cool backdrop and rim light).
                if (l > 60.0 && x > 0 && y > 0 && x + 1 < kW && y + 1 < kH && on_body[std::size_t(y) * kW + x - 1] &&
                    on_body[std::size_t(y) * kW + x + 1] && on_body[std::size_t(y - 1) * kW + x] &&
                    on_body[std::size_t(y + 1) * kW + x])
                    skin_toned += p[0] > p[2] + 10, ++interior;
            }
    REQUIRE(n > 1000);
    CHECK(double(skin_toned) / double(interior) > 0.95);
    const double mean = sum / double(n);
    const double stddev = std::sqrt(sum2 / double(n) - mean * mean);
    INFO("mean luminance " << mean << ", spread " << stddev);
    CHECK(mean > 90.0);    // well lit, not murky
    CHECK(mean < 230.0);
    CHECK(stddev > 12.0);  // light and shade model the form
    CHECK(double(clipped) / double(n) < 0.01);
}

TEST_CASE("Antialiasing softens the silhouette", "[render]") {
    dv::RenderSettings aliased;
    aliased.msaa_samples = 0;
    const dv::Image smooth = render(dv::StandardView::Anterior);
    const dv::Image jagged = render(dv::StandardView::Anterior, aliased);
    REQUIRE(body_renderer().samples_in_use() == 0);
    // Count pixels whose colour lies strictly between body and backdrop along
    // the silhouette: MSAA makes many of them.
    const Mask changed = differing_pixels(smooth, jagged, 4);
    CHECK(fraction(changed) > 0.002);
    render(dv::StandardView::Anterior);
    CHECK(body_renderer().samples_in_use() >= 4);
}

TEST_CASE("A transparent render has clear corners and an opaque body", "[render]") {
    dv::RenderSettings clear;
    clear.transparent_background = true;
    const dv::Image img = render(dv::StandardView::Anterior, clear);
    CHECK(img.pixel(0, 0)[3] == 0);
    CHECK(img.pixel(kW - 1, kH - 1)[3] == 0);
    const dv::Camera cam = framed(dv::StandardView::Anterior);
    const glm::vec2 chest = to_pixel(cam, {0, 1.25f, 0.1f});
    CHECK(img.pixel(int(chest.x), int(chest.y))[3] == 255);
}

TEST_CASE("Impossible image sizes are refused, not crashed on", "[render][errors]") {
    dv::Renderer& r = body_renderer();
    const dv::Camera cam = framed(dv::StandardView::Anterior);
    CHECK_THROWS_AS(r.render_image(cam, 0, 100), dv::Error);
    CHECK_THROWS_WITH(r.render_image(cam, r.max_image_size() + 1, 100), Catch::Contains("16384 pixels"));
}
