// The levels list's behaviour without a window: arrow-key stepping, sides,
// blank skin, and the sweep that plays a map's levels from the first to the last.
#include "gui/levels_state.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

using dv::app::LevelSweep;
using dv::app::solo_level;
using dv::app::step_level;

namespace {
const dv::DermatomeMap& map(const char* id) {
    static const dv::DermatomeMap classical = dv::load_map(dv::test::test_data_dir() / "assets/maps/classical.json");
    static const dv::DermatomeMap evidence = dv::load_map(dv::test::test_data_dir() / "assets/maps/evidence.json");
    return std::string(id) == "classical" ? classical : evidence;
}
dv::Level L(const char* name) { return dv::parse_level(name).value(); }
} // namespace

TEST_CASE("Up and Down step through the map's levels one at a time and stop at the ends", "[levels]") {
    dv::Scene s;
    step_level(s, map("classical"), +1);
    CHECK(s.levels == std::vector{map("classical").levels.front()});
    solo_level(s, L("T4"));
    step_level(s, map("classical"), +1);
    CHECK(s.levels == std::vector{L("T5")});
    step_level(s, map("classical"), -1);
    step_level(s, map("classical"), -1);
    CHECK(s.levels == std::vector{L("T3")});
    solo_level(s, map("classical").levels.back());
    step_level(s, map("classical"), +1);
    CHECK(s.levels == std::vector{map("classical").levels.back()});
}

TEST_CASE("The side choice lights a level on one side only", "[levels]") {
    dv::Scene s;
    solo_level(s, L("C6"));
    s.side = dv::LevelSides::Left;
    CHECK(s.selection().left == 1u << L("C6"));
    CHECK(s.selection().right == 0u);
    s.side = dv::LevelSides::Both;
    CHECK(s.selection().right == 1u << L("C6"));
}

TEST_CASE("Blank skin is no root: lighting it changes nothing", "[levels]") {
    dv::Scene s;
    CHECK_FALSE(solo_level(s, dv::kNotShown));
    CHECK_FALSE(solo_level(s, dv::kNoConsistentRoot));
    CHECK(s.levels.empty());
    solo_level(s, L("T4"));
    CHECK_FALSE(solo_level(s, dv::kNotShown));
    CHECK(s.levels == std::vector{L("T4")});
}

TEST_CASE("The sweep plays every level of the map in order at the chosen pace, then stops on the full chart",
          "[levels]") {
    for (const char* id : {"classical", "evidence"}) {
        INFO(id);
        dv::Scene scene;
        LevelSweep s;
        s.seconds_per_level = 0.5f;
        s.toggle(scene);
        REQUIRE(s.running);
        std::vector<dv::Level> shown;
        float time = 0.0f, changed_at = 0.0f;
        float shortest = 1e9f;
        // 60 frames a second until it stops (or far too long).
        for (int frame = 0; frame < 60 * 60 && s.running; ++frame) {
            time += 1.0f / 60.0f;
            if (s.advance(scene, map(id), 1.0f / 60.0f) && s.running) {
                REQUIRE(scene.levels.size() == 1);
                if (!shown.empty())
                    shortest = std::min(shortest, time - changed_at);
                shown.push_back(scene.levels.front());
                changed_at = time;
            }
        }
        CHECK_FALSE(s.running);
        CHECK(scene.levels.empty());               // the whole chart again, not the last level's patch
        CHECK(shown == map(id).levels);           // C2 .. the map's last level, none skipped
        CHECK(shortest >= 0.5f - 1.0f / 60.0f);    // each level stays up for the chosen time
        CHECK(shortest <= 0.5f + 2.0f / 60.0f);
    }
}

TEST_CASE("Stopping the sweep leaves the full chart", "[levels]") {
    dv::Scene scene;
    LevelSweep s;
    s.toggle(scene);
    s.advance(scene, map("classical"), 0.1f);
    CHECK_FALSE(scene.levels.empty());
    s.toggle(scene);
    CHECK_FALSE(s.running);
    CHECK(scene.levels.empty());
}
