// The real window under a virtual X server: it opens, draws the body and the
// panel, and saves what it shows.
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
// The window frames the body right of the panel, which opens 12 px from the
// left and is 400 px wide: the body's centre is at the middle of the rest.
constexpr int kPanelInset = 12 + 400 + 12;
int body_centre_x(int window_width) { return kPanelInset + (window_width - kPanelInset) / 2; }
} // namespace

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

    // The body: warm skin tones (red clearly above blue) fill part of the
    // middle of the view right of the panel.
    long skin = 0;
    for (int y = 100; y < 600; ++y)
        for (int x = body_centre_x(1000) - 150; x < body_centre_x(1000) + 150; ++x) {
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

namespace {
// Runs the window on a copy of the toy map for `seconds`, applying `edits`
// (shell commands on $MAP) in the background, and returns its last frame.
dv::Image run_with_edits(const ScratchDir& dir, const std::string& edits, int seconds) {
    const std::string map = (dir / "live.json").string();
    std::filesystem::copy_file(std::string(DERMAVIEW_TEST_FIXTURES) + "/maps/toy.json", map,
                               std::filesystem::copy_options::overwrite_existing);
    const std::string shot = (dir / "last.png").string();
    const std::string script = "MAP='" + map + "'; (" + edits + ") & xvfb-run -a -s '-screen 0 1280x1024x24' '" +
                               dermaview_binary() + "' --map \"$MAP\" --size 900x700 --quit-after " +
                               std::to_string(seconds) + " --screenshot '" + shot + "'; wait";
    const auto r = run_process({"sh", "-c", script});
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.exit_status == 0);
    return dv::read_png(shot).image;
}

// The hue (degrees) and saturation of an sRGB colour. Lighting scales a
// colour and adds some white (specular, rim): both keep its hue, while its
// chromaticity drifts a lot for a saturated colour.
std::pair<float, float> hue_saturation(glm::vec3 c) {
    const float hi = std::max({c.r, c.g, c.b}), lo = std::min({c.r, c.g, c.b}), span = hi - lo;
    if (span <= 0.0f)
        return {0.0f, 0.0f};
    float h = hi == c.r ? (c.g - c.b) / span : hi == c.g ? 2.0f + (c.b - c.r) / span : 4.0f + (c.r - c.g) / span;
    h *= 60.0f;
    return {h < 0.0f ? h + 360.0f : h, span / hi};
}

// Pixels of the chest (between the shoulders, above the navel) whose colour
// has the hue of `level` in the palette, whatever the shading.
long chest_pixels_of(const dv::Image& img, const char* level) {
    const std::string hex = dv::level_hex(dv::parse_level(level).value(), dv::Palette::Standard);
    const unsigned rgb = unsigned(std::stoul(hex.substr(1), nullptr, 16));
    const float want = hue_saturation(glm::vec3(float(rgb >> 16), float((rgb >> 8) & 0xFF), float(rgb & 0xFF))).first;
    long n = 0;
    for (int y = 150; y < 300; ++y)
        for (int x = body_centre_x(900) - 90; x < body_centre_x(900) + 90; ++x) {
            const std::uint8_t* p = img.pixel(x, y);
            const glm::vec3 got(p[0], p[1], p[2]);
            const auto [hue, saturation] = hue_saturation(got);
            const float off = std::abs(hue - want);
            if (got.r + got.g + got.b > 150.0f && saturation > 0.25f && std::min(off, 360.0f - off) < 10.0f)
                ++n;
        }
    return n;
}
} // namespace

TEST_CASE("Editing the map file while the window runs redraws it within a second", "[gui][maps]") {
    ScratchDir dir;
    // The band through the nipples is relabelled T5: it takes T5's colour.
    const dv::Image img = run_with_edits(dir, R"(sleep 3; sed -i 's/"T4"/"T5"/g' "$MAP")", 5);
    const long t5 = chest_pixels_of(img, "T5"), t4 = chest_pixels_of(img, "T4");
    INFO("T5-coloured chest pixels " << t5 << ", T4-coloured " << t4);
    CHECK(t5 > 80);
    CHECK(t4 < t5 / 10);
}

TEST_CASE("A broken edit keeps the last good map on screen and says what is wrong", "[gui][maps]") {
    ScratchDir dir;
    const dv::Image img =
        run_with_edits(dir, R"(sleep 3; sed -i 's/"T4"/"T5"/g' "$MAP"; sleep 2; printf '{ broken' > "$MAP")", 7);
    // The panel says the last edit was not applied, in red.
    long red_text = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < 320; ++x) {
            const std::uint8_t* p = img.pixel(x, y);
            red_text += p[0] > 200 && p[1] < 140 && p[2] < 130;
        }
    CHECK(red_text > 30);
    // The last good map (with T5) is still drawn.
    CHECK(chest_pixels_of(img, "T5") > 80);
}

TEST_CASE("Arrow keys in the window step through the levels: one band lights, the rest is plain skin", "[gui][teaching]") {
    ScratchDir dir;
    const std::string full = (dir / "full.png").string(), stepped = (dir / "stepped.png").string();
    auto run = [&](const std::string& keys, const std::string& shot) {
        // The keys are sent from inside the same virtual display, to the
        // window under the pointer.
        const std::string inner = "(sleep 3; xdotool mousemove 600 350; " + keys + ") & '" + dermaview_binary() +
                                  "' --size 900x700 --quit-after 6 --screenshot '" + shot + "'; wait";
        const std::string script = "xvfb-run -a -s '-screen 0 1280x1024x24' sh -c \"" + inner + "\"";
        const auto r = run_process({"sh", "-c", script});
        INFO("stdout: " << r.out << "\nstderr: " << r.err);
        REQUIRE(r.exit_status == 0);
        return dv::read_png(shot).image;
    };
    // Ten presses of Down from the full chart: C2, C3, ... the tenth level, T3, alone.
    const dv::Image chart = run("true", full);
    const dv::Image one = run("for i in 1 2 3 4 5 6 7 8 9 10; do xdotool key Down; sleep 0.15; done", stepped);
    auto coloured = [](const dv::Image& img) {
        long n = 0;
        for (int y = 0; y < img.height; ++y)
            for (int x = 330; x < img.width; ++x) { // right of the panel
                const std::uint8_t* p = img.pixel(x, y);
                // Skin is warm (red > green > blue); band colours break that.
                n += int(p[1]) > int(p[0]) + 10 || int(p[2]) > int(p[1]) + 25;
            }
        return n;
    };
    const long all = coloured(chart), single = coloured(one);
    INFO("coloured pixels: full chart " << all << ", one level " << single);
    CHECK(single > 100);
    CHECK(single < all / 4);
}

TEST_CASE("Resizing the window, shrinking it to nothing and back, keeps it running with the panel in view", "[gui]") {
    ScratchDir dir;
    const std::string shot = (dir / "after.png").string();
    // The panel is dragged towards the bottom right, then the window shrinks
    // under it to a sliver, is unmapped and mapped again, and ends smaller
    // than where the panel was left.
    const std::string actions =
        "sleep 3; W=$(xdotool search --sync --name Dermaview | head -1); "
        "xdotool mousemove --window $W 150 20 mousedown 1 sleep 0.3 mousemove --window $W 500 300 sleep 0.3 "
        "mousemove --window $W 800 500 sleep 0.3 mouseup 1; sleep 0.5; "
        "xdotool windowsize $W 1 1; sleep 0.5; xdotool windowunmap $W; sleep 0.5; xdotool windowmap $W; sleep 0.3; "
        "xdotool windowsize $W 200 150; sleep 0.5; xdotool windowsize $W 640 480";
    const std::string script = (dir / "resize.sh").string();
    {
        std::ofstream out(script);
        out << "(" << actions << ") & '" << dermaview_binary() << "' --size 1000x700 --quit-after 9 --screenshot '" << shot
            << "'; wait\n";
    }
    const auto r = run_process({"xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "sh", script});
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.exit_status == 0);
    const dv::Image img = dv::read_png(shot).image;
    CHECK(img.width == 640);
    CHECK(img.height == 480);
    // The panel's blue title bar is wholly in the window again: some row
    // holds a run of it as wide as the panel (400 px).
    int widest = 0;
    for (int y = 0; y < img.height; ++y) {
        int run = 0;
        for (int x = 0; x < img.width; ++x) {
            const std::uint8_t* p = img.pixel(x, y);
            run = p[2] > p[0] + 40 && p[2] > 100 ? run + 1 : 0;
            widest = std::max(widest, run);
        }
    }
    CHECK(widest > 360);
}

TEST_CASE("Clicking the panel's Posterior button turns the body round in the window", "[gui]") {
    ScratchDir dir;
    const std::string shot = (dir / "clicked.png").string();
    // The button sits in the panel's View section, second column, first row
    // (the panel opens at the top left with a fixed width and font).
    const std::string script = (dir / "click.sh").string();
    {
        std::ofstream out(script);
        out << "(sleep 3; W=$(xdotool search --sync --name Dermaview | head -1); "
               "xdotool mousemove --window $W 232 81 sleep 0.3 click 1) & '"
            << dermaview_binary() << "' --size 1000x700 --quit-after 6 --screenshot '" << shot << "'; wait\n";
    }
    const auto r = run_process({"xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", "sh", script});
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.exit_status == 0);
    const dv::Image window = dv::read_png(shot).image;
    // The view right of the panel, rendered headless from the front and from
    // the back at the size of that part of the window.
    const int free_w = 1000 - kPanelInset;
    auto headless = [&](const char* view) {
        const std::string file = (dir / (std::string(view) + ".png")).string();
        const auto rr = run_process({dermaview_binary(), "render", "--view", view, "--size",
                                     std::to_string(free_w) + "x700", "-o", file});
        REQUIRE(rr.exit_status == 0);
        return dv::read_png(file).image;
    };
    const dv::Image front = headless("anterior"), back = headless("posterior");
    // Compare below the map caption and the colour key.
    auto difference = [&](const dv::Image& render) {
        double sum = 0.0;
        long n = 0;
        for (int y = 250; y < 700; ++y)
            for (int x = 0; x < free_w; ++x, ++n)
                for (int c = 0; c < 3; ++c)
                    sum += std::abs(int(window.pixel(x + kPanelInset, y)[c]) - int(render.pixel(x, y)[c]));
        return sum / double(3 * n);
    };
    const double to_back = difference(back), to_front = difference(front);
    INFO("difference to the posterior render " << to_back << ", to the anterior " << to_front);
    CHECK(to_back * 3.0 < to_front);
}

TEST_CASE("F12 in the window saves a new numbered figure and never replaces an old one", "[gui][figure]") {
    ScratchDir dir;
    const std::filesystem::path figures = dir / "figures";
    std::filesystem::create_directories(figures);
    {
        std::ofstream earlier(figures / "dermaview-0001.png");
        earlier << "an earlier figure";
    }
    const std::string shot = (dir / "window.png").string();
    // Two presses, far enough apart for a save each; the window keeps going
    // and closes on its own.
    const std::string inner = "(sleep 3; xdotool mousemove 600 350; xdotool key F12; sleep 3; xdotool key F12) & '" +
                              dermaview_binary() + "' --size 640x400 --levels T4,T10 --figures '" + figures.string() +
                              "' --quit-after 9 --screenshot '" + shot + "'; wait";
    const auto r = run_process({"sh", "-c", "xvfb-run -a -s '-screen 0 1280x1024x24' sh -c \"" + inner + "\""});
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.exit_status == 0);
    CHECK_THAT(r.out, Catch::Contains("saved figure " + (figures / "dermaview-0002.png").string()));
    std::ifstream earlier(figures / "dermaview-0001.png");
    std::string kept;
    std::getline(earlier, kept);
    CHECK(kept == "an earlier figure");
    for (const char* name : {"dermaview-0002.png", "dermaview-0003.png"}) {
        INFO(name);
        REQUIRE(std::filesystem::exists(figures / name));
        const dv::PngContents png = dv::read_png(figures / name);
        // The default figure is twice the window, drawn offscreen.
        CHECK(png.image.width == 1280);
        CHECK(png.image.height == 800);
        bool has_scene = false;
        for (const auto& [key, text] : png.text)
            has_scene = has_scene || (key == "Dermaview scene" && text.find("\"T10\"") != std::string::npos);
        CHECK(has_scene);
    }
    // Nothing else: no temporary files, no overwritten numbers.
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(figures))
        files += e.is_regular_file();
    CHECK(files == 3);
}

TEST_CASE("A figure that cannot be saved is told in the window which keeps running", "[gui][figure][errors]") {
    ScratchDir dir;
    const std::string shot = (dir / "window.png").string();
    const std::string inner = "(sleep 3; xdotool mousemove 600 350; xdotool key F12) & '" + dermaview_binary() +
                              "' --size 640x400 --figures /proc/self/no-figures-here --quit-after 6 --screenshot '" +
                              shot + "'; wait";
    const auto r = run_process({"sh", "-c", "xvfb-run -a -s '-screen 0 1280x1024x24' sh -c \"" + inner + "\""});
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    CHECK(r.exit_status == 0); // the window went on and closed on its own
    CHECK_THAT(r.err, Catch::Contains("figure not saved") && Catch::Contains("/proc/self/no-figures-here"));
    // The notice is on screen, in red, at the foot of the window.
    const dv::Image img = dv::read_png(shot).image;
    long red = 0;
    for (int y = img.height - 120; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) {
            const std::uint8_t* p = img.pixel(x, y);
            red += p[0] > 100 && p[1] < 40 && p[2] < 40;
        }
    CHECK(red > 2000);
}

TEST_CASE("The window shows a colour key of the levels under the map caption", "[gui][teaching]") {
    ScratchDir dir;
    const std::string shot = (dir / "key.png").string();
    const auto r = run_process({"xvfb-run", "-a", "-s", "-screen 0 1600x1024x24", dermaview_binary(), "--map", "evidence",
                                "--frames", "20", "--size", "1280x800", "--screenshot", shot});
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.exit_status == 0);
    const dv::Image img = dv::read_png(shot).image;
    // Swatches are flat, unlit squares of the palette colours: count exact
    // matches of a few levels' colours in the top-right quarter.
    auto swatch_pixels = [&](const char* level) {
        glm::vec3 c = glm::pow(dv::level_color(dv::parse_level(level).value(), dv::Palette::Standard), glm::vec3(1.0f / 2.2f));
        long n = 0;
        for (int y = 0; y < img.height / 3; ++y)
            for (int x = img.width * 2 / 3; x < img.width; ++x) {
                const std::uint8_t* p = img.pixel(x, y);
                n += std::abs(p[0] - c.r * 255.0f) < 4.0f && std::abs(p[1] - c.g * 255.0f) < 4.0f &&
                     std::abs(p[2] - c.b * 255.0f) < 4.0f;
            }
        return n;
    };
    for (const char* level : {"C2", "T4", "T10", "L5", "S2"}) {
        INFO(level);
        CHECK(swatch_pixels(level) > 40);
    }
}
