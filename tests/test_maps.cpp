// Map files: loading, validation with precise messages, and baking into
// weights (on a small synthetic map, so these tests do not depend on the
// anatomy of the real maps; test_map_anatomy.cpp checks those).
#include "atlas/bake.h"
#include "atlas/dermatome_map.h"
#include "atlas/levels.h"
#include "support/process.h"
#include "support/render_fixture.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace dv::test;

namespace {
const std::filesystem::path kToy = std::filesystem::path(DERMAVIEW_TEST_FIXTURES) / "maps" / "toy.json";

const dv::LandmarkSet& landmarks() { return dv::test::default_landmarks(); }
const dv::BodyCoordinates& coords() { return dv::test::default_coordinates(); }
const dv::BakedMap& toy() {
    static const dv::BakedMap baked = dv::bake_map(dv::load_map(kToy), default_body().skin, coords(), 0);
    return baked;
}
std::uint32_t vertex_of(const char* name, dv::Side side) { return landmarks().get(name, side).vertex; }

// The toy map with one change, written to a scratch file.
std::filesystem::path variant(const ScratchDir& dir, const std::function<void(nlohmann::json&)>& change) {
    std::ifstream in(kToy);
    nlohmann::json j = nlohmann::json::parse(in);
    change(j);
    const auto path = dir / "variant.json";
    std::ofstream(path) << j.dump(2);
    return path;
}

std::string problems_of(const std::filesystem::path& file) {
    try {
        dv::bake_map(dv::load_map(file), default_body().skin, coords(), 0);
    } catch (const dv::MapError& e) {
        return e.what();
    }
    return "";
}
} // namespace

TEST_CASE("levels: each segment has one name on the body's scale", "[maps]") {
    CHECK(dv::parse_level("C1") == dv::Level(1));
    CHECK(dv::parse_level("C8") == dv::Level(8));
    CHECK(dv::parse_level("T1") == dv::Level(9));
    CHECK(dv::parse_level("T10") == dv::Level(18));
    CHECK(dv::parse_level("L1") == dv::Level(21));
    CHECK(dv::parse_level("S5") == dv::Level(30));
    CHECK(dv::parse_level("Co1") == dv::Level(31));
    CHECK(!dv::parse_level("T13").has_value());
    CHECK(!dv::parse_level("C0").has_value());
    CHECK(!dv::parse_level("C06").has_value());
    CHECK(!dv::parse_level("X3").has_value());
    CHECK(!dv::parse_level("S4-5").has_value());
    for (int i = 1; i <= 31; ++i) CHECK(dv::parse_level(dv::level_name(dv::Level(i))) == dv::Level(i));
    CHECK(dv::level_name(0).empty());
    CHECK(dv::level_group(dv::parse_level("C8").value()) == "cervical");
    CHECK(dv::level_group(dv::parse_level("T1").value()) == "thoracic");
    CHECK(dv::level_group(dv::parse_level("Co1").value()) == "coccygeal");
}

TEST_CASE("A map file loads with its citation, levels and zones", "[maps]") {
    const dv::DermatomeMap map = dv::load_map(kToy);
    CHECK(map.id == "toy");
    CHECK_FALSE(map.citation.empty());
    CHECK_FALSE(map.tiles_all_skin);
    REQUIRE(map.levels.size() == 3);
    CHECK(dv::level_name(map.levels[1]) == "T4");
    CHECK(map.zones.size() == 8);
    CHECK(map.zones[0].line > 1); // zones know where they are in the file
    CHECK(map.zones[1].confidence == dv::Confidence::Medium);
}

TEST_CASE("Baked weights sum to one everywhere and follow the zones", "[maps]") {
    const dv::BakedMap& baked = toy();
    REQUIRE(baked.weights.size() == default_body().skin.vertex_count());
    for (const dv::PointWeights& w : baked.weights) {
        REQUIRE(w.count >= 1);
        float sum = 0.0f;
        for (int i = 0; i < w.count; ++i)
            sum += w.entries[std::size_t(i)].weight;
        REQUIRE(sum == Approx(1.0f).margin(1e-4));
    }
    CHECK(baked.weights[vertex_of("nipple", dv::Side::Left)].weight_of(dv::parse_level("T4").value()) > 0.5f);
    CHECK(baked.weights[vertex_of("umbilicus", dv::Side::Midline)].weight_of(dv::parse_level("T10").value()) > 0.5f);
    // Skin far from any level is blank with certainty.
    CHECK(baked.weights[vertex_of("patella_centre", dv::Side::Left)].weight_of(dv::kNotShown) == 1.0f);
}

TEST_CASE("Neighbouring levels overlap over a transition whose width the file sets", "[maps]") {
    ScratchDir dir;
    auto overlap_count = [&](float cm) {
        const auto file = variant(dir, [&](nlohmann::json& j) { j["transition_cm"] = cm; });
        const dv::BakedMap baked = dv::bake_map(dv::load_map(file), default_body().skin, coords(), 0);
        long mixed = 0;
        for (const dv::PointWeights& w : baked.weights)
            mixed += w.count > 1;
        return mixed;
    };
    const long none = overlap_count(0.0f), narrow = overlap_count(1.0f), wide = overlap_count(4.0f);
    CHECK(none == 0);
    CHECK(narrow > 50);
    // Every border starts from a ramp 1.5 cm either side (docs/map-format.md,
    // "How a map is baked", step 3); a wider transition spreads beyond it.
    CHECK(2 * wide > 3 * narrow);
}

TEST_CASE("No overlap across an axial line, between levels that are not consecutive: only the border's own edges share",
          "[maps]") {
    ScratchDir dir;
    // Make the T4 band C4 instead: C4 next to the blank bands is fine, but put
    // C4 directly above T10 by removing the blank between them.
    const auto file = variant(dir, [](nlohmann::json& j) {
        j["levels"] = {"C4", "C6", "T10"};
        j["zones"][0] = {{"level", "C4"}, {"region", "trunk"}, {"spinal", {1, 17.5}}};
        j["zones"].erase(3); // the blank band 12.5..17.5
        j["zones"].erase(2); // the blank band 1..11.5
    });
    const dv::DermatomeMap map = dv::load_map(file);
    const dv::SurfaceMesh& skin = default_body().skin;
    const dv::BakedMap baked = dv::bake_map(map, skin, coords(), 0);
    const dv::Level c4 = dv::parse_level("C4").value(), t10 = dv::parse_level("T10").value();
    // A vertex on the border (an edge to the other level) holds the share of
    // each level around it, so that the line runs where the zones meet and
    // not along the mesh's edges (docs/map-format.md). Nothing spreads any
    // further: one vertex off the border, the other level is gone.
    std::vector<char> on_border(skin.vertex_count(), 0);
    auto level_of = [&](std::uint32_t v) { return map.zones[std::size_t(baked.zone[v])].level; };
    for (std::size_t f = 0; f < skin.face_count(); ++f)
        for (std::uint32_t k = skin.face_offsets[f]; k < skin.face_offsets[f + 1]; ++k) {
            const std::uint32_t a = skin.face_indices[k];
            const std::uint32_t b = skin.face_indices[k + 1 < skin.face_offsets[f + 1] ? k + 1 : skin.face_offsets[f]];
            if (level_of(a) != level_of(b))
                on_border[a] = on_border[b] = 1;
        }
    long both_off_border = 0, both_on_border = 0, c4_near_border = 0;
    for (std::size_t v = 0; v < baked.weights.size(); ++v) {
        const dv::PointWeights& w = baked.weights[v];
        const bool both = w.weight_of(c4) > 0.0f && w.weight_of(t10) > 0.0f;
        (on_border[v] ? both_on_border : both_off_border) += both;
        c4_near_border += std::abs(coords().spinal_level[v] - 17.5f) < 0.3f && w.weight_of(c4) > 0.0f;
    }
    REQUIRE(c4_near_border > 0);
    CHECK(both_on_border > 0);
    CHECK(both_off_border == 0);
}

TEST_CASE("Map problems are reported with the zone, its line and what to do", "[maps][errors]") {
    ScratchDir dir;
    SECTION("JSON syntax, with line and column") {
        std::ofstream(dir / "bad.json") << "{\n  \"format\": \"dermaview-map 1\",\n  \"id\": oops\n}";
        CHECK_THROWS_WITH(dv::load_map(dir / "bad.json"), Catch::Contains("line 3, column"));
    }
    SECTION("unknown level and region names") {
        const auto f = variant(dir, [](nlohmann::json& j) {
            j["zones"][0]["level"] = "T13";
            j["zones"][1]["region"] = "elbow";
        });
        const std::string why = problems_of(f);
        CHECK_THAT(why, Catch::Contains("zone #1 (line") && Catch::Contains("unknown level \"T13\""));
        CHECK_THAT(why, Catch::Contains("zone #2 (line") && Catch::Contains("unknown region \"elbow\""));
    }
    SECTION("inverted and out-of-range ranges, and conditions that do not apply") {
        const auto f = variant(dir, [](nlohmann::json& j) {
            j["zones"][0]["spinal"] = {13.0, 12.0};
            j["zones"][5]["around"] = {45, 400};
            j["zones"][1]["along"] = {0.0, 0.5};
        });
        const std::string why = problems_of(f);
        CHECK_THAT(why, Catch::Contains("inverted"));
        CHECK_THAT(why, Catch::Contains("out of range"));
        CHECK_THAT(why, Catch::Contains("\"along\" does not apply to region \"trunk\""));
    }
    SECTION("oblique ends that cannot be read (docs/map-format.md)") {
        const auto f = variant(dir, [](nlohmann::json& j) {
            j["zones"].push_back({{"level", "C6"}, {"region", "thumb"}, {"along", {{0.1, 0.4}, 1.0}}});
            j["zones"].push_back({{"level", "C6"}, {"region", "thumb"}, {"along", {{0.1}, 1.0}}, {"around", {0, 90}}});
            j["zones"].push_back({{"level", "T4"}, {"region", "trunk"}, {"spinal", {{11.5, 12.0}, 12.5}}});
            j["zones"].push_back({{"level", "C6"}, {"region", "thumb"}, {"along", {{0.1, 0.4}, 1.0}}, {"around", {{0, 10}, 90}}});
        });
        const std::string why = problems_of(f);
        CHECK_THAT(why, Catch::Contains("oblique end [near, far] but the zone has no \"around\""));
        CHECK_THAT(why, Catch::Contains("an oblique end is a pair of numbers"));
        CHECK_THAT(why, Catch::Contains("\"spinal\" has [11.5,12.0], not a number or a level name"));
        CHECK_THAT(why, Catch::Contains("\"along\" and \"around\" are both oblique"));
    }
    SECTION("a missing citation") {
        const auto f = variant(dir, [](nlohmann::json& j) { j.erase("citation"); });
        CHECK_THAT(problems_of(f), Catch::Contains("missing \"citation\""));
    }
    SECTION("zones that contradict each other") {
        const auto f = variant(dir, [](nlohmann::json& j) { j["zones"][1]["spinal"] = {"T4", "T10"}; });
        CHECK_THAT(problems_of(f), Catch::Contains("zone #1") && Catch::Contains("zone #2") &&
                                       Catch::Contains("both claim") && Catch::Contains("trunk"));
    }
    SECTION("holes") {
        const auto f = variant(dir, [](nlohmann::json& j) { j["zones"].erase(6); }); // forearm's blank part
        CHECK_THAT(problems_of(f), Catch::Contains("no zone covers") && Catch::Contains("forearm"));
    }
    SECTION("a zone that covers nothing") {
        const auto f = variant(dir, [](nlohmann::json& j) {
            j["zones"].push_back({{"level", "C6"}, {"region", "thumb"}, {"along", {0.99, 1.0}}, {"around", {10, 11}}});
        });
        CHECK_THAT(problems_of(f), Catch::Contains("covers no skin"));
    }
}

TEST_CASE("check-map says ok for a good map and lists the problems of a bad one", "[maps][cli]") {
    const auto good = run_process({dermaview_binary(), "check-map", kToy.string()});
    CHECK(good.exit_status == 0);
    CHECK_THAT(good.out, Catch::Contains("ok"));
    ScratchDir dir;
    const auto f = variant(dir, [](nlohmann::json& j) { j["zones"][0]["level"] = "Q9"; });
    const auto bad = run_process({dermaview_binary(), "check-map", f.string()});
    CHECK(bad.exit_status == 2);
    CHECK_THAT(bad.err, Catch::Contains("variant.json") && Catch::Contains("unknown level \"Q9\""));
    const auto none = run_process({dermaview_binary(), "check-map"});
    CHECK(none.exit_status == 2);
}

TEST_CASE("probe names the roots at a landmark, with weights, confidence and note", "[maps][cli]") {
    const auto r = run_process({dermaview_binary(), "probe", "--map", kToy.string(), "--at", "nipple"});
    INFO(r.err);
    REQUIRE(r.exit_status == 0);
    CHECK_THAT(r.out, Catch::Contains("T4") && Catch::Contains("%") && Catch::Contains("Band through the nipples"));
    // The same skin asked for by its position (as --json gives it) answers the same.
    const auto at_nipple = nlohmann::json::parse(
        run_process({dermaview_binary(), "probe", "--map", kToy.string(), "--at", "nipple", "--json"}).out);
    const auto& p = at_nipple["skin_point"];
    const std::string xyz = p[0].dump() + "," + p[1].dump() + "," + p[2].dump();
    const auto j = run_process({dermaview_binary(), "probe", "--map", kToy.string(), "--at", xyz, "--json"});
    INFO(xyz << ": " << j.err);
    REQUIRE(j.exit_status == 0);
    const auto parsed = nlohmann::json::parse(j.out);
    CHECK(parsed["region"] == "trunk");
    CHECK(parsed["levels"] == at_nipple["levels"]);
    const auto unknown = run_process({dermaview_binary(), "probe", "--map", kToy.string(), "--at", "elbow_pit"});
    CHECK(unknown.exit_status == 2);
    CHECK_THAT(unknown.err, Catch::Contains("dermaview landmarks"));
}

TEST_CASE("probe refuses a point off the skin, saying how far and where the nearest skin is", "[maps][cli]") {
    const auto help = run_process({dermaview_binary(), "probe", "--help"});
    CHECK_THAT(help.out, Catch::Contains("within 5 mm"));

    const auto far = run_process({dermaview_binary(), "probe", "--map", kToy.string(), "--at", "5,5,5"});
    CHECK(far.exit_status == 2);
    CHECK(far.out.empty());
    CHECK_THAT(far.err, Catch::Contains("5,5,5") && Catch::Contains("not on the skin") &&
                            Catch::Contains(" m away, on the ") && Catch::Contains("dermaview landmarks"));

    // A few centimetres in front of the nipple is still not the nipple's skin.
    const auto at_nipple = nlohmann::json::parse(
        run_process({dermaview_binary(), "probe", "--map", kToy.string(), "--at", "nipple", "--json"}).out);
    const auto& p = at_nipple["skin_point"];
    const std::string off = p[0].dump() + "," + p[1].dump() + "," + std::to_string(p[2].get<double>() + 0.03);
    const auto near = run_process({dermaview_binary(), "probe", "--map", kToy.string(), "--at", off});
    CHECK(near.exit_status == 2);
    CHECK_THAT(near.err, Catch::Contains("mm away, on the ") && Catch::Contains("trunk"));
}

TEST_CASE("dermaview maps lists both maps with their citations, and --map finds them by id", "[maps][cli]") {
    const auto r = run_process({dermaview_binary(), "maps"});
    INFO(r.err);
    REQUIRE(r.exit_status == 0);
    CHECK_THAT(r.out, Catch::Contains("classical") && Catch::Contains("Keegan") && Catch::Contains("1948"));
    CHECK_THAT(r.out, Catch::Contains("evidence") && Catch::Contains("Lee") && Catch::Contains("2008"));
    CHECK_THAT(r.out, Catch::Contains("consistent core zones only") && Catch::Contains("tiles all skin"));
    const auto unknown = run_process({dermaview_binary(), "probe", "--map", "foerster", "--at", "nipple"});
    CHECK(unknown.exit_status == 2);
    CHECK_THAT(unknown.err, Catch::Contains("no map called 'foerster'") && Catch::Contains("classical") &&
                                Catch::Contains("evidence"));
}

TEST_CASE("Both shipped maps pass the checker", "[maps][cli]") {
    for (const char* id : {"classical", "evidence"}) {
        const auto r = run_process({dermaview_binary(), "check-map", (test_data_dir() / "assets" / "maps" / (std::string(id) + ".json")).string()});
        INFO(id << ": " << r.err);
        CHECK(r.exit_status == 0);
    }
}

TEST_CASE("Every note that puts an ISNCSCI point in another level says why", "[maps]") {
    // A lecturer reading "falls in T1" on the T2 point needs the map's reason.
    for (const char* id : {"classical", "evidence"}) {
        const dv::DermatomeMap map = dv::load_map(test_data_dir() / "assets/maps" / (std::string(id) + ".json"));
        for (const dv::Zone& zone : map.zones) {
            const std::string& note = zone.note;
            for (std::size_t at = note.find("ISNCSCI "); at != std::string::npos; at = note.find("ISNCSCI ", at + 1)) {
                const std::size_t end = note.find('.', at);
                const std::string sentence = note.substr(at, end == std::string::npos ? std::string::npos : end - at);
                if (sentence.find("falls") == std::string::npos)
                    continue;
                INFO(id << ": " << sentence);
                CHECK(sentence.find("because") != std::string::npos);
            }
        }
    }
}
