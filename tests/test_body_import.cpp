// The default body as a user relies on it: the right mesh, whole, upright,
// of human size, with the eyes kept off the skin.
#include "body/body_mesh.h"
#include "core/data_paths.h"
#include "core/error.h"
#include "support/render_fixture.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>
#include <glm/geometric.hpp>

#include <fstream>

using dv::test::default_body;

TEST_CASE("The default body is the MakeHuman base mesh, welded into one quad skin", "[body]") {
    const dv::BodyMesh& body = default_body();
    // MakeHuman's base mesh: 13 380 vertices and 13 378 quads once the seams
    // that the file splits for UVs are welded.
    CHECK(body.skin.vertex_count() == 13380);
    CHECK(body.skin.face_count() == 13378);
    for (std::size_t f = 0; f < body.skin.face_count(); ++f)
        REQUIRE(body.skin.face_offsets[f + 1] - body.skin.face_offsets[f] == 4);
    CHECK(body.skin.triangle_count() == 2 * 13378);
}

TEST_CASE("The skin is a closed surface: every edge is shared by exactly two faces", "[body]") {
    const dv::EdgeCensus edges = dv::count_edges(default_body().skin);
    CHECK(edges.boundary == 0);
    CHECK(edges.non_manifold == 0);
    // A closed quad mesh of genus 0 (a body with separate fingers still is one).
    const long euler = long(default_body().skin.vertex_count()) - long(edges.edges) + long(default_body().skin.face_count());
    CHECK(euler == 2);
}

TEST_CASE("The body stands upright with a human height in metres", "[body]") {
    const dv::Bounds b = default_body().skin.bounds();
    CHECK(default_body().height_m() > 1.5f);
    CHECK(default_body().height_m() < 2.0f);
    CHECK(b.min.y == Approx(0.0).margin(0.05)); // feet on the ground
    CHECK(std::abs(b.center().x) < 0.01f);        // centred left to right
    CHECK(b.size().y > b.size().z);               // taller than deep: Y is up
}

TEST_CASE("Eyes are kept apart from the skin", "[body]") {
    const dv::BodyMesh& body = default_body();
    REQUIRE_FALSE(body.others.empty());
    std::size_t other_vertices = 0;
    for (const dv::SurfaceMesh& m : body.others) {
        other_vertices += m.vertex_count();
        // Every other mesh sits inside the head.
        CHECK(m.bounds().min.y > 1.4f);
    }
    CHECK(other_vertices < body.skin.vertex_count() / 5);
}

TEST_CASE("Skin normals are unit length and point outwards", "[body]") {
    const dv::SurfaceMesh& skin = default_body().skin;
    REQUIRE(skin.normals.size() == skin.positions.size());
    for (const glm::vec3& n : skin.normals)
        REQUIRE(glm::length(n) == Approx(1.0).margin(1e-4));
    // Faces wound outwards enclose a positive volume (divergence theorem).
    double volume = 0.0;
    const auto tris = skin.triangle_indices();
    for (std::size_t i = 0; i < tris.size(); i += 3)
        volume += double(glm::dot(skin.positions[tris[i]], glm::cross(skin.positions[tris[i + 1]], skin.positions[tris[i + 2]]))) / 6.0;
    CHECK(volume > 0.04); // an adult body is roughly 0.06 m^3
    CHECK(volume < 0.12);
    // The crown's normal points up.
    std::size_t top = 0;
    for (std::size_t i = 0; i < skin.vertex_count(); ++i)
        if (skin.positions[i].y > skin.positions[top].y)
            top = i;
    CHECK(skin.normals[top].y > 0.9f);
}

TEST_CASE("Importing the same file twice gives the same vertex numbering", "[body]") {
    const dv::BodyMesh again = dv::import_body(dv::default_body_path());
    REQUIRE(again.skin.positions.size() == default_body().skin.positions.size());
    CHECK(again.skin.positions == default_body().skin.positions);
    CHECK(again.skin.face_indices == default_body().skin.face_indices);
}

TEST_CASE("A missing or corrupt body file is refused with the file name and the reason", "[body][errors]") {
    dv::test::ScratchDir dir;
    SECTION("missing") {
        const auto path = dir / "nobody.zae";
        REQUIRE_THROWS_WITH(dv::import_body(path), Catch::Contains(path.string()) && Catch::Contains("does not exist"));
    }
    SECTION("a folder") {
        REQUIRE_THROWS_WITH(dv::import_body(dir.path()), Catch::Contains("is a folder"));
    }
    SECTION("truncated Collada") {
        const auto path = dir / "broken.dae";
        std::ofstream(path) << "<?xml version=\"1.0\"?><COLLADA><library_geometries><geometry><mesh>";
        REQUIRE_THROWS_WITH(dv::import_body(path), Catch::Contains(path.string()) && Catch::Contains("cannot import"));
    }
    SECTION("not a mesh at all") {
        const auto path = dir / "notes.obj";
        std::ofstream(path) << "this is a shopping list, not a mesh\n";
        REQUIRE_THROWS_AS(dv::import_body(path), dv::Error);
    }
}
