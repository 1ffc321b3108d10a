// Which levels light up: only roots can be selected. The blank kinds of skin
// and numbers outside C1..Co1 select nothing, so no bit pattern that the
// shader would read as other roots can come out of them.
#include "atlas/levels.h"
#include "render/renderer.h"

#include <catch2/catch.hpp>

#include <bit>

namespace {
dv::Level L(const char* name) { return dv::parse_level(name).value(); }
} // namespace

TEST_CASE("selecting blank skin or a level outside C1..Co1 leaves the selection empty", "[levels]") {
    for (const dv::Level level : {dv::kNotShown, dv::kNoConsistentRoot, dv::Level(0), dv::Level(32), dv::Level(255)}) {
        INFO("level " << int(level));
        dv::LevelSelection s;
        s.select(level, true, true);
        CHECK(s.empty());
        CHECK(s == dv::LevelSelection{});
    }
}

TEST_CASE("selecting a root adds that root alone, on the sides asked, from C1 to Co1", "[levels]") {
    dv::LevelSelection s;
    s.select(L("C1"), true, false);
    s.select(L("Co1"), false, true);
    s.select(dv::kNotShown, true, true); // ignored, keeps what is there
    CHECK(s.left == 1u << 1);
    CHECK(s.right == 1u << 31);

    dv::LevelSelection both;
    both.select(L("T4"), true, true);
    CHECK(both.left == both.right);
    CHECK(std::popcount(both.left) == 1);
}
