// `dermaview render` making figures as a teacher would: legend, labels,
// transparency, one file per view, a turntable, and the same image again
// from the scene the PNG carries. And every way a figure can fail to be
// written, leaving nothing half-done behind.
#include "export/png_file.h"
#include "scene/scene.h"
#include "support/image_checks.h"
#include "support/process.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using dv::test::dermaview_binary;
using dv::test::run_process;
using dv::test::ScratchDir;
namespace fs = std::filesystem;

namespace {

dv::test::ProcessResult render(std::vector<std::string> args,
                               const std::map<std::string, std::optional<std::string>>& env = {}) {
    args.insert(args.begin(), {dermaview_binary(), "render"});
    return run_process(args, env);
}

std::string scene_text(const dv::PngContents& png) {
    for (const auto& [key, text] : png.text)
        if (key == dv::kScenePngKeyword)
            return text;
    return {};
}

bool same_pixels(const dv::Image& a, const dv::Image& b) {
    return a.width == b.width && a.height == b.height && a.rgba == b.rgba;
}

} // namespace

TEST_CASE("A transparent figure with legend and labels has its size and clear corners and an opaque body and lettering",
          "[cli][figure]") {
    ScratchDir dir;
    const std::string plain = (dir / "plain.png").string(), lettered = (dir / "fig.png").string();
    const std::vector<std::string> common = {"--map", "evidence", "--levels", "T4,T10", "--side", "both",
                                             "--view", "anterior", "--size", "960x540", "--transparent"};
    auto with = [&](std::vector<std::string> extra, const std::string& out) {
        std::vector<std::string> args = common;
        args.insert(args.end(), extra.begin(), extra.end());
        args.insert(args.end(), {"-o", out});
        return render(args);
    };
    const auto a = with({}, plain);
    const auto b = with({"--legend", "--labels", "--side-markers"}, lettered);
    INFO(a.err << b.err);
    REQUIRE(a.exit_status == 0);
    REQUIRE(b.exit_status == 0);
    CHECK_THAT(b.out, Catch::Contains("wrote " + lettered));
    const dv::PngContents png = dv::read_png(lettered);
    const dv::Image& img = png.image;
    REQUIRE(img.width == 960);
    REQUIRE(img.height == 540);
    // The legend is top left; the other corners are clear.
    CHECK(img.pixel(959, 0)[3] == 0);
    CHECK(img.pixel(0, 539)[3] == 0);
    CHECK(img.pixel(959, 539)[3] == 0);
    // The body: the middle of the chest and of the belly is opaque.
    CHECK(img.pixel(480, 190)[3] == 255);
    CHECK(img.pixel(480, 255)[3] == 255);
    // The legend card holds dark text on white, where the plain render has nothing.
    const dv::Image without = dv::read_png(plain).image;
    long text = 0, changed = 0;
    for (int y = 10; y < 160; ++y)
        for (int x = 10; x < 250; ++x) {
            const std::uint8_t* p = img.pixel(x, y);
            text += p[3] > 200 && dv::test::luminance(p) < 100;
            changed += p[3] != without.pixel(x, y)[3];
        }
    CHECK(text > 500);
    CHECK(changed > 20000);
    CHECK(without.pixel(100, 100)[3] == 0);
    // The PNG says what it is and carries its scene.
    const dv::Scene scene = dv::scene_from_json(scene_text(png), "fig.png");
    CHECK(scene.map == "evidence");
    CHECK(scene.levels.size() == 2);
    CHECK(scene.overlays.legend);
    CHECK(scene.camera.has_value());
}

TEST_CASE("Re-rendering from the PNG's own scene or a saved scene file gives the same pixels", "[cli][figure]") {
    ScratchDir dir;
    const std::string first = (dir / "first.png").string();
    const auto a = render({"--map", "evidence", "--levels", "C6,T10", "--side", "left", "--emphasis", "glow", "--view",
                           "posterior", "--size", "640x400", "--legend", "--labels", "--save-scene",
                           (dir / "scene.json").string(), "-o", first});
    INFO(a.err);
    REQUIRE(a.exit_status == 0);
    const auto b = render({"--scene", first, "-o", (dir / "again.png").string()});
    INFO(b.err);
    REQUIRE(b.exit_status == 0);
    const auto c = render({"--scene", (dir / "scene.json").string(), "-o", (dir / "from-file.png").string()});
    REQUIRE(c.exit_status == 0);
    const dv::PngContents one = dv::read_png(first), two = dv::read_png(dir / "again.png");
    CHECK(same_pixels(one.image, two.image));
    CHECK(same_pixels(one.image, dv::read_png(dir / "from-file.png").image));
    CHECK(scene_text(one) == scene_text(two));

    // Flags given with --scene override its fields: another view, another size.
    const auto d = render({"--scene", first, "--view", "anterior", "--size", "320x200", "-o", (dir / "front.png").string()});
    REQUIRE(d.exit_status == 0);
    const dv::PngContents front = dv::read_png(dir / "front.png");
    CHECK(front.image.width == 320);
    const dv::Scene s = dv::scene_from_json(scene_text(front), "front.png");
    CHECK(s.view == dv::StandardView::Anterior);
    CHECK(s.map == "evidence");
    CHECK(s.side == dv::LevelSides::Left);
}

TEST_CASE("Tiled beyond the GL's limits a figure is the same as drawn whole", "[cli][figure]") {
    ScratchDir dir;
    const std::vector<std::string> args = {"--map", "evidence", "--size", "700x420", "--legend", "--labels"};
    auto with_out = [&](const std::string& name) {
        auto v = args;
        v.insert(v.end(), {"-o", (dir / name).string()});
        return v;
    };
    REQUIRE(render(with_out("whole.png")).exit_status == 0);
    REQUIRE(render(with_out("tiled.png"), {{"DERMAVIEW_MAX_TILE", "128"}}).exit_status == 0);
    const dv::Image a = dv::read_png(dir / "whole.png").image, b = dv::read_png(dir / "tiled.png").image;
    REQUIRE(a.width == b.width);
    long off = 0, far_off = 0;
    for (std::size_t i = 0; i < a.rgba.size(); ++i) {
        off += a.rgba[i] != b.rgba[i];
        far_off += std::abs(int(a.rgba[i]) - int(b.rgba[i])) > 24;
    }
    CHECK(off < 700 * 420 / 500);
    CHECK(far_off == 0);
}

TEST_CASE("render --views writes one file per view and --turntable frames around the body and --svg editable text",
          "[cli][figure]") {
    ScratchDir dir;
    const auto v = render({"--views", "anterior,posterior,left,right", "--size", "200x150", "-o", (dir / "body.png").string()});
    INFO(v.err);
    REQUIRE(v.exit_status == 0);
    for (const char* view : {"anterior", "posterior", "left", "right"}) {
        const dv::PngContents png = dv::read_png(dir / ("body-" + std::string(view) + ".png"));
        CHECK(png.image.width == 200);
        CHECK(std::string(dv::view_name(dv::scene_from_json(scene_text(png), view).view)) == view);
    }
    const auto t = render({"--turntable", "3", "--size", "160x120", "--display", "skin", "-o", (dir / "turn.png").string()});
    REQUIRE(t.exit_status == 0);
    const dv::Image f0 = dv::read_png(dir / "turn-000.png").image, f1 = dv::read_png(dir / "turn-001.png").image;
    CHECK(fs::exists(dir / "turn-002.png"));
    CHECK_FALSE(same_pixels(f0, f1));

    const auto s = render({"--levels", "T4", "--legend", "--labels", "--svg", "--size", "640x360", "-o", (dir / "slide.png").string()});
    INFO(s.err);
    REQUIRE(s.exit_status == 0);
    std::ifstream in(dir / "slide.svg");
    const std::string svg((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK_THAT(svg, Catch::Contains("<text") && Catch::Contains(">T4</text>") && Catch::Contains("href=\"slide.png\""));
    // The words are in the SVG, not in the pixels: the legend's corner stays backdrop.
    const dv::Image pixels = dv::read_png(dir / "slide.png").image;
    CHECK(dv::test::luminance(pixels.pixel(60, 40)) < 120);
}

TEST_CASE("Figure errors (invalid size or unwritable folder or full disk or bad scene) leave nothing behind",
          "[cli][figure][errors]") {
    ScratchDir dir;
    const std::string out = (dir / "fig.png").string();
    for (const char* size : {"0x100", "20000x100", "4k", "100x-5"}) {
        const auto r = render({"--size", size, "-o", out});
        INFO(size << ": " << r.err);
        CHECK(r.exit_status == 2);
        CHECK_THAT(r.err, Catch::Contains("--size") && Catch::Contains("16 to 16384"));
    }
    const auto missing = render({"-o", (dir / "no/such/folder/fig.png").string()});
    CHECK(missing.exit_status == 2);
    CHECK_THAT(missing.err, Catch::Contains("does not exist"));
    const auto proc = render({"--views", "anterior,posterior", "-o", "/proc/self/fig.png"});
    CHECK(proc.exit_status == 2);
    CHECK_THAT(proc.err, Catch::Contains("cannot write"));

    // A full disk, without root: a file size limit makes writes fail with
    // EFBIG as a full disk makes them fail with ENOSPC. SIGXFSZ is ignored
    // (and stays so across exec) so the program sees the error.
    const std::string script = "trap '' XFSZ; ulimit -f 64; exec '" + dermaview_binary() +
                               "' render --size 1280x720 -o '" + out + "'";
    const auto full = run_process({"sh", "-c", script});
    INFO(full.err);
    CHECK(full.exit_status == 2);
    CHECK_THAT(full.err, Catch::Contains("cannot write '" + out + "'") && Catch::Contains("nothing was written"));

    std::ofstream(dir / "bad.json") << "{\n  \"format\": \"dermaview-scene 1\",\n  \"levels\": [\"T4\", \"X1\"]\n}\n";
    const auto bad = render({"--scene", (dir / "bad.json").string(), "-o", out});
    CHECK(bad.exit_status == 2);
    CHECK_THAT(bad.err, Catch::Contains("bad.json") && Catch::Contains("levels[1]"));
    std::ofstream(dir / "broken.json") << "{\n  \"format\": \"dermaview-scene 1\",\n  \"map\": evidence\n}\n";
    const auto broken = render({"--scene", (dir / "broken.json").string(), "-o", out});
    CHECK(broken.exit_status == 2);
    CHECK_THAT(broken.err, Catch::Contains("line 3, column"));
    const auto svg_alone = render({"--svg", "-o", out});
    CHECK(svg_alone.exit_status == 2);
    CHECK_THAT(svg_alone.err, Catch::Contains("--legend"));

    // Nothing but the inputs we wrote remains: no figure, no temporary file.
    std::vector<std::string> left;
    for (const auto& e : fs::directory_iterator(dir.path()))
        left.push_back(e.path().filename().string());
    std::sort(left.begin(), left.end());
    CHECK(left == std::vector<std::string>{"bad.json", "broken.json"});
}

TEST_CASE("A PNG that carries no scene is refused with a reason", "[cli][figure][errors]") {
    ScratchDir dir;
    dv::write_png(dir / "other.png", dv::Image(16, 16));
    const auto r = render({"--scene", (dir / "other.png").string(), "-o", (dir / "x.png").string()});
    CHECK(r.exit_status == 2);
    CHECK_THAT(r.err, Catch::Contains("holds no Dermaview scene"));
    CHECK_FALSE(fs::exists(dir / "x.png"));
}
