// Every input a fuzzer (tests/fuzz) found to crash, hang or exhaust memory,
// read from tests/data/fuzz/<target>/ and fed through the public API: each
// must now be refused with a message a person can act on.
#include "atlas/dermatome_map.h"
#include "body/landmarks.h"
#include "core/error.h"
#include "export/png_file.h"
#include "scene/scene.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace {
fs::path crash(const std::string& target, const std::string& name) {
    return fs::path(DERMAVIEW_TEST_FIXTURES) / "fuzz" / target / name;
}
} // namespace

TEST_CASE("fuzz png_text: a text chunk that declares 2 GB in a 300-byte file is refused before libpng allocates it",
          "[fuzz][png][errors]") {
    // libpng asked for the declared 2 GB (found by libFuzzer's memory limit).
    CHECK_THROWS_WITH(dv::read_png(crash("png_text", "text_chunk_declares_2GB.bin")),
                      Catch::Contains("text_chunk_declares_2GB.bin") && Catch::Contains("more than the file holds"));
}

TEST_CASE("fuzz landmark_file: a number too large for a double is refused as invalid JSON, not an internal error",
          "[fuzz][landmarks][errors]") {
    // nlohmann/json throws out_of_range for it, which escaped the parser's
    // parse_error handler: the program said "internal error" and exited 1.
    CHECK_THROWS_AS(dv::load_landmarks(crash("landmark_file", "number_too_large_for_a_double.json")), dv::Error);
    CHECK_THROWS_WITH(dv::load_landmarks(crash("landmark_file", "number_too_large_for_a_double.json")),
                      Catch::Contains("number_too_large_for_a_double.json") && Catch::Contains("not valid JSON"));
}

TEST_CASE("The map parser refuses a number too large for a double the same way (the bug above, in the other parser)",
          "[fuzz][maps][errors]") {
    dv::test::ScratchDir dir;
    std::ofstream(dir / "big.json") << R"({"format": "dermaview-map 1", "transition_cm": 1e999})";
    CHECK_THROWS_AS(dv::load_map(dir / "big.json"), dv::MapError);
    CHECK_THROWS_WITH(dv::load_map(dir / "big.json"), Catch::Contains("big.json") && Catch::Contains("not valid JSON"));
}

TEST_CASE("fuzz png_text: a last chunk whose header ends the file, declaring 2 GB, is refused too",
          "[fuzz][png][errors]") {
    // The first fix checked only chunks with room for their CRC; libpng still
    // allocated the 2 GB this cut-off header declares (found on the rerun).
    CHECK_THROWS_WITH(dv::read_png(crash("png_text", "last_chunk_header_cut_off_declares_2GB.bin")),
                      Catch::Contains("more than the file holds"));
}

TEST_CASE("fuzz scene: a number too large for a double is refused as invalid JSON, not an abort", "[fuzz][scene][errors]") {
    // The same out_of_range as above escaped the scene reader and ended the
    // program (found by the scene fuzzer within a minute); `render --scene`
    // now names the file and says what is wrong.
    CHECK_THROWS_WITH(dv::load_scene(crash("scene", "number_too_large_for_a_double.json")),
                      Catch::Contains("number_too_large_for_a_double.json") && Catch::Contains("not valid JSON"));
    // And a scene nested absurdly deep is refused before parsing.
    CHECK_THROWS_WITH(dv::scene_from_json(std::string(100000, '[') + std::string(100000, ']'), "deep.json"),
                      Catch::Contains("deep.json") && Catch::Contains("nested more than"));
}
