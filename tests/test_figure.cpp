// Figures drawn in the test process: lettering that lands where the layout
// says, numbered files that never replace each other, antialiasing spent only
// where the body is (tiles against whole frames: test_render_tiles.cpp).
#include "atlas/bake.h"
#include "atlas/dermatome_map.h"
#include "export/png_file.h"
#include "figure/figure.h"
#include "support/image_checks.h"
#include "support/render_fixture.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <thread>

using namespace dv::test;

namespace {

// A renderer with the evidence-based map, whose hatched blank zones are drawn
// in window pixels: the hardest case for tiles to match.
dv::MapSlots& evidence_slots() {
    static dv::MapSlots slots;
    return slots;
}
dv::Renderer& evidence_renderer() {
    headless_context();
    static dv::Renderer renderer(test_data_dir() / "shaders");
    static const bool ready = [] {
        evidence_slots().show(shipped_map("evidence"), false);
        evidence_slots().sync(renderer, default_model(), 1);
        return true;
    }();
    (void)ready;
    return renderer;
}

// Pixels whose colour differs by more than `threshold` in any channel, alpha included.
long differing(const dv::Image& a, const dv::Image& b, int threshold) {
    long n = 0;
    for (std::size_t i = 0; i < a.rgba.size(); i += 4)
        for (std::size_t k = 0; k < 4; ++k)
            if (std::abs(int(a.rgba[i + k]) - int(b.rgba[i + k])) > threshold) {
                ++n;
                break;
            }
    return n;
}

} // namespace

TEST_CASE("The legend letters the map's title and citation onto the image", "[figure]") {
    const dv::FigureFonts fonts = dv::load_figure_fonts();
    dv::LegendContent legend;
    legend.title = "Classical dermatome map";
    legend.byline = "Keegan & Garrett, 1948";
    legend.entries = {{"T4", {100, 180, 220, 255}, false}, {"no consistent root", {150, 150, 150, 255}, true}};
    legend.citations = {"Keegan JJ, Garrett FD. The segmental distribution of the cutaneous nerves in the limbs of "
                        "man. Anat Rec 1948;102:409–437."};
    const dv::FigureLayout layout = dv::layout_figure(1280, 720, fonts, legend, {}, {});
    dv::Image image(1280, 720); // transparent
    dv::paint_layout(image, layout, fonts);
    // The card is opaque white-ish with dark text in it; outside it nothing.
    long dark = 0, light = 0;
    for (int y = 0; y < 360; ++y)
        for (int x = 0; x < 420; ++x) {
            const std::uint8_t* p = image.pixel(x, y);
            dark += p[3] > 200 && luminance(p) < 90;
            light += p[3] > 200 && luminance(p) > 230;
        }
    CHECK(dark > 1500);
    CHECK(light > 20000);
    CHECK(image.pixel(1279, 719)[3] == 0);
    CHECK(image.pixel(640, 600)[3] == 0);

    // The SVG holds the same words as text, editable.
    const std::string svg = dv::layout_to_svg(layout, "figure.png");
    CHECK_THAT(svg, Catch::Contains(">Classical dermatome map</text>"));
    CHECK_THAT(svg, Catch::Contains(">Keegan &amp; Garrett, 1948</text>"));
    CHECK_THAT(svg, Catch::Contains("href=\"figure.png\""));
    CHECK_THAT(svg, Catch::Contains("url(#no-consistent-root)"));
}

TEST_CASE("An R or L marker that would sit on the legend card goes below it", "[figure]") {
    const dv::FigureFonts fonts = dv::load_figure_fonts();
    dv::LegendContent legend;
    legend.title = "Classical dermatome map";
    legend.entries = {{"T4", {100, 180, 220, 255}, false}};
    // A marker in the card's top left corner, where a full chart's "R" fell in a narrow figure.
    const dv::FigureLayout layout = dv::layout_figure(1280, 720, fonts, legend, {}, {{{60.0f, 60.0f}, "R", "right"}});
    REQUIRE(layout.shapes.front().kind == dv::FigureShape::Kind::Rect);
    const dv::FigureRect card = layout.shapes.front().rect;
    bool found = false;
    for (const dv::FigureShape& shape : layout.shapes)
        if (shape.kind == dv::FigureShape::Kind::Text && shape.text.text == "R") {
            found = true;
            CHECK(shape.text.baseline - shape.text.px > card.y1); // the letter's top below the card's foot
        }
    CHECK(found);
}

TEST_CASE("Lettering grows with the image so a 4K legend reads like a 1080p one", "[figure]") {
    CHECK(dv::figure_text_scale(1920, 1080) == Approx(1.0f));
    CHECK(dv::figure_text_scale(3840, 2160) == Approx(2.0f));
    CHECK(dv::figure_text_scale(640, 360) > 0.3f);
}

TEST_CASE("Numbered saves take the next free number and never replace a file", "[figure][export]") {
    ScratchDir dir;
    const dv::Image img(32, 16);
    std::ofstream(dir / "dermaview-0001.png") << "an earlier figure";
    std::ofstream(dir / "dermaview-0007.png") << "another";
    CHECK(dv::write_png_numbered(dir.path(), "dermaview", img) == dir / "dermaview-0008.png");
    CHECK(dv::write_png_numbered(dir.path(), "dermaview", img) == dir / "dermaview-0009.png");
    std::ifstream kept(dir / "dermaview-0001.png");
    std::string text;
    std::getline(kept, text);
    CHECK(text == "an earlier figure");

    // Two writers at once: every figure gets its own name.
    std::vector<std::filesystem::path> a, b;
    std::thread ta([&] { for (int i = 0; i < 10; ++i) a.push_back(dv::write_png_numbered(dir.path(), "race", img)); });
    std::thread tb([&] { for (int i = 0; i < 10; ++i) b.push_back(dv::write_png_numbered(dir.path(), "race", img)); });
    ta.join();
    tb.join();
    std::set<std::filesystem::path> all(a.begin(), a.end());
    all.insert(b.begin(), b.end());
    CHECK(all.size() == 20);
    for (const auto& p : all)
        CHECK(dv::read_png(p).image.width == 32);
    // No temporary files left behind.
    for (const auto& e : std::filesystem::directory_iterator(dir.path()))
        CHECK(e.path().filename().string().rfind(".", 0) != 0);
}

TEST_CASE("A figure antialiases only where the body is and still equals a frame drawn whole", "[render][figure]") {
    dv::Renderer& r = evidence_renderer();
    for (bool transparent : {false, true}) {
        dv::Scene scene;
        scene.map = "evidence";
        scene.width = 700;
        scene.height = 400;
        scene.transparent = transparent;
        scene.camera = scene.resolved_camera(default_body().bounds());
        const dv::FigureInputs in{default_model(), &evidence_slots()};
        const dv::Image figure = dv::render_figure(r, scene, in, nullptr).image;
        const dv::Image whole = r.render_image(*scene.camera, 700, 400, scene.render_settings());
        INFO("transparent " << transparent);
        CHECK(differing(whole, figure, 0) < 700 * 400 / 2000);
        CHECK(differing(whole, figure, 24) == 0);
    }
}

TEST_CASE("Side markers name the body's own sides, also when the body is turned around", "[figure]") {
    constexpr int w = 800, h = 600;
    // x of the letter's centre by letter.
    const auto letters = [&](const dv::SurfaceMesh& skin) {
        const dv::Bounds box = skin.bounds();
        const dv::Camera cam = dv::frame_view(dv::StandardView::Anterior, box, float(w) / float(h));
        std::map<std::string, float> x;
        for (const dv::SideMarker& m :
             dv::side_markers_for(cam, w, h, box, dv::fit_sagittal_plane(skin, default_landmarks())))
            x[m.letter] = m.at.x;
        return x;
    };
    // Facing the camera: the body's right is on the image's left.
    auto x = letters(default_body().skin);
    REQUIRE(x.size() == 2);
    CHECK(x["R"] < x["L"]);
    // Turned half-way round about the vertical axis (the camera now sees its
    // back): its right is on the image's right.
    dv::SurfaceMesh turned = default_body().skin;
    for (glm::vec3& p : turned.positions) p = glm::vec3(-p.x, p.y, -p.z);
    x = letters(turned);
    REQUIRE(x.size() == 2);
    CHECK(x["R"] > x["L"]);
}

TEST_CASE("In a close-up of the left hand only L is lettered: the body's right is out of the picture", "[figure]") {
    constexpr int w = 1600, h = 1000;
    const dv::Bounds box = default_body().bounds();
    const dv::SagittalPlane plane = dv::fit_sagittal_plane(default_body().skin, default_landmarks());
    dv::Camera hand = dv::frame_view(dv::StandardView::Anterior, box, float(w) / float(h));
    hand.target = {0.47f, 0.95f, 0.22f}; // the shipped lecture's hand step
    hand.distance = 0.7f;
    const std::vector<dv::SideMarker> close = dv::side_markers_for(hand, w, h, box, plane);
    REQUIRE(close.size() == 1);
    CHECK(close.front().letter == "L");
    // Whole, both stand in the picture.
    CHECK(dv::side_markers_for(dv::frame_view(dv::StandardView::Anterior, box, float(w) / float(h)), w, h, box, plane)
              .size() == 2);
    // A narrow half of side by side, the outstretched hands at its edges:
    // the flanks' points fall beyond the picture, the chest does not, so
    // both letters come in to the edges.
    constexpr int half_w = 428, half_h = 701;
    CHECK(dv::side_markers_for(dv::frame_view(dv::StandardView::Anterior, box, float(half_w) / float(half_h)), half_w,
                               half_h, box, plane)
              .size() == 2);
}
