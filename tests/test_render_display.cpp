// The anatomy display modes, rendered headless: regions in distinct colours,
// coordinates as isolines, grey where a mode has no value.
#include "body/body_coordinates.h"
#include "support/image_checks.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace dv::test;

namespace {
constexpr int kW = 600, kH = 800;


// A renderer of its own, since these tests upload display fields.
dv::Renderer& display_renderer() {
    headless_context();
    static dv::Renderer r(test_data_dir() / "shaders");
    static const bool ready = [] {
        r.set_body(default_model().display(1), &default_model().display_fields(1));
        return true;
    }();
    (void)ready;
    return r;
}

const dv::Camera& camera() { static const dv::Camera cam = front_view(kW, kH); return cam; }

dv::Image render(dv::DisplayMode mode) {
    dv::RenderSettings s;
    s.display = mode;
    return display_renderer().render_image(camera(), kW, kH, s);
}

// The mean colour of a 5x5 patch around where a landmark appears.
glm::vec3 colour_at(const dv::Image& img, const std::string& name, dv::Side side) {
    return landmark_colour(img, camera(), name, side);
}

float chroma(glm::vec3 c) { return std::max({c.r, c.g, c.b}) - std::min({c.r, c.g, c.b}); }
float hue_distance(glm::vec3 a, glm::vec3 b) {
    // Compare normalised colours so that shading does not count as a change of hue.
    return glm::length(a / (a.r + a.g + a.b + 1.0f) - b / (b.r + b.g + b.b + 1.0f));
}
} // namespace

TEST_CASE("The regions display gives neighbouring regions distinct colours", "[render][coordinates]") {
    const dv::Image img = render(dv::DisplayMode::Regions);
    const glm::vec3 trunk_a = colour_at(img, "key_T8", dv::Side::Left);
    const glm::vec3 trunk_b = colour_at(img, "key_T10", dv::Side::Left);
    const glm::vec3 thigh = colour_at(img, "key_L2", dv::Side::Left);
    const glm::vec3 face = colour_at(img, "menton", dv::Side::Midline);
    CHECK(hue_distance(trunk_a, trunk_b) < 0.03f); // one region, one colour
    CHECK(hue_distance(trunk_a, thigh) > 0.06f);
    CHECK(hue_distance(trunk_a, face) > 0.06f);
}

TEST_CASE("The along display draws isolines on the limbs and leaves the trunk grey", "[render][coordinates]") {
    const dv::Image along = render(dv::DisplayMode::Along);
    const dv::Image skin = render(dv::DisplayMode::Skin);
    // Grey, not skin-toned, where the mode has no value.
    CHECK(chroma(colour_at(along, "umbilicus", dv::Side::Midline)) < 8.0f);
    CHECK(chroma(colour_at(skin, "umbilicus", dv::Side::Midline)) > 20.0f);
    // Isolines cross the thighs: thin dark lines, so pixels much darker than
    // the pixels a few rows above and below. Plain skin has almost none.
    auto line_pixels = [](const dv::Image& img) {
        long n = 0;
        for (int y = kH / 2; y < kH * 3 / 4; ++y)
            for (int x = 0; x < kW; ++x) {
                const double l = luminance(img.pixel(x, y));
                n += l < 0.7 * std::min(luminance(img.pixel(x, y - 3)), luminance(img.pixel(x, y + 3)));
            }
        return n;
    };
    const long lines_along = line_pixels(along), lines_skin = line_pixels(skin);
    INFO("line pixels: along " << lines_along << ", skin " << lines_skin);
    CHECK(lines_along > 10 * lines_skin + 500);
}

TEST_CASE("The level display puts the nipples and the umbilicus in different bands", "[render][coordinates]") {
    const dv::Image img = render(dv::DisplayMode::SpinalLevel);
    const glm::vec3 nipple_band = colour_at(img, "key_T3", dv::Side::Left);
    const glm::vec3 umbilicus_band = colour_at(img, "key_T10", dv::Side::Left);
    CHECK(chroma(nipple_band) > 20.0f);
    CHECK(hue_distance(nipple_band, umbilicus_band) > 0.02f);
    // The face has no spinal level: neutral grey (the warm key light tints it a little).
    CHECK(chroma(colour_at(img, "menton", dv::Side::Midline)) < 16.0f);
}
