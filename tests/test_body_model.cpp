// The body model: every piece computed once and handed back as the same
// object, a map file baked again when it changes on disk (and only then), a
// broken edit that keeps the last good bake and says what is wrong, and one
// cache entry per subdivision level.
#include "atlas/dermatome_map.h"
#include "model/body_model.h"
#include "model/map_lookup.h"
#include "support/render_fixture.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <sstream>

using namespace dv::test;

namespace {

const std::filesystem::path kToy = std::filesystem::path(DERMAVIEW_TEST_FIXTURES) / "maps" / "toy.json";

std::string toy_text() {
    std::ifstream in(kToy);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Writes `text` to `file` and moves its modification time on, as an editor's
// save does; explicit, so the test never depends on the clock's resolution.
void save(const std::filesystem::path& file, const std::string& text) {
    std::error_code ec;
    const bool existed = std::filesystem::exists(file, ec);
    const auto before = existed ? std::filesystem::last_write_time(file) : std::filesystem::file_time_type{};
    std::ofstream(file, std::ios::trunc) << text;
    if (existed)
        std::filesystem::last_write_time(file, before + std::chrono::seconds(2));
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// A model of its own, so the counts start at zero.
dv::BodyModel fresh_model() { return dv::BodyModel(default_body(), default_landmarks()); }

} // namespace

TEST_CASE("The body model computes each piece once, on first use", "[model]") {
    const dv::BodyModel model = fresh_model();
    CHECK(model.computations().coordinates == 0); // nothing before it is asked for
    CHECK(model.computations().displays == 0);
    const dv::BodyCoordinates& coords = model.coordinates();
    CHECK(&model.coordinates() == &coords);
    CHECK(&model.display_fields() == &model.display_fields());
    CHECK(&model.caster() == &model.caster());
    CHECK(model.computations().coordinates == 1);
    CHECK(model.computations().display_fields == 1);
    CHECK(model.computations().caster == 1);
    CHECK(coords.region.size() == default_body().skin.vertex_count());
}

TEST_CASE("Each subdivision level is its own display tessellation, built once", "[model]") {
    const dv::BodyModel model = fresh_model();
    const dv::DisplayMesh& one = model.display(1);
    const dv::DisplayMesh& zero = model.display(0);
    CHECK(&model.display(1) == &one);
    CHECK(&model.display(0) == &zero);
    CHECK(model.computations().displays == 2);
    CHECK(one.level == 1);
    CHECK(zero.level == 0);
    CHECK(one.skin.mesh().vertex_count() > zero.skin.mesh().vertex_count());
    CHECK(one.skin_triangles.size() == 3 * one.skin.mesh().triangle_count());
    // Display fields are carried to each level's own vertices.
    CHECK(model.display_fields(1).region_color.size() == one.skin.mesh().vertex_count());
    CHECK(model.display_fields(0).region_color.size() == zero.skin.mesh().vertex_count());
    CHECK(&model.display_fields(1) == &model.display_fields(1));
    CHECK(model.computations().carried_fields == 2);
    CHECK_THROWS_AS(model.display(dv::Subdivision::max_levels + 1), dv::Error);
}

TEST_CASE("A map is baked once, and packed once per display level", "[model][maps]") {
    const dv::BodyModel model = fresh_model();
    const dv::MapHandle map = model.map(kToy);
    CHECK(model.map(kToy) == map);
    CHECK(model.computations().bakes == 1);
    CHECK(map->map.id == "toy");
    CHECK(map->baked.weights.size() == default_body().skin.vertex_count());
    const dv::PackedMap& at1 = model.packed(*map, 1);
    const dv::PackedMap& at0 = model.packed(*map, 0);
    CHECK(&model.packed(*map, 1) == &at1);
    CHECK(model.computations().packs == 2);
    CHECK(at1.weights.size() == model.display(1).skin.mesh().vertex_count());
    CHECK(at1.packing.vertices.size() == at1.weights.size());
    CHECK(at0.weights.size() == default_body().skin.vertex_count());
}

TEST_CASE("A map file edited on disk is baked again; an unchanged one is not", "[model][maps]") {
    const ScratchDir dir;
    const std::filesystem::path file = dir / "mine.json";
    save(file, toy_text());
    const dv::BodyModel model = fresh_model();
    const dv::MapHandle first = model.map(file);
    CHECK(first->map.title == "Toy map for tests");
    CHECK(model.map(file) == first);

    save(file, replaced(toy_text(), "Toy map for tests", "Toy map, edited"));
    const dv::MapHandle second = model.map(file);
    CHECK(second != first);
    CHECK(second->map.title == "Toy map, edited");
    CHECK(model.computations().bakes == 2);
    CHECK(model.map_error(file).empty());
    CHECK(first->map.title == "Toy map for tests"); // a snapshot held elsewhere stays as it was
}

TEST_CASE("A broken edit keeps the last good bake and says what is wrong", "[model][maps]") {
    const ScratchDir dir;
    const std::filesystem::path file = dir / "mine.json";
    save(file, toy_text());
    const dv::BodyModel model = fresh_model();
    const dv::MapHandle good = model.map(file);

    save(file, replaced(toy_text(), "\"T10\"\n  ]", "\"T99\"\n  ]"));
    CHECK(model.map(file) == good);
    const std::string error = model.map_error(file);
    INFO(error);
    CHECK(error.find("mine.json") != std::string::npos);
    CHECK(error.find("T99") != std::string::npos);
    CHECK(model.computations().bakes == 1);

    save(file, replaced(toy_text(), "Toy map for tests", "Toy map, fixed"));
    CHECK(model.map(file)->map.title == "Toy map, fixed");
    CHECK(model.map_error(file).empty());
}

TEST_CASE("A map that never baked cleanly is refused each time it is asked for", "[model][maps]") {
    const ScratchDir dir;
    const std::filesystem::path file = dir / "broken.json";
    save(file, "{ \"format\": ");
    const dv::BodyModel model = fresh_model();
    CHECK_THROWS_AS(model.map(file), dv::MapError);
    CHECK_THROWS_AS(model.map(file), dv::MapError);
    CHECK_FALSE(model.map_error(file).empty());
    CHECK_THROWS_WITH(model.map(dir / "missing.json"), Catch::Contains("missing.json"));
    CHECK(model.computations().bakes == 0);
}

TEST_CASE("A map is found by id or by path, one way for every host", "[model][maps]") {
    const std::filesystem::path maps = dv::maps_dir(test_data_dir());
    CHECK(dv::find_map(maps, "classical") == maps / "classical.json");
    CHECK(dv::find_map(maps, kToy.string()) == kToy);
    CHECK_THROWS_WITH(dv::find_map(maps, "nonesuch"), Catch::Contains("classical") && Catch::Contains("evidence"));
    CHECK_THROWS_WITH(dv::find_map(maps, "no/such.json"), Catch::Contains("does not exist"));
}
