// The palettes as a reader meets them on the body: levels that meet on a
// shipped map must be far apart in colour, no two levels alike, none taken
// for bare skin or for the "no consistent root" grey. The colour difference
// itself is checked against the published CIEDE2000 test data first, since
// every other assertion here rests on it.
#include "render/color_difference.h"
#include "render/dermatome_palette.h"
#include "render/palette_contrast.h"
#include "support/process.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <regex>
#include <set>

using namespace dv::test;

namespace {

struct SharmaPair {
    dv::Lab first, second;
    double delta_e;
};

// Sharma, Wu & Dalal, "The CIEDE2000 color-difference formula: implementation
// notes, supplementary test data, and mathematical observations", Color
// Research & Application 30(1):21-30, 2005, Table 1: all 34 pairs.
const SharmaPair kSharmaTable1[] = {
    {{50.0000, 2.6772, -79.7751}, {50.0000, 0.0000, -82.7485}, 2.0425},
    {{50.0000, 3.1571, -77.2803}, {50.0000, 0.0000, -82.7485}, 2.8615},
    {{50.0000, 2.8361, -74.0200}, {50.0000, 0.0000, -82.7485}, 3.4412},
    {{50.0000, -1.3802, -84.2814}, {50.0000, 0.0000, -82.7485}, 1.0000},
    {{50.0000, -1.1848, -84.8006}, {50.0000, 0.0000, -82.7485}, 1.0000},
    {{50.0000, -0.9009, -85.5211}, {50.0000, 0.0000, -82.7485}, 1.0000},
    {{50.0000, 0.0000, 0.0000}, {50.0000, -1.0000, 2.0000}, 2.3669},
    {{50.0000, -1.0000, 2.0000}, {50.0000, 0.0000, 0.0000}, 2.3669},
    {{50.0000, 2.4900, -0.0010}, {50.0000, -2.4900, 0.0009}, 7.1792},
    {{50.0000, 2.4900, -0.0010}, {50.0000, -2.4900, 0.0010}, 7.1792},
    {{50.0000, 2.4900, -0.0010}, {50.0000, -2.4900, 0.0011}, 7.2195},
    {{50.0000, 2.4900, -0.0010}, {50.0000, -2.4900, 0.0012}, 7.2195},
    {{50.0000, -0.0010, 2.4900}, {50.0000, 0.0009, -2.4900}, 4.8045},
    {{50.0000, -0.0010, 2.4900}, {50.0000, 0.0010, -2.4900}, 4.8045},
    {{50.0000, -0.0010, 2.4900}, {50.0000, 0.0011, -2.4900}, 4.7461},
    {{50.0000, -0.0010, 2.4900}, {50.0000, 0.0012, -2.4900}, 4.7461},
    {{50.0000, 2.5000, 0.0000}, {50.0000, 0.0000, -2.5000}, 4.3065},
    {{50.0000, 2.5000, 0.0000}, {73.0000, 25.0000, -18.0000}, 27.1492},
    {{50.0000, 2.5000, 0.0000}, {61.0000, -5.0000, 29.0000}, 22.8977},
    {{50.0000, 2.5000, 0.0000}, {56.0000, -27.0000, -3.0000}, 31.9030},
    {{50.0000, 2.5000, 0.0000}, {58.0000, 24.0000, 15.0000}, 19.4535},
    {{50.0000, 2.5000, 0.0000}, {50.0000, 3.1736, 0.5854}, 1.0000},
    {{50.0000, 2.5000, 0.0000}, {50.0000, 3.2972, 0.0000}, 1.0000},
    {{50.0000, 2.5000, 0.0000}, {50.0000, 1.8634, 0.5757}, 1.0000},
    {{50.0000, 2.5000, 0.0000}, {50.0000, 3.2592, 0.3350}, 1.0000},
    {{60.2574, -34.0099, 36.2677}, {60.4626, -34.1751, 39.4387}, 1.2644},
    {{63.0109, -31.0961, -5.8663}, {62.8187, -29.7946, -4.0864}, 1.2630},
    {{61.2901, 3.7196, -5.3901}, {61.4292, 2.2480, -4.9620}, 1.8731},
    {{35.0831, -44.1164, 3.7933}, {35.0232, -40.0716, 1.5901}, 1.8645},
    {{22.7233, 20.0904, -46.6940}, {23.0331, 14.9730, -42.5619}, 2.0373},
    {{36.4612, 47.8580, 18.3852}, {36.2715, 50.5065, 21.2231}, 1.4146},
    {{90.8027, -2.0831, 1.4410}, {91.1528, -1.6435, 0.0447}, 1.4441},
    {{90.9257, -0.5406, -0.9208}, {88.6381, -0.8985, -0.7239}, 1.5381},
    {{6.7747, -0.2908, -2.4247}, {5.8714, -0.0985, -2.2286}, 0.6377},
    {{2.0776, 0.0795, -1.1350}, {0.9033, -0.0636, -0.5514}, 0.9082},
};

// The thresholds docs/palette.md explains: levels that meet must read as
// different colours at a glance; no two levels may look the same.
constexpr double kMeetingMin = 20.0;
constexpr double kAnyMin = 8.0;
// Nor may a level pass for bare skin or for the grey of "no consistent root".
constexpr double kFromBlankMin = 15.0;
// The colour-blind palette has fewer colours to choose from (Okabe-Ito in
// shades): levels that meet still differ clearly in colour, and in pattern
// where the colours alone would not make kMeetingMin; no two levels are the
// same colour.
constexpr double kColorBlindMeetingMin = 12.0;
constexpr double kColorBlindAnyMin = 5.0;

std::string pair_name(const dv::LevelPair& p) { return dv::level_name(p.first) + "-" + dv::level_name(p.second); }

std::vector<dv::LevelPair> meeting(const std::string& id) {
    const dv::MapHandle map = shipped_map(id);
    return dv::meeting_levels(default_model().body().skin, map->baked.weights);
}

} // namespace

TEST_CASE("CIEDE2000 reproduces the published test data of Sharma, Wu & Dalal", "[palette]") {
    for (std::size_t i = 0; i < std::size(kSharmaTable1); ++i) {
        const SharmaPair& p = kSharmaTable1[i];
        INFO("pair " << i + 1);
        // Pairs 10 and 14 (their hue difference is exactly 180 degrees) sit on
        // the discontinuity the paper discusses: double rounding may land on
        // either side, whose values are the neighbouring rows of the table.
        const double got = dv::ciede2000(p.first, p.second);
        if (i == 9)
            CHECK((std::abs(got - 7.1792) < 1e-4 || std::abs(got - 7.2195) < 1e-4));
        else if (i == 13)
            CHECK((std::abs(got - 4.8045) < 1e-4 || std::abs(got - 4.7461) < 1e-4));
        else
            CHECK(got == Approx(p.delta_e).margin(1e-4));
        CHECK(dv::ciede2000(p.second, p.first) == Approx(got).margin(1e-9));
    }
    CHECK(dv::ciede2000({40.0, 10.0, -20.0}, {40.0, 10.0, -20.0}) == 0.0);
}

TEST_CASE("sRGB colours convert to CIELAB under D65", "[palette]") {
    const dv::Lab white = dv::srgb_to_lab({1.0, 1.0, 1.0});
    CHECK(white.L == Approx(100.0).margin(0.01));
    CHECK(white.a == Approx(0.0).margin(0.01));
    CHECK(white.b == Approx(0.0).margin(0.01));
    const dv::Lab red = dv::srgb_to_lab({1.0, 0.0, 0.0}); // the usual reference values for sRGB red
    CHECK(red.L == Approx(53.24).margin(0.05));
    CHECK(red.a == Approx(80.09).margin(0.05));
    CHECK(red.b == Approx(67.20).margin(0.05));
    const dv::Lab grey = dv::srgb_to_lab({0.5, 0.5, 0.5});
    CHECK(std::abs(grey.a) < 0.01);
    CHECK(std::abs(grey.b) < 0.01);
}

TEST_CASE("Levels meet where a skin edge joins their zones", "[palette]") {
    // Two quads side by side: C5 on the left column, C6 in the middle, T1
    // on the right; the far corners of the strip are not shown.
    dv::SurfaceMesh mesh;
    mesh.positions.resize(8);
    mesh.face_offsets = {0, 4, 8, 12};
    mesh.face_indices = {0, 1, 5, 4, 1, 2, 6, 5, 2, 3, 7, 6};
    auto only = [](dv::Level l) {
        dv::PointWeights p;
        p.entries[0] = {l, 1.0f};
        p.count = 1;
        return p;
    };
    const std::vector<dv::PointWeights> w = {only(5), only(6), only(9), only(dv::kNotShown),
                                             only(5), only(6), only(9), only(dv::kNotShown)};
    const std::vector<dv::LevelPair> pairs = dv::meeting_levels(mesh, w);
    CHECK(pairs == std::vector<dv::LevelPair>{{5, 6}, {6, 9}}); // C5-T1 share no edge; blanks are not levels
}

TEST_CASE("The standard palette keeps levels that meet on either map far apart", "[palette]") {
    for (const char* id : {"classical", "evidence"}) {
        INFO(id);
        const std::vector<dv::LevelPair> meet = meeting(id);
        // Every consecutive pair of the map's levels meets somewhere; the
        // axial lines add more.
        REQUIRE(meet.size() >= shipped_map(id)->map.levels.size() - 1);
        const dv::ClosestPair near = dv::closest_pair(meet, dv::Palette::Standard);
        const dv::ClosestPair any = dv::closest_pair(dv::all_pairs(shipped_map(id)->map.levels), dv::Palette::Standard);
        INFO("closest meeting pair " << pair_name(near.pair) << " " << near.delta_e);
        INFO("closest pair of all " << pair_name(any.pair) << " " << any.delta_e);
        CHECK(near.delta_e >= kMeetingMin);
        CHECK(any.delta_e >= kAnyMin);
    }
}

TEST_CASE("No level of either palette passes for bare skin or for blank skin", "[palette]") {
    // The skin as the renderer paints it (render/renderer.cpp's albedo).
    const dv::Lab skin = dv::srgb_to_lab({0.87, 0.70, 0.60});
    for (const dv::Palette palette : {dv::Palette::Standard, dv::Palette::ColorBlindSafe}) {
        const dv::Lab blank = dv::level_lab(dv::kNoConsistentRoot, palette);
        for (dv::Level l = 1; l <= 31; ++l) {
            INFO(dv::level_name(l) << " " << dv::level_hex(l, palette));
            CHECK(dv::ciede2000(dv::level_lab(l, palette), skin) >= kFromBlankMin);
            CHECK(dv::ciede2000(dv::level_lab(l, palette), blank) >= kFromBlankMin);
        }
    }
}

TEST_CASE("The standard palette groups regions and alternates lightness level by level", "[palette]") {
    for (dv::Level l = 1; l < 31; ++l) {
        if (dv::level_group(l) != dv::level_group(dv::Level(l + 1)))
            continue;
        INFO(dv::level_name(l));
        const double step = dv::level_lab(dv::Level(l + 1), dv::Palette::Standard).L - dv::level_lab(l, dv::Palette::Standard).L;
        CHECK(std::abs(step) >= 10.0);
        // Light, dark, light...: the next step goes the other way.
        if (l + 2 <= 31 && dv::level_group(l) == dv::level_group(dv::Level(l + 2))) {
            const double next = dv::level_lab(dv::Level(l + 2), dv::Palette::Standard).L -
                                dv::level_lab(dv::Level(l + 1), dv::Palette::Standard).L;
            CHECK(step * next < 0.0);
        }
    }
}

TEST_CASE("The colour-blind palette tells every level apart by colour or pattern", "[palette]") {
    // No two levels share both colour and pattern, and no two colours are
    // identical, so the legend never repeats an entry.
    std::set<std::pair<std::string, dv::LevelPattern>> seen;
    for (dv::Level l = 1; l <= 31; ++l)
        CHECK(seen.insert({dv::level_hex(l, dv::Palette::ColorBlindSafe), dv::level_pattern(l, dv::Palette::ColorBlindSafe)}).second);
    std::vector<dv::Level> every;
    for (dv::Level l = 1; l <= 31; ++l)
        every.push_back(l);
    const dv::ClosestPair any = dv::closest_pair(dv::all_pairs(every), dv::Palette::ColorBlindSafe);
    INFO("closest pair of all " << pair_name(any.pair) << " " << any.delta_e);
    CHECK(any.delta_e >= kColorBlindAnyMin);
    // Levels that share a pattern (the shader draws it on the skin) must
    // not look alike by colour: the standard palette's "any two" step.
    for (const dv::LevelPair& p : dv::all_pairs(every))
        if (dv::level_pattern(p.first, dv::Palette::ColorBlindSafe) == dv::level_pattern(p.second, dv::Palette::ColorBlindSafe)) {
            INFO(pair_name(p) << " share a pattern");
            CHECK(dv::ciede2000(dv::level_lab(p.first, dv::Palette::ColorBlindSafe),
                                dv::level_lab(p.second, dv::Palette::ColorBlindSafe)) >= kAnyMin);
        }
    for (const char* id : {"classical", "evidence"}) {
        INFO(id);
        // Levels that meet differ in colour by a clear step and, where the
        // colours are closer than kMeetingMin, in pattern too.
        for (const dv::LevelPair& p : meeting(id)) {
            INFO(pair_name(p));
            const double d = dv::ciede2000(dv::level_lab(p.first, dv::Palette::ColorBlindSafe),
                                           dv::level_lab(p.second, dv::Palette::ColorBlindSafe));
            CHECK(d >= kColorBlindMeetingMin);
            if (d < kMeetingMin)
                CHECK(dv::level_pattern(p.first, dv::Palette::ColorBlindSafe) !=
                      dv::level_pattern(p.second, dv::Palette::ColorBlindSafe));
        }
    }
}

TEST_CASE("maps --json lists each map's fields and its levels' colours in both palettes", "[palette][cli]") {
    const auto r = run_process({dermaview_binary(), "maps", "--json"});
    REQUIRE(r.exit_status == 0);
    const nlohmann::json maps = nlohmann::json::parse(r.out);
    REQUIRE(maps.is_array());
    const std::regex hex("#[0-9A-F]{6}");
    std::set<std::string> ids;
    for (const nlohmann::json& m : maps) {
        const std::string id = m.at("id").get<std::string>();
        ids.insert(id);
        INFO(id);
        // The same words as the file, as the program reads it.
        const dv::DermatomeMap& file = shipped_map(id)->map;
        CHECK(m.at("title") == file.title);
        CHECK(m.at("authors") == file.authors);
        CHECK(m.at("year") == file.year);
        CHECK(m.at("citation") == file.citation);
        CHECK(m.at("drawn_from") == file.drawn_from);
        CHECK(m.at("coverage") == (file.tiles_all_skin ? "tiles all skin" : "consistent core zones only"));
        REQUIRE(m.at("levels").size() == file.levels.size());
        for (std::size_t i = 0; i < file.levels.size(); ++i) {
            const nlohmann::json& level = m.at("levels")[i];
            const dv::Level l = file.levels[i];
            CHECK(level.at("level") == dv::level_name(l));
            CHECK(std::regex_match(level.at("standard").get<std::string>(), hex));
            CHECK(level.at("standard") == dv::level_hex(l, dv::Palette::Standard));
            CHECK(level.at("colorblind") == dv::level_hex(l, dv::Palette::ColorBlindSafe));
            CHECK(level.at("colorblind_pattern") == dv::pattern_name(dv::level_pattern(l, dv::Palette::ColorBlindSafe)));
        }
        CHECK(m.contains("no_consistent_root") == !file.tiles_all_skin);
    }
    CHECK(ids == std::set<std::string>{"classical", "evidence"});
}
