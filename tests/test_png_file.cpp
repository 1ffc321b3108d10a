// PNG output: what is written reads back the same, with its text, and a
// failed write leaves nothing behind.
#include "core/error.h"
#include "export/png_file.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {
dv::Image gradient(int w, int h) {
    dv::Image img(w, h);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            std::uint8_t* p = img.pixel(x, y);
            p[0] = std::uint8_t(x * 255 / (w - 1));
            p[1] = std::uint8_t(y * 255 / (h - 1));
            p[2] = std::uint8_t((x + y) & 255);
            p[3] = std::uint8_t(x < w / 2 ? 255 : 0);
        }
    return img;
}

std::size_t files_in(const fs::path& dir) {
    return std::size_t(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}
} // namespace

TEST_CASE("A PNG round-trips pixels, alpha and text chunks", "[png]") {
    dv::test::ScratchDir dir;
    const dv::Image img = gradient(64, 48);
    dv::write_png(dir / "g.png", img, {{"Dermaview.scene", "{\"view\": \"anterior\"}"}});
    const dv::PngContents back = dv::read_png(dir / "g.png");
    CHECK(back.image.width == 64);
    CHECK(back.image.height == 48);
    CHECK(back.image.rgba == img.rgba);
    REQUIRE(back.text.size() == 1);
    CHECK(back.text[0].first == "Dermaview.scene");
    CHECK(back.text[0].second == "{\"view\": \"anterior\"}");
    CHECK(files_in(dir.path()) == 1); // no temporary file left beside it
}

TEST_CASE("Writing over an existing file replaces it whole", "[png]") {
    dv::test::ScratchDir dir;
    dv::write_png(dir / "a.png", gradient(16, 16));
    dv::write_png(dir / "a.png", gradient(32, 20));
    CHECK(dv::read_png(dir / "a.png").image.width == 32);
    CHECK(files_in(dir.path()) == 1);
}

TEST_CASE("Unwritable destinations are refused with a clear message and nothing written", "[png][errors]") {
    dv::test::ScratchDir dir;
    SECTION("missing folder") {
        CHECK_THROWS_WITH(dv::write_png(dir / "no/such/a.png", gradient(16, 16)), Catch::Contains("does not exist"));
    }
    SECTION("a folder in place of the file") {
        fs::create_directory(dir / "taken.png");
        CHECK_THROWS_WITH(dv::write_png(dir / "taken.png", gradient(16, 16)), Catch::Contains("is a folder"));
    }
    SECTION("a folder nobody may write") {
        // root ignores permission bits, so as root use a kernel folder where
        // nobody can create files.
        const fs::path locked = geteuid() == 0 ? fs::path("/proc/self") : dir / "locked";
        if (geteuid() != 0) {
            fs::create_directory(locked);
            fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
        }
        CHECK_THROWS_AS(dv::write_png(locked / "a.png", gradient(16, 16)), dv::Error);
        CHECK_FALSE(fs::exists(locked / "a.png"));
    }
    CHECK(files_in(dir.path()) <= 1); // at most the folder made above, never a stray temporary file
}

TEST_CASE("A file that is not a PNG is refused by name", "[png][errors]") {
    dv::test::ScratchDir dir;
    std::FILE* f = std::fopen((dir / "fake.png").c_str(), "wb");
    std::fputs("not a png", f);
    std::fclose(f);
    CHECK_THROWS_WITH(dv::read_png(dir / "fake.png"), Catch::Contains("fake.png"));
}
