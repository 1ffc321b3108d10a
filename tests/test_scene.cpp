// The scene as a value: JSON that round-trips exactly, and refusals that say
// where and what is expected.
#include "core/error.h"
#include "scene/scene.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

#include <fstream>

namespace {
dv::Scene everything_set() {
    dv::Scene s;
    s.body = "/data/bodies/other.dae";
    s.map = "evidence";
    s.compare = dv::CompareMode::Differences;
    s.compare_with = "classical";
    s.subdivision = 2;
    s.show_landmarks = true;
    s.levels = {12, 18}; // T4, T10
    s.side = dv::LevelSides::Left;
    s.emphasis = dv::Emphasis::Glow;
    s.palette = dv::Palette::ColorBlindSafe;
    s.band_borders = false;
    s.view = dv::StandardView::Posterior;
    s.camera = dv::Camera{{0.01f, 0.9123457f, -0.03f}, 181.3f, 12.5f, 4.0123f, 30.0f};
    s.width = 3840;
    s.height = 2160;
    s.samples = 8;
    s.transparent = true;
    s.overlays = {true, true, true, true, true};
    return s;
}
} // namespace

TEST_CASE("A scene survives JSON unchanged to the last bit of its camera", "[scene]") {
    const dv::Scene s = everything_set();
    const std::string json = dv::scene_to_json(s);
    CHECK_THAT(json, Catch::Contains("\"format\": \"dermaview-scene 1\""));
    CHECK_THAT(json, Catch::Contains("\"T10\""));
    CHECK(dv::scene_from_json(json, "test") == s);
    CHECK(dv::scene_from_json(dv::scene_to_json(dv::Scene{}), "test") == dv::Scene{});
}

TEST_CASE("Fields left out of a scene keep their defaults", "[scene]") {
    const dv::Scene s = dv::scene_from_json(R"({"format": "dermaview-scene 1", "levels": ["T4"]})", "test");
    CHECK(s.map == "classical");
    CHECK(s.levels == std::vector<dv::Level>{12});
    CHECK_FALSE(s.camera);
    CHECK(s.width == 1920);
}

TEST_CASE("A broken scene says where and what is expected", "[scene][errors]") {
    using Catch::Contains;
    CHECK_THROWS_WITH(dv::scene_from_json("{\n  \"format\": \"dermaview-scene 1\",\n  \"map\": }", "s.json"),
                      Contains("s.json: line 3, column") && Contains("not valid JSON"));
    CHECK_THROWS_WITH(dv::scene_from_json(R"({"format": "dermaview-scene 1", "levles": []})", "s.json"),
                      Contains("unknown field \"levles\"") && Contains("levels"));
    CHECK_THROWS_WITH(dv::scene_from_json(R"({"format": "dermaview-scene 1", "levels": ["T4", "Q9"]})", "s.json"),
                      Contains("\"levels[1]\"") && Contains("C2 ... Co1"));
    CHECK_THROWS_WITH(dv::scene_from_json(R"({"format": "dermaview-scene 1", "width": 0})", "s.json"),
                      Contains("\"width\"") && Contains("16 to 16384"));
    CHECK_THROWS_WITH(dv::scene_from_json(R"({"format": "dermaview-scene 1", "camera": {"distance": "far"}})", "s.json"),
                      Contains("\"camera.distance\""));
    CHECK_THROWS_WITH(dv::scene_from_json(R"({"id": "classical"})", "s.json"), Contains("\"format\""));
    CHECK_THROWS_WITH(dv::scene_from_json(R"({"format": "dermaview-scene 1", "compare": "differences"})", "s.json"),
                      Contains("\"compare_with\""));
}

TEST_CASE("A camera goes through the clipboard as one line of text", "[scene]") {
    const dv::Camera c{{0.1f, 0.95f, 0.02f}, -33.25f, 17.0f, 2.75f, 30.0f};
    const std::string text = dv::camera_to_text(c);
    CHECK(text.find('\n') == std::string::npos);
    CHECK(dv::camera_from_text(text) == c);
    CHECK(dv::camera_from_text("  " + text + "\n") == c);
    CHECK_THROWS_WITH(dv::camera_from_text("hello"), Catch::Contains("no camera"));
    CHECK_THROWS_AS(dv::camera_from_text("dermaview-camera {\"yaw_deg\": 900}"), dv::Error);
}

TEST_CASE("load_scene reads scene files and names a missing one", "[scene][errors]") {
    dv::test::ScratchDir dir;
    std::ofstream(dir / "s.json") << dv::scene_to_json(everything_set());
    CHECK(dv::load_scene(dir / "s.json") == everything_set());
    CHECK_THROWS_WITH(dv::load_scene(dir / "none.json"), Catch::Contains("no such file"));
}
