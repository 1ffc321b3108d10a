// The map slots: switching maps fades from the map shown before, the
// compared map stays whatever is shown, and a figure draws the scene's map
// whichever of the renderer's slots it happens to sit in.
#include "figure/figure.h"
#include "model/map_slots.h"
#include "support/image_checks.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

using namespace dv::test;

namespace {

dv::MapHandle classical() { return shipped_map("classical"); }
dv::MapHandle evidence() { return shipped_map("evidence"); }

dv::Scene small_scene() {
    dv::Scene scene;
    scene.width = 360;
    scene.height = 480;
    scene.camera = scene.resolved_camera(default_body().bounds());
    return scene;
}

// A figure of `scene` from a renderer synced by `slots`.
dv::Image figure(dv::Renderer& renderer, dv::MapSlots& slots, const dv::Scene& scene) {
    slots.sync(renderer, default_model(), scene.subdivision);
    return dv::render_figure(renderer, scene, dv::FigureInputs{default_model(), &slots}, nullptr).image;
}

// The same scene drawn by a renderer that has only ever held these maps.
dv::Image fresh_figure(const dv::Scene& scene, const dv::MapHandle& map, const dv::MapHandle& compared) {
    dv::Renderer renderer(test_data_dir() / "shaders");
    dv::MapSlots slots;
    slots.show(map, false);
    slots.compare_with(compared);
    return figure(renderer, slots, scene);
}

void check_same(const dv::Image& a, const dv::Image& b) {
    CHECK(fraction(differing_pixels(a, b, 2)) == 0.0);
}

} // namespace

TEST_CASE("Switching maps starts a fade whose partner is the map shown before", "[model][slots]") {
    dv::MapSlots slots;
    slots.show(classical());
    CHECK_FALSE(slots.fading()); // nothing to fade from
    CHECK(slots.mix_now() == slots.mix_shown());

    slots.show(evidence());
    REQUIRE(slots.fading());
    CHECK(slots.shown() == evidence());
    CHECK(slots.partner() == classical());
    CHECK(slots.fade() == 0.0f);
    CHECK(slots.mix_shown() != slots.mix_compared()); // the two maps sit in different slots
    CHECK(slots.mix_now() == slots.mix_compared());   // the fade starts on the old map's slot

    slots.advance(0.5f * dv::MapSlots::kFadeSeconds);
    CHECK(slots.fade() == Approx(0.5f));
    CHECK(slots.mix_now() == Approx(0.5f));
    slots.advance(dv::MapSlots::kFadeSeconds);
    CHECK_FALSE(slots.fading());
    CHECK(slots.partner() == nullptr);
    CHECK(slots.mix_now() == slots.mix_shown());

    slots.show(evidence()); // the same map again: nothing happens
    CHECK_FALSE(slots.fading());
    slots.show(classical(), false);
    CHECK_FALSE(slots.fading());
    CHECK(slots.shown() == classical());
}

TEST_CASE("The compared map stays as the shown map changes, and a comparison ends a fade", "[model][slots]") {
    dv::MapSlots slots;
    slots.show(classical());
    slots.show(evidence());
    REQUIRE(slots.fading());
    slots.compare_with(classical());
    CHECK_FALSE(slots.fading()); // both of the renderer's slots are taken
    CHECK(slots.compared() == classical());
    slots.show(classical());
    CHECK(slots.compared() == classical());
    CHECK_FALSE(slots.fading());
    slots.compare_with(nullptr);
    CHECK(slots.shown() == classical());
    CHECK(slots.compared() == nullptr);
}

TEST_CASE("A figure draws the scene's map whichever slot it sits in", "[render][model][slots]") {
    headless_context();
    dv::Renderer renderer(test_data_dir() / "shaders");
    dv::MapSlots slots;
    dv::Scene scene = small_scene();

    // Classical, then evidence: evidence now sits in the other slot.
    slots.show(classical());
    (void)figure(renderer, slots, scene);
    slots.show(evidence());
    slots.advance(dv::MapSlots::kFadeSeconds);
    scene.map = "evidence";
    check_same(figure(renderer, slots, scene), fresh_figure(scene, evidence(), nullptr));

    // Back to classical, and saved mid-fade: the figure shows classical alone.
    slots.show(classical());
    slots.advance(0.3f * dv::MapSlots::kFadeSeconds);
    REQUIRE(slots.fading());
    scene.map = "classical";
    const dv::Image mid_fade = figure(renderer, slots, scene);
    check_same(mid_fade, fresh_figure(scene, classical(), nullptr));
    CHECK(fraction(differing_pixels(mid_fade, fresh_figure(scene, evidence(), nullptr), 8)) > 0.005);

    // Side by side: the scene's map on the left, the compared one on the right.
    slots.compare_with(evidence());
    scene.compare = dv::CompareMode::SideBySide;
    scene.compare_with = "evidence";
    scene.width = 720;
    scene.camera = scene.resolved_camera(default_body().bounds());
    check_same(figure(renderer, slots, scene), fresh_figure(scene, classical(), evidence()));
}

TEST_CASE("The slots notice a body uploaded behind their back and upload theirs again", "[render][model][slots]") {
    headless_context();
    dv::Renderer renderer(test_data_dir() / "shaders");
    dv::MapSlots slots;
    slots.show(classical());
    slots.sync(renderer, default_model(), 1);
    const std::size_t at_level_1 = renderer.skin_triangle_count();
    CHECK(at_level_1 == default_model().display(1).skin.mesh().triangle_count());
    renderer.set_body(default_model().display(0)); // someone else, another level, and no maps
    REQUIRE(renderer.skin_triangle_count() < at_level_1);
    slots.sync(renderer, default_model(), 1);
    CHECK(renderer.skin_triangle_count() == at_level_1);
    // ... with its map back in place: the full chart is coloured, not plain skin.
    dv::Scene scene = small_scene();
    const dv::Image shown = figure(renderer, slots, scene);
    scene.display = dv::DisplayMode::Skin;
    CHECK(fraction(differing_pixels(shown, figure(renderer, slots, scene), 8)) > 0.02);
}
