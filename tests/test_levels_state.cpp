// The levels list's behaviour without a window: arrow-key stepping, sides,
// and the sweep that plays a map's levels from the first to the last.
#include "gui/levels_state.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

using dv::app::LevelsState;

namespace {
const dv::DermatomeMap& map(const char* id) {
    static const dv::DermatomeMap classical = dv::load_map(dv::test::test_data_dir() / "assets/maps/classical.json");
    static const dv::DermatomeMap evidence = dv::load_map(dv::test::test_data_dir() / "assets/maps/evidence.json");
    return std::string(id) == "classical" ? classical : evidence;
}
dv::Level L(const char* name) { return dv::parse_level(name).value(); }
} // namespace

TEST_CASE("Up and Down step through the map's levels one at a time and stop at the ends", "[levels]") {
    LevelsState s;
    s.step(map("classical"), +1);
    CHECK(s.selected == std::vector{map("classical").levels.front()});
    s.solo(L("T4"));
    s.step(map("classical"), +1);
    CHECK(s.selected == std::vector{L("T5")});
    s.step(map("classical"), -1);
    s.step(map("classical"), -1);
    CHECK(s.selected == std::vector{L("T3")});
    s.solo(map("classical").levels.back());
    s.step(map("classical"), +1);
    CHECK(s.selected == std::vector{map("classical").levels.back()});
}

TEST_CASE("The side choice lights a level on one side only", "[levels]") {
    LevelsState s;
    s.solo(L("C6"));
    s.side = dv::app::SideChoice::Left;
    CHECK(s.selection().left == 1u << L("C6"));
    CHECK(s.selection().right == 0u);
    s.side = dv::app::SideChoice::Both;
    CHECK(s.selection().right == 1u << L("C6"));
}

TEST_CASE("The sweep plays every level of the map in order at the chosen pace, then stops", "[levels]") {
    for (const char* id : {"classical", "evidence"}) {
        INFO(id);
        LevelsState s;
        s.sweep_seconds_per_level = 0.5f;
        s.toggle_sweep();
        REQUIRE(s.sweeping);
        std::vector<dv::Level> shown;
        float time = 0.0f, changed_at = 0.0f;
        float shortest = 1e9f;
        // 60 frames a second until it stops (or far too long).
        for (int frame = 0; frame < 60 * 60 && s.sweeping; ++frame) {
            time += 1.0f / 60.0f;
            if (s.advance_sweep(map(id), 1.0f / 60.0f)) {
                REQUIRE(s.selected.size() == 1);
                if (!shown.empty())
                    shortest = std::min(shortest, time - changed_at);
                shown.push_back(s.selected.front());
                changed_at = time;
            }
        }
        CHECK_FALSE(s.sweeping);
        CHECK(shown == map(id).levels);           // C2 .. the map's last level, none skipped
        CHECK(shortest >= 0.5f - 1.0f / 60.0f);    // each level stays up for the chosen time
        CHECK(shortest <= 0.5f + 2.0f / 60.0f);
    }
}

TEST_CASE("Stopping the sweep leaves the full chart", "[levels]") {
    LevelsState s;
    s.toggle_sweep();
    s.advance_sweep(map("classical"), 0.1f);
    CHECK_FALSE(s.selected.empty());
    s.toggle_sweep();
    CHECK_FALSE(s.sweeping);
    CHECK(s.selected.empty());
}

TEST_CASE("The levels state and a scene carry the same choices both ways", "[levels]") {
    dv::Scene scene;
    scene.levels = {L("T4"), L("T10")};
    scene.side = dv::LevelSides::Left;
    scene.emphasis = dv::Emphasis::Glow;
    scene.palette = dv::Palette::ColorBlindSafe;
    scene.band_borders = false;
    scene.overlap_hatching = true;
    dv::Scene back;
    LevelsState::from_scene(scene).copy_to(back);
    CHECK(back == scene);
}
