// The real window under a virtual X server, driven by the scripts in
// tests/scripts/ the way a person uses it: clicks on labelled controls, keys,
// drags (docs/scripting.md). Each script checks its own expectations and
// exits 1 when one fails; these tests add what needs the pictures or files
// the scripts leave behind.
#include "atlas/levels.h"
#include "export/png_file.h"
#include "render/dermatome_palette.h"
#include "render/renderer.h"
#include "support/image_checks.h"
#include "support/process.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>
#include <glm/exponential.hpp>
#include <glm/geometric.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace dv::test;

namespace {
const std::string kScripts = DERMAVIEW_TEST_SCRIPTS;

// Runs the window in `dir` (where the script's files go) under Xvfb.
ProcessResult run_window(const ScratchDir& dir, const std::vector<std::string>& args) {
    std::string command = "cd '" + dir.path().string() + "' && xvfb-run -a -s '-screen 0 1920x1080x24' '" +
                          dermaview_binary() + "'";
    for (const std::string& a : args)
        command += " '" + a + "'";
    return run_process({"sh", "-c", command});
}

ProcessResult run_script(const ScratchDir& dir, const std::string& script, const std::string& size,
                         std::vector<std::string> more = {}) {
    std::vector<std::string> args = {"--script", kScripts + "/" + script, "--size", size};
    args.insert(args.end(), more.begin(), more.end());
    return run_window(dir, args);
}

// The part of a window picture right of the panel (which opens 12 px from
// the left and is as wide as its widest row, a little over 400 px).
constexpr int kFreeLeft = 12 + 420 + 12;

// Pixels right of the panel whose hue is `level`'s in the palette, whatever the shading.
long pixels_of(const dv::Image& img, const char* level, int x0 = kFreeLeft, int x1 = -1) {
    glm::vec3 c = dv::level_color(dv::parse_level(level).value(), dv::Palette::Standard);
    c = glm::pow(c, glm::vec3(1.0f / 2.2f));
    const glm::vec3 want = c / (c.r + c.g + c.b);
    long n = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = x0; x < (x1 < 0 ? img.width : x1); ++x) {
            const std::uint8_t* p = img.pixel(x, y);
            const glm::vec3 got(p[0], p[1], p[2]);
            n += got.r + got.g + got.b > 150.0f && glm::length(got / (got.r + got.g + got.b) - want) < 0.05f;
        }
    return n;
}

// Skin and band colours against the dark backdrop: anything bright and coloured.
long body_pixels(const dv::Image& img, int x0, int x1) {
    long n = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = x0; x < x1; ++x)
            n += luminance(img.pixel(x, y)) > 90.0;
    return n;
}

std::string scene_text(const dv::PngContents& png) {
    for (const auto& [key, text] : png.text)
        if (key == "Dermaview scene")
            return text;
    return {};
}
// A script that must pass before the test looks at what it left in `dir`.
void require_script(const ScratchDir& dir, const std::string& script, const std::string& size,
                    const std::vector<std::string>& extra = {}) {
    const auto r = run_script(dir, script, size, extra);
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.exit_status == 0);
}

// A script whose expectations are the whole test: it exits 0.
void script_passes(const std::string& script, const std::string& size) {
    ScratchDir dir;
    const auto r = run_script(dir, script, size);
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    CHECK(r.exit_status == 0);
}

} // namespace

TEST_CASE("Scripted: every view button and key, orbit, pan, zoom and double-click", "[gui][script]") {
    ScratchDir dir;
    require_script(dir, "view.txt", "1000x760");
    // The body stands right of the panel, not under it.
    const dv::Image front = dv::read_png(dir / "front.png").image;
    CHECK(body_pixels(front, kFreeLeft, front.width) > 20000);
}

TEST_CASE("Scripted: both map combos and the three comparison modes", "[gui][script][maps]") {
    ScratchDir dir;
    require_script(dir, "maps.txt", "1000x760");
    // Side by side: a body in each half of the part the panel leaves free.
    const dv::Image side = dv::read_png(dir / "side.png").image;
    const int middle = kFreeLeft + (side.width - kFreeLeft) / 2;
    const long left = body_pixels(side, kFreeLeft, middle), right = body_pixels(side, middle, side.width);
    INFO("body pixels side by side: left " << left << ", right " << right);
    CHECK(left > 10000);
    CHECK(right > 10000);
}

TEST_CASE("Scripted: clicks on the skin, sides, emphasis, palette, borders and hatching", "[gui][script][teaching]") {
    ScratchDir dir;
    require_script(dir, "levels.txt", "1000x760");
    // T4 lit on the body's left side only: the viewer's right, from the front.
    const dv::Image img = dv::read_png(dir / "t4-left.png").image;
    const int axis = kFreeLeft + (img.width - kFreeLeft) / 2;
    const long viewer_left = pixels_of(img, "T4", kFreeLeft, axis), viewer_right = pixels_of(img, "T4", axis);
    INFO("T4 pixels left of the axis " << viewer_left << ", right " << viewer_right);
    CHECK(viewer_right > 100);
    CHECK(viewer_left < viewer_right / 10);
}

TEST_CASE("Scripted: clicks add a level, Ctrl-click solos, Shift-click a range, undo goes back to T4 and T10",
          "[gui][script][teaching]") {
    script_passes("selection.txt", "1280x800");
}

TEST_CASE("Scripted: the wheel zooms at the cursor, F frames a hand, Tab gives the body the whole window",
          "[gui][script]") {
    ScratchDir dir;
    require_script(dir, "zoom_panel.txt", "1280x800");
    // Where the body's pixels are, left to right: their mean column, below the caption.
    auto centre_x = [](const dv::Image& img, int x0) {
        double sum = 0.0, n = 0.0;
        for (int y = 100; y < img.height; ++y)
            for (int x = x0; x < img.width; ++x)
                if (luminance(img.pixel(x, y)) > 90.0) {
                    sum += x;
                    n += 1.0;
                }
        return n > 0.0 ? sum / n : -1.0;
    };
    const dv::Image with_panel = dv::read_png(dir / "with-panel.png").image;
    const dv::Image no_panel = dv::read_png(dir / "no-panel.png").image;
    // With the panel the body stands in the middle of the part right of it;
    // without, in the middle of the whole window.
    const double free_middle = kFreeLeft + (with_panel.width - kFreeLeft) / 2.0;
    const double with_x = centre_x(with_panel, kFreeLeft), without_x = centre_x(no_panel, 0);
    INFO("body centre with the panel " << with_x << " (free middle " << free_middle << "), without " << without_x);
    CHECK(std::abs(with_x - free_middle) < 0.05 * with_panel.width);
    CHECK(std::abs(without_x - no_panel.width / 2.0) < 0.05 * no_panel.width);
    // F on the hand: the hand's levels (C6 to C8 on this map) fill far more of the view than in the whole body's.
    auto hand_levels = [](const dv::Image& img) {
        return pixels_of(img, "C6") + pixels_of(img, "C7") + pixels_of(img, "C8");
    };
    const dv::Image hand = dv::read_png(dir / "hand.png").image;
    INFO("C6-C8 pixels: hand " << hand_levels(hand) << ", whole body " << hand_levels(with_panel));
    CHECK(hand_levels(hand) > 5 * hand_levels(with_panel));
}

TEST_CASE("Scripted: one label a point and a lit level, readable names, notes that say why", "[gui][script][teaching]") {
    script_passes("labels.txt", "1280x800");
}

TEST_CASE("Scripted: the colour key highlights a hovered band and toggles a clicked level", "[gui][script][teaching]") {
    ScratchDir dir;
    require_script(dir, "colour_key.txt", "1280x800");
    // Hovering T4's swatch shows T4's band as lighting T4 does, with no level lit.
    const long hovered = pixels_of(dv::read_png(dir / "t4-hovered.png").image, "T4");
    const long lit = pixels_of(dv::read_png(dir / "t4-lit.png").image, "T4");
    INFO("T4-coloured pixels: hovered " << hovered << ", lit " << lit);
    CHECK(hovered > 100);
    CHECK(lit > 100);
}

TEST_CASE("Scripted: the caption and the key stand clear of the body, are dragged aside, stay on screen and go back",
          "[gui][script][teaching]") {
    script_passes("overlays.txt", "1280x800");
}

TEST_CASE("Scripted: a click waiting out the double-click time shows a ring where it was made", "[gui][script][history]") {
    script_passes("pick_ring.txt", "800x600");
}

TEST_CASE("Scripted: every level's box, the arrow keys and the sweep", "[gui][script][teaching]") {
    script_passes("level_boxes.txt", "1000x760");
}

TEST_CASE("Scripted: every entry of Show, the smoothing slider and the display switches", "[gui][script]") {
    script_passes("display.txt", "1000x760");
}

TEST_CASE("Scripted: the Figure section saves every size with its overlays and never replaces a file",
          "[gui][script][figure]") {
    ScratchDir dir;
    std::filesystem::create_directories(dir / "figures");
    std::ofstream(dir / "figures" / "dermaview-0001.png") << "an earlier figure";
    require_script(dir, "figure.txt", "640x480");
    std::ifstream earlier(dir / "figures" / "dermaview-0001.png");
    std::string kept;
    std::getline(earlier, kept);
    CHECK(kept == "an earlier figure");
    const std::pair<int, int> sizes[] = {{640, 480}, {1280, 960}, {2560, 1920}, {300, 200}, {300, 200}};
    for (int i = 0; i < 5; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "dermaview-%04d.png", i + 2);
        INFO(name);
        REQUIRE(std::filesystem::exists(dir / "figures" / name));
        const dv::PngContents png = dv::read_png(dir / "figures" / name);
        CHECK(png.image.width == sizes[i].first);
        CHECK(png.image.height == sizes[i].second);
        CHECK_THAT(scene_text(png), Catch::Contains("\"map\": \"classical\""));
    }
    // The last one: transparent, no legend, no labels, no side markers, with a scene file.
    const dv::PngContents last = dv::read_png(dir / "figures" / "dermaview-0006.png");
    CHECK(last.image.pixel(0, 0)[3] == 0);
    const std::string scene = scene_text(last);
    CHECK_THAT(scene, Catch::Contains("\"legend\": false") && Catch::Contains("\"labels\": false") &&
                          Catch::Contains("\"side_markers\": false") && Catch::Contains("\"transparent\": true"));
    CHECK(std::filesystem::exists(dir / "figures" / "dermaview-0006.json"));
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir / "figures"))
        files += e.is_regular_file();
    CHECK(files == 7); // the earlier one, five figures, one scene file
}

TEST_CASE("Scripted: a figure that cannot be saved is told in the window, which goes on", "[gui][script][errors]") {
    ScratchDir dir;
    const auto r = run_script(dir, "figure_error.txt", "640x400");
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    CHECK(r.exit_status == 0);
    CHECK_THAT(r.err, Catch::Contains("figure not saved") && Catch::Contains("/proc/self/no-figures-here"));
    // The notice is red, at the foot of the window.
    const dv::Image img = dv::read_png(dir / "notice.png").image;
    long red = 0;
    for (int y = img.height - 120; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) {
            const std::uint8_t* p = img.pixel(x, y);
            red += p[0] > 100 && p[1] < 40 && p[2] < 40;
        }
    CHECK(red > 2000);
}

// Deep blue-violet, the sensory display's "absent" (render/sensory_colours.h),
// whatever the shading; and the lit skin around it, among rows [y0, y1).
void absent_share(const dv::Image& img, int y0, int y1, long& absent, long& skin) {
    absent = skin = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = kFreeLeft; x < img.width; ++x) {
            const std::uint8_t* p = img.pixel(x, y);
            const bool violet = p[2] > 50 && p[2] > p[0] + 30 && p[2] > p[1] + 30;
            absent += violet;
            skin += violet || luminance(p) > 90.0;
        }
}

TEST_CASE("Scripted: a C6 AIS A exam entered point by point reads C6, A and paints the body below C6 absent",
          "[gui][script][exam]") {
    ScratchDir dir;
    require_script(dir, "exam_c6.txt", "1000x760");
    // The exam saved from the window is the one entered: the command line classifies it the same.
    const auto c = run_process({dermaview_binary(), "isncsci", (dir / "c6.json").string(), "--json"});
    CHECK(c.exit_status == 0);
    CHECK_THAT(c.out, Catch::Contains("\"neurologicalLevelOfInjury\": \"C6\"") &&
                          Catch::Contains("\"ASIAImpairmentScale\": \"A\""));
    // The legs and lower trunk (lower half of the window) are absent-coloured;
    // the head and neck (C2-C4, normal) are not; the dermatome chart had none of it.
    const dv::Image exam = dv::read_png(dir / "c6.png").image, chart = dv::read_png(dir / "chart.png").image;
    long legs_absent = 0, legs = 0, head_absent = 0, head = 0, chart_absent = 0, chart_skin = 0;
    absent_share(exam, exam.height / 2, exam.height * 9 / 10, legs_absent, legs);
    absent_share(exam, exam.height / 20, exam.height / 6, head_absent, head);
    absent_share(chart, chart.height / 2, chart.height * 9 / 10, chart_absent, chart_skin);
    INFO("legs " << legs_absent << " absent of " << legs << "; head " << head_absent << " of " << head
                 << "; chart legs " << chart_absent << " of " << chart_skin);
    CHECK(legs > 5000);
    CHECK(legs_absent > legs / 3);
    CHECK(head > 1000);
    CHECK(head_absent < head / 20);
    CHECK(chart_absent < chart_skin / 20);
}

TEST_CASE("Scripted: an edit of the map file redraws it, a broken edit keeps the last good map", "[gui][script][maps]") {
    ScratchDir dir;
    std::filesystem::copy_file(std::string(DERMAVIEW_TEST_FIXTURES) + "/maps/toy.json", dir / "live.json");
    require_script(dir, "map_edit.txt", "900x700", {"--map", "live.json"});
    for (const char* shot : {"t5.png", "broken.png"}) {
        const dv::Image img = dv::read_png(dir / shot).image;
        const long t5 = pixels_of(img, "T5"), t4 = pixels_of(img, "T4");
        INFO(shot << ": T5-coloured pixels " << t5 << ", T4-coloured " << t4);
        CHECK(t5 > 80);
        CHECK(t4 < t5 / 10);
    }
}

TEST_CASE("Scripted: shrinking the window to nothing and back keeps the panel in view", "[gui][script]") {
    ScratchDir dir;
    require_script(dir, "resize.txt", "1000x700");
    const dv::Image img = dv::read_png(dir / "after.png").image;
    CHECK(img.width == 640);
    CHECK(img.height == 480);
    // The panel's blue title bar is wholly in the window: a run of it as wide as the panel.
    int widest = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = 0, run = 0; x < img.width; ++x) {
            const std::uint8_t* p = img.pixel(x, y);
            run = p[2] > p[0] + 40 && p[2] > 100 ? run + 1 : 0;
            widest = std::max(widest, run);
        }
    CHECK(widest > 360);
}

TEST_CASE("Scripted regressions: the Map combo opens, a click on the face lights nothing", "[gui][script]") {
    script_passes("regressions.txt", "1000x760");
}

TEST_CASE("Without a script: --frames N --screenshot saves the window with the body right of the panel", "[gui]") {
    ScratchDir dir;
    const auto r = run_window(dir, {"--frames", "5", "--size", "900x600", "--screenshot", "window.png"});
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.exit_status == 0);
    const dv::Image img = dv::read_png(dir / "window.png").image;
    CHECK(img.width == 900);
    CHECK(img.height == 600);
    CHECK(body_pixels(img, kFreeLeft, img.width) > 10000);
    // The panel: Dear ImGui's blue title bar at the top left.
    long title_blue = 0;
    for (int y = 0; y < 40; ++y)
        for (int x = 0; x < kFreeLeft; ++x)
            title_blue += img.pixel(x, y)[2] > img.pixel(x, y)[0] + 40;
    CHECK(title_blue > 2000);
}

TEST_CASE("Scripted: the Band names switch names the bands in the window and in a saved figure", "[gui][script][band-labels]") {
    ScratchDir dir;
    require_script(dir, "band_names.txt", "1000x760");
    // The figure saved with the switch on says so in its scene.
    const dv::PngContents png = dv::read_png(dir / "figures" / "dermaview-0001.png");
    CHECK_THAT(scene_text(png), Catch::Contains("\"band_labels\": true"));
}

TEST_CASE("Without a script the window remembers the last map and the figures folder; a bad file is told",
          "[gui][prefs]") {
    ScratchDir dir;
    const std::string config = "XDG_CONFIG_HOME=" + (dir / "config").string();
    auto run = [&](const std::string& args) {
        return run_process({"sh", "-c", "cd '" + dir.path().string() + "' && " + config + " xvfb-run -a -s '-screen 0 1920x1080x24' '" +
                                            dermaview_binary() + "' --frames 3 --size 800x600 " + args});
    };
    auto saved = [&] {
        std::ifstream in(dir / "config" / "dermaview" / "window.json");
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    auto r = run("--map evidence --figures figs");
    INFO("stderr: " << r.err);
    REQUIRE(r.exit_status == 0);
    CHECK_THAT(saved(), Catch::Contains("\"map\": \"evidence\"") && Catch::Contains("figs"));
    // Run again with no options: the map comes back (and so is saved again on closing).
    r = run("");
    REQUIRE(r.exit_status == 0);
    CHECK_THAT(saved(), Catch::Contains("\"map\": \"evidence\"") && Catch::Contains("figs"));
    // A broken file: a message naming it, the defaults, and a good file written on closing.
    std::ofstream(dir / "config" / "dermaview" / "window.json") << "{ not json";
    r = run("");
    CHECK(r.exit_status == 0);
    CHECK_THAT(r.err, Catch::Contains("window.json") && Catch::Contains("defaults"));
    CHECK_THAT(saved(), Catch::Contains("\"map\": \"classical\""));
    CHECK(std::filesystem::exists(dir / "config" / "dermaview" / "layout.ini"));
}

TEST_CASE("Scripted: side by side at 1280x800 and 1600x1000, each body whole in its half, clear of the panel",
          "[gui][script][maps]") {
    for (const char* size : {"1280x800", "1600x1000"}) {
        ScratchDir dir;
        const auto r = run_script(dir, "compare.txt", size);
        INFO(size << "\nstdout: " << r.out << "\nstderr: " << r.err);
        REQUIRE(r.exit_status == 0);
        // Both halves show a body: bright skin on each side of the free part's middle.
        const dv::Image img = dv::read_png(dir / "side.png").image;
        const int mid = kFreeLeft + (img.width - kFreeLeft) / 2;
        CHECK(body_pixels(img, kFreeLeft, mid) > 10000);
        CHECK(body_pixels(img, mid, img.width) > 10000);
    }
}

namespace {
// Dear ImGui's blue title bar at the top left: the panel is on screen.
long panel_title_pixels(const dv::Image& img) {
    long blue = 0;
    for (int y = 0; y < 40; ++y)
        for (int x = 0; x < kFreeLeft; ++x)
            blue += img.pixel(x, y)[2] > img.pixel(x, y)[0] + 40;
    return blue;
}
} // namespace

TEST_CASE("Scripted: presentation mode fills the screen without the panel, and F11 brings the window back",
          "[gui][script][lecture]") {
    ScratchDir dir;
    require_script(dir, "present.txt", "1000x700", {"--present"});
    const dv::Image present = dv::read_png(dir / "present.png").image;
    CHECK(present.width == 1920); // the virtual screen's
    CHECK(present.height == 1080);
    CHECK(panel_title_pixels(present) < 200);
    CHECK(body_pixels(present, 0, present.width) > 40000);
    const dv::Image windowed = dv::read_png(dir / "windowed.png").image;
    CHECK(windowed.width == 1000);
    CHECK(panel_title_pixels(windowed) > 2000);
}

TEST_CASE("Scripted: the sweep pauses and resumes with Space", "[gui][script][teaching]") {
    script_passes("sweep.txt", "1000x760");
}
