// The sensory painter (clinical/sensory_paint.h) and the sensory view that
// shows it: a state per dermatome spread over the skin with a map's baked
// weights, then drawn (Renderer::set_sensory, DisplayMode::Sensory).
#include "clinical/sensory_paint.h"
#include "model/map_lookup.h"
#include "support/image_checks.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

using namespace dv::test;

namespace {
constexpr int kW = 500, kH = 900;

dv::PointWeights two_levels(dv::Level a, float wa, dv::Level b, float wb) {
    dv::PointWeights p;
    p.entries[0] = {a, wa};
    p.entries[1] = {b, wb};
    p.count = 2;
    return p;
}

const dv::Level kT10 = *dv::parse_level("T10"), kT11 = *dv::parse_level("T11");

// A state with everything below T10 absent (light touch and pin prick),
// both sides: a complete cord lesion with T10 the lowest normal level.
dv::SensoryState below_t10_absent() {
    dv::SensoryState s;
    for (dv::Modality m : {dv::Modality::LightTouch, dv::Modality::PinPrick})
        for (dv::BodySide side : {dv::BodySide::Left, dv::BodySide::Right})
            s.set_range(m, side, kT11, *dv::parse_level("Co1"), dv::SensoryScore::Absent);
    return s;
}
} // namespace

TEST_CASE("A vertex shared by two levels is painted in proportion to their weights, on its own side",
          "[sensory]") {
    dv::SensoryState s;
    s.set(dv::Modality::PinPrick, dv::BodySide::Left, kT11, dv::SensoryScore::Absent);
    s.set(dv::Modality::PinPrick, dv::BodySide::Left, kT10, dv::SensoryScore::Altered);
    const dv::PointWeights p = two_levels(kT10, 0.7f, kT11, 0.3f);
    const glm::vec3 left = dv::paint_point(s, dv::Modality::PinPrick, p, 1.0f);
    CHECK(left.x == Approx(0.7f)); // altered share: T10's weight
    CHECK(left.y == Approx(0.3f)); // absent share: T11's weight
    CHECK(left.z == Approx(0.0f));
    // The right side and the other modality are untouched; the midline takes half of each side.
    CHECK(dv::paint_point(s, dv::Modality::PinPrick, p, -1.0f) == glm::vec3(0.0f));
    CHECK(dv::paint_point(s, dv::Modality::LightTouch, p, 1.0f) == glm::vec3(0.0f));
    CHECK(dv::paint_point(s, dv::Modality::PinPrick, p, 0.0f).y == Approx(0.15f));
    // Blank skin has no level to lose.
    dv::PointWeights blank;
    blank.entries[0] = {dv::kNotShown, 1.0f};
    blank.count = 1;
    CHECK(dv::paint_point(below_t10_absent(), dv::Modality::LightTouch, blank, 1.0f) == glm::vec3(0.0f));
}

TEST_CASE("Painting the body with everything below T10 absent leaves the chest normal and the legs absent",
          "[sensory]") {
    const dv::BodyModel& model = default_model();
    const int level = dv::kDefaultSubdivision;
    const dv::PackedMap& packed = model.packed(*shipped_map("classical"), level);
    const dv::SensoryPaint paint =
        dv::paint_sensory(below_t10_absent(), packed.weights, model.display_fields(level).side);
    REQUIRE(paint.light_touch.size() == model.display(level).skin.mesh().vertex_count());
    // Base skin vertex i is display vertex i (docs/map-format.md), so a landmark's vertex reads directly.
    for (dv::Side side : {dv::Side::Left, dv::Side::Right}) {
        CHECK(paint.light_touch[default_landmarks().get("key_T4", side).vertex].y == Approx(0.0f));
        CHECK(paint.pin_prick[default_landmarks().get("key_L3", side).vertex].y == Approx(1.0f));
        CHECK(paint.light_touch[default_landmarks().get("mtp1_dorsal", side).vertex].y == Approx(1.0f));
    }
}

namespace {
dv::Renderer& sensory_renderer() {
    headless_context();
    static dv::Renderer r(test_data_dir() / "shaders");
    static const bool ready = [] {
        const int level = dv::kDefaultSubdivision;
        const dv::BodyModel& model = default_model();
        r.set_body(model.display(level), &model.display_fields(level), &model.skin_marks(level));
        const dv::SensoryPaint paint = dv::paint_sensory(
            below_t10_absent(), model.packed(*shipped_map("classical"), level).weights, model.display_fields(level).side);
        r.set_sensory(paint.light_touch, paint.pin_prick);
        return true;
    }();
    (void)ready;
    return r;
}

const dv::Camera& camera() { static const dv::Camera cam = front_view(kW, kH); return cam; }

// Mean colour of a 5x5 patch around a landmark, 0..255 per channel.
glm::vec3 colour_at(const dv::Image& img, const std::string& landmark, dv::Side side) {
    return landmark_colour(img, camera(), landmark, side);
}
} // namespace

TEST_CASE("The sensory view draws absent skin dark and blue and leaves normal skin as plain skin", "[sensory][render]") {
    dv::Renderer& r = sensory_renderer();
    dv::RenderSettings plain;
    plain.display = dv::DisplayMode::Skin;
    plain.skin_marks = false;
    dv::RenderSettings sensory = plain;
    sensory.display = dv::DisplayMode::Sensory;
    sensory.sensory_modality = dv::SensoryModality::LightTouch;
    const dv::Image skin = r.render_image(camera(), kW, kH, plain);
    const dv::Image paint = r.render_image(camera(), kW, kH, sensory);
    for (dv::Side side : {dv::Side::Left, dv::Side::Right}) {
        // Above the level: the same skin as the plain view.
        const glm::vec3 chest_skin = colour_at(skin, "key_T4", side), chest = colour_at(paint, "key_T4", side);
        CHECK(glm::length(chest - chest_skin) < 6.0f);
        // Below: darker than skin (lower luma) and blue over red, where skin is red over blue.
        const glm::vec3 thigh_skin = colour_at(skin, "key_L3", side), thigh = colour_at(paint, "key_L3", side);
        CHECK(thigh.b > thigh.r);
        CHECK(thigh_skin.r > thigh_skin.b);
        const auto luma = [](glm::vec3 c) { return 0.2126f * c.r + 0.7152f * c.g + 0.0722f * c.b; };
        CHECK(luma(thigh) < 0.8f * luma(thigh_skin));
    }
}

TEST_CASE("The sensory view of both modalities stripes a loss of one modality and fills a loss of both",
          "[sensory][render]") {
    dv::Renderer& r = sensory_renderer();
    dv::RenderSettings s;
    s.display = dv::DisplayMode::Sensory;
    s.skin_marks = false;
    s.sensory_modality = dv::SensoryModality::Both;
    const dv::Image both = r.render_image(camera(), kW, kH, s);
    s.sensory_modality = dv::SensoryModality::LightTouch;
    const dv::Image touch = r.render_image(camera(), kW, kH, s);
    // Both modalities are lost on the thigh: the crosshatch leaves a quarter of
    // plain skin, so the thigh is lighter than the solid one-modality view but
    // still far darker than skin would be.
    const glm::vec3 b = colour_at(both, "key_L3", dv::Side::Left), t = colour_at(touch, "key_L3", dv::Side::Left);
    CHECK(b.b > b.r * 0.8f);
    CHECK(b.r + b.g + b.b > t.r + t.g + t.b);
}
