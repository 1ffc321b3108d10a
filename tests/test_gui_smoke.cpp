// The real window under a virtual X server: it opens, draws the body and the
// panel, and saves what it shows.
#include "export/png_file.h"
#include "support/image_checks.h"
#include "support/process.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

using namespace dv::test;

TEST_CASE("The window shows the body and the panel under Xvfb", "[gui]") {
    ScratchDir dir;
    const std::string shot = (dir / "window.png").string();
    const auto r = run_process({"xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", dermaview_binary(), "--frames", "30",
                                "--size", "1000x700", "--screenshot", shot});
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.exit_status == 0);
    const dv::Image img = dv::read_png(shot).image;
    REQUIRE(img.width == 1000);
    REQUIRE(img.height == 700);

    // The body: warm skin tones (red clearly above blue) fill part of the middle.
    long skin = 0;
    for (int y = 100; y < 600; ++y)
        for (int x = 350; x < 650; ++x) {
            const std::uint8_t* p = img.pixel(x, y);
            skin += p[0] > 120 && p[0] > p[2] + 25;
        }
    CHECK(skin > 300 * 500 / 20);

    // The panel: Dear ImGui's dark window with its blue title bar and light
    // text sits in the top-left corner, where the backdrop alone is plain.
    long title_blue = 0, bright_text = 0;
    for (int y = 10; y < 200; ++y)
        for (int x = 10; x < 300; ++x) {
            const std::uint8_t* p = img.pixel(x, y);
            title_blue += p[2] > p[0] + 40;
            bright_text += dv::test::luminance(p) > 180.0;
        }
    CHECK(title_blue > 500);
    CHECK(bright_text > 200);
}
