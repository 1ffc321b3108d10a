// The teaching view, rendered headless: levels that light up as rings, one
// side at a time, the map switch, and picking the skin under a pixel.
#include "render/picking.h"
#include "support/image_checks.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace dv::test;
using dv::Side;

namespace {
constexpr int kW = 600, kH = 800;

const dv::LandmarkSet& landmarks() { return dv::test::default_landmarks(); }
const dv::BakedMap& baked(const std::string& id) { return shipped_map(id)->baked; }
// A renderer of its own, kept in step with the maps by its own slots.
dv::Renderer& renderer() {
    headless_context();
    static dv::Renderer r(test_data_dir() / "shaders");
    return r;
}
dv::MapSlots& slots() {
    static dv::MapSlots s;
    return s;
}
void sync_renderer() { slots().sync(renderer(), dv::test::default_model(), 1, false); }
const dv::Camera& camera() {
    static const dv::Camera cam = dv::frame_view(dv::StandardView::Anterior, default_body().bounds(), float(kW) / kH);
    return cam;
}
// The map alone, no fade and no comparison.
dv::Image render(const std::string& map, dv::LevelSelection selection = {}) {
    slots().compare_with(nullptr);
    slots().show(shipped_map(map), false);
    sync_renderer();
    dv::RenderSettings s;
    s.display = dv::DisplayMode::Dermatomes;
    s.selection = selection;
    s.map_mix = slots().mix_shown();
    return renderer().render_image(camera(), kW, kH, s);
}
glm::vec2 pixel_of(const char* name, Side side) {
    return dv::project_to_pixel(camera(), kW, kH, landmarks().position(default_body().skin, name, side)).value();
}
// How far a small patch is from plain skin colour: 0 for bare skin.
double colourfulness(const dv::Image& img, glm::vec2 at) {
    double c = 0.0;
    for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx) {
            const std::uint8_t* p = img.pixel(int(at.x) + dx, int(at.y) + dy);
            // Skin is warm: red over green over blue. Dermatome colours break that order.
            const double r = p[0], g = p[1], b = p[2];
            c += std::max(0.0, g - r) + std::max(0.0, b - g) + std::abs((r - g) - 25.0) * 0.2;
        }
    return c / 25.0;
}
dv::LevelSelection select(const char* level, bool left = true, bool right = true) {
    dv::LevelSelection s;
    s.select(dv::parse_level(level).value(), left, right);
    return s;
}
} // namespace

TEST_CASE("With T10 selected the umbilicus lights up and the nipples do not; with T4 the opposite",
          "[render][teaching]") {
    for (const std::string map : {"classical", "evidence"}) {
        const dv::Image t10 = render(map, select("T10"));
        const dv::Image t4 = render(map, select("T4"));
        const glm::vec2 umbilicus = pixel_of("umbilicus", Side::Midline) + glm::vec2(6.0f, 0.0f);
        const glm::vec2 nipple = pixel_of("nipple", Side::Left);
        INFO(map << ": T10 render at umbilicus " << colourfulness(t10, umbilicus) << ", at nipple "
                 << colourfulness(t10, nipple) << "; T4 render at umbilicus " << colourfulness(t4, umbilicus)
                 << ", at nipple " << colourfulness(t4, nipple));
        CHECK(colourfulness(t10, umbilicus) > 3.0 * colourfulness(t10, nipple) + 5.0);
        CHECK(colourfulness(t4, nipple) > 3.0 * colourfulness(t4, umbilicus) + 5.0);
    }
}

TEST_CASE("A level selected on the left lights nothing on the right", "[render][teaching]") {
    const dv::Image left_only = render("classical", select("C6", true, false));
    const dv::Image both = render("classical", select("C6", true, true));
    // The baseline lights a level that cannot be seen from the front (Co1,
    // at the coccyx), so the rest is bare skin as in any selection.
    const dv::Image none = render("classical", select("Co1", true, true));
    // In the anterior view the body's left is on the image's right.
    auto changed = [&](const dv::Image& img, bool image_right) {
        const Mask m = differing_pixels(img, none, 10);
        long n = 0;
        for (int y = 0; y < kH; ++y)
            for (int x = image_right ? kW / 2 : 0; x < (image_right ? kW : kW / 2); ++x)
                n += m[std::size_t(y) * kW + x];
        return n;
    };
    CHECK(changed(left_only, true) > 200);
    CHECK(changed(left_only, false) == 0);
    CHECK(changed(both, false) > 200);
}

TEST_CASE("Switching maps changes the colour where the maps differ", "[render][teaching]") {
    // Classical puts the patella in L4, the evidence-based map in L3.
    const glm::vec2 patella = pixel_of("patella_centre", Side::Left);
    const dv::Image kg = render("classical"), eb = render("evidence");
    CHECK(mean_abs_difference(kg, eb, int(patella.x) - 2, int(patella.y) - 2, int(patella.x) + 3, int(patella.y) + 3) > 15.0);
    // ... and not where they agree: the thumb is C6 in both.
    const glm::vec2 thumb = pixel_of("thumb_proximal_phalanx_dorsal", Side::Left);
    CHECK(mean_abs_difference(kg, eb, int(thumb.x) - 1, int(thumb.y) - 1, int(thumb.x) + 2, int(thumb.y) + 2) < 8.0);
}

TEST_CASE("Picking the pixel where a landmark appears finds that skin, and its level", "[teaching]") {
    const dv::RayCaster& caster = default_model().caster();
    for (auto [name, side, level] : {std::tuple{"umbilicus", Side::Midline, "T10"}, std::tuple{"nipple", Side::Left, "T4"},
                                     std::tuple{"key_L2", Side::Right, "L2"}, std::tuple{"patella_centre", Side::Left, "L4"}}) {
        const auto hit = dv::pick(camera(), kW, kH, pixel_of(name, side), caster);
        INFO(name);
        REQUIRE(hit.has_value());
        const glm::vec3 expected = landmarks().position(default_body().skin, name, side);
        CHECK(glm::length(hit->point - expected) < 0.02f);
        CHECK(dv::level_name(baked("classical").weights[hit->nearest_vertex].entries[0].level) == level);
    }
    CHECK_FALSE(dv::pick(camera(), kW, kH, {3.0f, 3.0f}, caster).has_value()); // a corner: backdrop
}

TEST_CASE("The differences view marks skin where the maps disagree and leaves the rest grey", "[render][teaching]") {
    slots().show(shipped_map("classical"), false);
    slots().compare_with(shipped_map("evidence"));
    sync_renderer();
    dv::RenderSettings s;
    s.display = dv::DisplayMode::Dermatomes;
    s.differences = true;
    s.map_mix = slots().mix_shown();
    const dv::Image img = renderer().render_image(camera(), kW, kH, s);
    slots().compare_with(nullptr);
    auto magenta = [&](glm::vec2 at) {
        double m = 0.0;
        for (int dy = -2; dy <= 2; ++dy)
            for (int dx = -2; dx <= 2; ++dx) {
                const std::uint8_t* p = img.pixel(int(at.x) + dx, int(at.y) + dy);
                m += (double(p[0]) + double(p[2])) / 2.0 - double(p[1]);
            }
        return m / 25.0;
    };
    // Patella: classical L4, evidence-based L3. Thumb: C6 in both.
    const double patella = magenta(pixel_of("patella_centre", Side::Left));
    const double thumb = magenta(pixel_of("thumb_proximal_phalanx_dorsal", Side::Left));
    INFO("magenta at patella " << patella << ", at thumb " << thumb);
    CHECK(patella > 60.0);
    CHECK(thumb < 15.0);
}

TEST_CASE("The map switch cross-fades: halfway, every pixel lies between the two maps", "[render][teaching]") {
    // Classical shown, then evidence chosen: the fade starts from classical.
    slots().compare_with(nullptr);
    slots().show(shipped_map("classical"), false);
    slots().show(shipped_map("evidence"));
    REQUIRE(slots().partner() == shipped_map("classical"));
    sync_renderer();
    auto now = [&] {
        dv::RenderSettings s;
        s.display = dv::DisplayMode::Dermatomes;
        s.map_mix = slots().mix_now();
        return renderer().render_image(camera(), kW, kH, s);
    };
    const dv::Image from = now();
    slots().advance(0.5f * dv::MapSlots::kFadeSeconds);
    const dv::Image half = now();
    slots().advance(0.5f * dv::MapSlots::kFadeSeconds);
    CHECK_FALSE(slots().fading());
    const dv::Image to = now();
    CHECK(mean_abs_difference(from, render("classical"), 0, 0, kW, kH) < 0.01);
    CHECK(mean_abs_difference(to, render("evidence"), 0, 0, kW, kH) < 0.01);
    const glm::vec2 patella = pixel_of("patella_centre", Side::Left);
    int outside = 0, skin_pixels = 0;
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x)
            for (int c = 0; c < 3; ++c) {
                const int a = from.pixel(x, y)[c], b = to.pixel(x, y)[c], m = half.pixel(x, y)[c];
                skin_pixels += a != b;
                outside += m < std::min(a, b) - 2 || m > std::max(a, b) + 2;
            }
    CHECK(skin_pixels > 10000);
    CHECK(outside < skin_pixels / 1000); // a few edge samples at most
    // At the patella (L4 against L3) the half-way colour is the average of the two.
    for (int c = 0; c < 3; ++c) {
        const auto* a = from.pixel(int(patella.x), int(patella.y));
        const auto* b = to.pixel(int(patella.x), int(patella.y));
        const auto* m = half.pixel(int(patella.x), int(patella.y));
        INFO("channel " << c << ": " << int(a[c]) << " / " << int(m[c]) << " / " << int(b[c]));
        CHECK(std::abs(int(m[c]) - (int(a[c]) + int(b[c])) / 2) <= 2);
    }
    CHECK(mean_abs_difference(from, to, int(patella.x) - 2, int(patella.y) - 2, int(patella.x) + 3, int(patella.y) + 3) > 15.0);
}

TEST_CASE("Hatched overlaps show both roots as fine stripes only where two roots share the skin", "[render][teaching]") {
    render("classical");
    dv::RenderSettings s;
    s.display = dv::DisplayMode::Dermatomes;
    s.band_borders = false;
    s.map_mix = slots().mix_shown();
    const dv::Image blend = renderer().render_image(camera(), kW, kH, s);
    s.overlap_hatching = true;
    const dv::Image hatched = renderer().render_image(camera(), kW, kH, s);
    // Stripes run diagonally: neighbours along a row change colour often.
    auto row_changes = [](const dv::Image& img) {
        long n = 0;
        for (int y = 0; y < img.height; ++y)
            for (int x = 0; x + 1 < img.width; ++x) {
                const std::uint8_t *a = img.pixel(x, y), *b = img.pixel(x + 1, y);
                n += std::abs(int(a[0]) - int(b[0])) + std::abs(int(a[1]) - int(b[1])) + std::abs(int(a[2]) - int(b[2])) > 40;
            }
        return n;
    };
    const Mask changed = differing_pixels(blend, hatched, 12);
    long differing = 0;
    for (auto m : changed)
        differing += m;
    INFO("row changes: blend " << row_changes(blend) << ", hatched " << row_changes(hatched) << "; differing " << differing);
    CHECK(row_changes(hatched) > row_changes(blend) + 4000);
    // Only the overlaps: the core of each band keeps its blended colour.
    CHECK(differing > 1000);
    CHECK(differing < long(kW) * kH / 10);
}
