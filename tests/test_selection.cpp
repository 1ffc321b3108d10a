// Selecting levels by clicking, without a window: a click adds or takes
// away, Ctrl-click solos, Shift-click lights a run of the map's levels, the
// first click of a double click does nothing; and undo/redo of the window's
// states (app/gui/selection.h, app/gui/history.h); what the window
// remembers between runs (app/gui/prefs.h).
#include "gui/history.h"
#include "gui/prefs.h"
#include "gui/selection.h"
#include "support/render_fixture.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace dv::app;

namespace {
const dv::DermatomeMap& classical() {
    static const dv::DermatomeMap map = dv::load_map(dv::test::test_data_dir() / "assets/maps/classical.json");
    return map;
}
dv::Level L(const char* name) { return dv::parse_level(name).value(); }
std::vector<dv::Level> levels(std::initializer_list<const char*> names) {
    std::vector<dv::Level> out;
    for (const char* n : names)
        out.push_back(L(n));
    return out;
}
} // namespace

TEST_CASE("A click adds its level to those lit, a second click takes it away", "[selection]") {
    dv::Scene s;
    s.levels = levels({"T4", "T10"});
    ClickSelection clicks;
    CHECK(clicks.apply(s, classical(), {L("L5")}));
    CHECK(s.levels == levels({"T4", "T10", "L5"}));
    CHECK(clicks.apply(s, classical(), {L("T4")}));
    CHECK(s.levels == levels({"T10", "L5"}));
    // Blank skin lights nothing and changes nothing.
    CHECK_FALSE(clicks.apply(s, classical(), {dv::kNotShown}));
    CHECK(s.levels == levels({"T10", "L5"}));
}

TEST_CASE("Ctrl-click lights one level alone; Shift-click the run from the last clicked", "[selection]") {
    dv::Scene s;
    ClickSelection clicks;
    clicks.apply(s, classical(), {L("C5")});
    clicks.apply(s, classical(), {L("T1"), false, true});
    CHECK(s.levels == levels({"C5", "C6", "C7", "C8", "T1"}));
    // The anchor stays at C5: a second Shift-click runs from there again, either way.
    clicks.apply(s, classical(), {L("C3"), false, true});
    CHECK(s.levels == levels({"C3", "C4", "C5"}));
    clicks.apply(s, classical(), {L("S1"), true, false});
    CHECK(s.levels == levels({"S1"}));
    clicks.apply(s, classical(), {L("L3"), false, true});
    CHECK(s.levels == levels({"L3", "L4", "L5", "S1"}));
}

TEST_CASE("A click on the body waits out the double-click time; a double click cancels it", "[selection]") {
    dv::Scene s;
    ClickSelection clicks;
    clicks.clicked({L("T10")}, 0.3f);
    CHECK(clicks.pending());
    CHECK_FALSE(clicks.advance(s, classical(), 0.2f));
    CHECK(s.levels.empty());
    clicks.cancel(); // the second press came in time
    CHECK_FALSE(clicks.advance(s, classical(), 0.2f));
    CHECK(s.levels.empty());
    clicks.clicked({L("T10")}, 0.3f);
    CHECK(clicks.advance(s, classical(), 0.35f));
    CHECK(s.levels == levels({"T10"}));
    CHECK_FALSE(clicks.pending());
}

TEST_CASE("Undo and redo walk the states seen at rest, and a new change forgets the redo", "[selection][history]") {
    History h;
    dv::Scene s;
    dv::Camera cam;
    h.observe(s, cam);
    CHECK_FALSE(h.can_undo());
    s.levels = levels({"T4"});
    h.observe(s, cam);
    h.observe(s, cam); // the same again: no new step
    s.map = "evidence";
    h.observe(s, cam);
    cam.yaw_deg = 90.0f;
    h.observe(s, cam);
    auto back = h.undo();
    REQUIRE(back);
    CHECK(back->camera.yaw_deg == 0.0f);
    CHECK(back->scene.map == "evidence");
    back = h.undo();
    REQUIRE(back);
    CHECK(back->scene.map == "classical");
    CHECK(back->scene.levels == levels({"T4"}));
    // Arriving at the state undone to is no new step.
    h.observe(back->scene, back->camera);
    auto forward = h.redo();
    REQUIRE(forward);
    CHECK(forward->scene.map == "evidence");
    // A change now forgets what could be redone.
    dv::Scene other = forward->scene;
    other.side = dv::LevelSides::Left;
    h.observe(other, forward->camera);
    CHECK_FALSE(h.can_redo());
    back = h.undo();
    REQUIRE(back);
    CHECK(back->scene.side == dv::LevelSides::Both);
}

TEST_CASE("A camera a hair from the last seen is the same camera, not an undo step", "[history]") {
    dv::Camera a;
    dv::Camera b = a;
    b.yaw_deg += 360.0f;
    b.distance *= 1.00001f;
    CHECK(same_camera(a, b));
    b.pitch_deg += 1.0f;
    CHECK_FALSE(same_camera(a, b));
}

TEST_CASE("The window's preferences: written and read back, a bad file told and ignored", "[history][prefs]") {
    dv::test::ScratchDir dir;
    std::string problem;
    // A first run: no file, defaults, no message.
    WindowPrefs prefs = load_prefs(dir / "none.json", problem);
    CHECK(prefs.map.empty());
    CHECK(problem.empty());
    CHECK(save_prefs(dir / "config" / "window.json", {"/tmp/figures", "evidence", {}}).empty());
    prefs = load_prefs(dir / "config" / "window.json", problem);
    CHECK(problem.empty());
    CHECK(prefs.map == "evidence");
    CHECK(prefs.figures_folder == "/tmp/figures");
    CHECK_FALSE(prefs.overlays.caption.by_hand); // never dragged: laid out by the window
    // Overlays dragged aside come back where they were put, as shares of the window's room.
    WindowPrefs dragged{"", "classical", {{true, 0.25f, 1.0f}, {true, 0.0f, 0.5f}}};
    CHECK(save_prefs(dir / "config" / "window.json", dragged).empty());
    prefs = load_prefs(dir / "config" / "window.json", problem);
    CHECK(problem.empty());
    CHECK(prefs.overlays == dragged.overlays);
    // Broken JSON, a wrong field: defaults, and a message naming the file.
    for (const char* text : {"{\"map\": ", "{\"map\": 3}", "[1, 2]", "{\"caption\": [0.5]}", "{\"key\": [2, 0]}"}) {
        std::ofstream(dir / "bad.json") << text;
        prefs = load_prefs(dir / "bad.json", problem);
        INFO(text);
        CHECK(prefs.map.empty());
        CHECK_THAT(problem, Catch::Contains("bad.json") && Catch::Contains("defaults"));
    }
}
