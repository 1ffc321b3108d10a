// The dermaview program as a user meets it from a shell: help, a real render,
// and every way the issue lists to get it wrong.
#include "export/png_file.h"
#include "support/process.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using dv::test::dermaview_binary;
using dv::test::run_process;
namespace fs = std::filesystem;

TEST_CASE("dermaview --help and render --help document every flag", "[cli]") {
    const auto gui = run_process({dermaview_binary(), "--help"});
    CHECK(gui.exit_status == 0);
    for (const char* flag : {"--body", "--view", "--size", "--frames", "--screenshot", "render"})
        CHECK_THAT(gui.out, Catch::Contains(flag));
    const auto render = run_process({dermaview_binary(), "render", "--help"});
    CHECK(render.exit_status == 0);
    for (const char* flag : {"--output", "--size", "--view", "--body", "--samples", "--transparent"})
        CHECK_THAT(render.out, Catch::Contains(flag));
}

TEST_CASE("dermaview render writes the requested PNG with no display at all", "[cli][render]") {
    dv::test::ScratchDir dir;
    const auto r = run_process({dermaview_binary(), "render", "--view", "left", "--size", "320x240", "-o",
                                (dir / "left.png").string()},
                               {{"DISPLAY", std::nullopt}, {"WAYLAND_DISPLAY", std::nullopt}});
    INFO(r.err);
    REQUIRE(r.exit_status == 0);
    const dv::PngContents png = dv::read_png(dir / "left.png");
    CHECK(png.image.width == 320);
    CHECK(png.image.height == 240);
}

TEST_CASE("Unknown flags print usage on stderr and exit 2", "[cli][errors]") {
    for (std::vector<std::string> args : {std::vector<std::string>{"--bogus"}, {"render", "-o", "x.png", "--bogus"},
                                          {"render", "--size", "0x0", "-o", "x.png"}, {"render", "--view", "sideways", "-o", "x.png"},
                                          {"render"}, {"render", "-o"}}) {
        args.insert(args.begin(), dermaview_binary());
        const auto r = run_process(args);
        INFO(args[1] << " ...: " << r.err);
        CHECK(r.exit_status == 2);
        CHECK_THAT(r.err, Catch::Contains("Usage: dermaview"));
        CHECK_THAT(r.err, Catch::Contains("--help"));
        CHECK(r.out.empty());
    }
}

TEST_CASE("A missing or corrupt mesh names the file and the reason, exit 2", "[cli][errors]") {
    dv::test::ScratchDir dir;
    const std::string out = (dir / "x.png").string();
    const auto missing = run_process({dermaview_binary(), "render", "-o", out, "--body", (dir / "none.zae").string()});
    CHECK(missing.exit_status == 2);
    CHECK_THAT(missing.err, Catch::Contains("none.zae") && Catch::Contains("does not exist"));

    std::ofstream(dir / "broken.dae") << "<?xml version=\"1.0\"?><COLLADA><library_geometries>";
    const auto corrupt = run_process({dermaview_binary(), "render", "-o", out, "--body", (dir / "broken.dae").string()});
    CHECK(corrupt.exit_status == 2);
    CHECK_THAT(corrupt.err, Catch::Contains("broken.dae") && Catch::Contains("cannot import"));
    CHECK_FALSE(fs::exists(out));

    // The window fails the same way, before opening anything.
    const auto gui = run_process({dermaview_binary(), "--body", (dir / "none.zae").string()});
    CHECK(gui.exit_status == 2);
    CHECK_THAT(gui.err, Catch::Contains("none.zae"));
}

TEST_CASE("An unwritable output path gives a clear message and writes nothing", "[cli][errors]") {
    dv::test::ScratchDir dir;
    const auto no_folder = run_process({dermaview_binary(), "render", "-o", (dir / "missing/x.png").string()});
    CHECK(no_folder.exit_status == 2);
    CHECK_THAT(no_folder.err, Catch::Contains("does not exist"));
    const auto not_writable = run_process({dermaview_binary(), "render", "-o", "/proc/self/x.png"});
    CHECK(not_writable.exit_status == 2);
    CHECK_THAT(not_writable.err, Catch::Contains("cannot write '/proc/self/x.png'"));
    CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("The window without a display points to the headless renderer", "[cli][errors]") {
    const auto r = run_process({dermaview_binary(), "--frames", "1"}, {{"DISPLAY", std::nullopt}, {"WAYLAND_DISPLAY", std::nullopt}});
    CHECK(r.exit_status == 2);
    CHECK_THAT(r.err, Catch::Contains("no display") && Catch::Contains("dermaview render"));
}

TEST_CASE("A GL older than 3.3 is reported clearly", "[cli][errors]") {
    // Mesa honours this override: the context it offers claims GL 3.0, as an
    // old driver would.
    dv::test::ScratchDir dir;
    const auto r = run_process({dermaview_binary(), "render", "-o", (dir / "x.png").string()},
                               {{"MESA_GL_VERSION_OVERRIDE", "3.0"}});
    CHECK(r.exit_status == 2);
    CHECK_THAT(r.err, Catch::Contains("OpenGL 3.3"));
    CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("Missing shaders say the installation is incomplete and how to fix it", "[cli][errors]") {
    dv::test::ScratchDir dir;
    const auto r = run_process({dermaview_binary(), "render", "-o", (dir / "x.png").string()},
                               {{"DERMAVIEW_DATA_DIR", (dir / "nowhere").string()}});
    CHECK(r.exit_status == 2);
    CHECK_THAT(r.err, Catch::Contains("installation is incomplete") && Catch::Contains("DERMAVIEW_DATA_DIR"));
    CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("render --compare puts two maps side by side, --differences marks where they disagree", "[cli][render]") {
    dv::test::ScratchDir dir;
    const auto cmp = run_process({dermaview_binary(), "render", "--compare", "evidence", "--size", "400x300", "-o",
                                  (dir / "cmp.png").string()});
    INFO(cmp.err);
    REQUIRE(cmp.exit_status == 0);
    const dv::Image img = dv::read_png(dir / "cmp.png").image;
    CHECK(img.width == 400);
    const auto diff = run_process({dermaview_binary(), "render", "--differences", "evidence", "--size", "200x300",
                                   "-o", (dir / "diff.png").string()});
    CHECK(diff.exit_status == 0);
    const auto both = run_process({dermaview_binary(), "render", "--differences", "evidence", "--compare", "evidence",
                                   "-o", (dir / "x.png").string()});
    CHECK(both.exit_status == 2);
    CHECK_THAT(both.err, Catch::Contains("cannot be combined"));
}
