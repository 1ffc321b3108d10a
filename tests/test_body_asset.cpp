// The body asset the browser build loads (engine/body/body_asset.h): the
// desktop's import written and read back must be the same body, vertex for
// vertex (the landmarks name vertices by index), and a damaged asset must be
// refused with a message, not crash or load half a body.
#include "body/body_asset.h"
#include "core/error.h"
#include "support/render_fixture.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>
#include <iterator>

namespace {
std::string bytes_of(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}
void write_bytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary) << bytes;
}
} // namespace

TEST_CASE("A body asset reads back as the body it was written from", "[body][web]") {
    const dv::BodyMesh& body = dv::test::default_body();
    dv::test::ScratchDir dir;
    dv::write_body_asset(dir / "body.dvbody", body);
    REQUIRE(dv::is_body_asset(dir / "body.dvbody"));
    // import_body takes it as it takes a mesh file (--body works with it too).
    const dv::BodyMesh back = dv::import_body(dir / "body.dvbody");
    CHECK(back.skin.name == body.skin.name);
    CHECK(back.skin.positions == body.skin.positions);
    CHECK(back.skin.face_offsets == body.skin.face_offsets);
    CHECK(back.skin.face_indices == body.skin.face_indices);
    REQUIRE(back.skin.normals.size() == body.skin.normals.size());
    for (std::size_t i = 0; i < body.skin.normals.size(); ++i)
        REQUIRE(back.skin.normals[i] == body.skin.normals[i]);
    REQUIRE(back.others.size() == body.others.size());
    for (std::size_t m = 0; m < body.others.size(); ++m)
        CHECK(back.others[m].positions == body.others[m].positions);
    // Compact: well under a megabyte for the 13 378-quad body.
    CHECK(std::filesystem::file_size(dir / "body.dvbody") < 1'000'000);
}

TEST_CASE("A damaged body asset is refused with what is wrong", "[body][web]") {
    dv::test::ScratchDir dir;
    dv::write_body_asset(dir / "body.dvbody", dv::test::default_body());
    const std::string good = bytes_of(dir / "body.dvbody");

    write_bytes(dir / "cut.dvbody", good.substr(0, good.size() / 2));
    CHECK_THROWS_WITH(dv::read_body_asset(dir / "cut.dvbody"), Catch::Contains("truncated"));

    // A face index past the vertices: the last word of the skin's indices
    // (layout in docs/web.md: signature, mesh count, name length, name, counts, arrays).
    std::string bad = good;
    std::uint32_t vertices = 0;
    std::uint32_t name_bytes = 0;
    std::memcpy(&name_bytes, good.data() + 12, 4);
    std::memcpy(&vertices, good.data() + 16 + name_bytes, 4);
    std::uint32_t faces = 0, indices = 0;
    std::memcpy(&faces, good.data() + 20 + name_bytes, 4);
    std::memcpy(&indices, good.data() + 24 + name_bytes, 4);
    const std::size_t last_index = 28 + name_bytes + std::size_t(vertices) * 12 + (std::size_t(faces) + 1) * 4 +
                                   (std::size_t(indices) - 1) * 4;
    std::memcpy(bad.data() + last_index, &vertices, 4);
    write_bytes(dir / "index.dvbody", bad);
    CHECK_THROWS_WITH(dv::read_body_asset(dir / "index.dvbody"), Catch::Contains("names a vertex past"));

    write_bytes(dir / "long.dvbody", good + "x");
    CHECK_THROWS_WITH(dv::read_body_asset(dir / "long.dvbody"), Catch::Contains("bytes follow"));

    write_bytes(dir / "other.dvbody", "not a body at all");
    CHECK_FALSE(dv::is_body_asset(dir / "other.dvbody"));
    CHECK_THROWS_AS(dv::read_body_asset(dir / "other.dvbody"), dv::Error);
}
