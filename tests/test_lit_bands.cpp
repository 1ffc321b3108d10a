// A thoracic level lit alone, as a lecturer lights it, must read as one band:
// rendered from the front and from the back, the skin that changes colour is
// a single connected piece, on both maps. This is the render-side check of
// "no level breaks into islands" (docs/map-format.md, "How a map is baked");
// tests/test_map_anatomy.cpp checks the same on the mesh.
#include "atlas/levels.h"
#include "figure/figure.h"
#include "model/map_slots.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <vector>

using namespace dv::test;

namespace {

constexpr int kW = 500, kH = 900;

dv::Image render(const std::string& map, std::vector<dv::Level> levels, dv::StandardView view, dv::DisplayMode display) {
    headless_context();
    static dv::Renderer renderer(test_data_dir() / "shaders");
    dv::MapSlots slots;
    slots.show(shipped_map(map), false);
    dv::Scene scene;
    scene.map = map;
    scene.levels = std::move(levels);
    scene.display = display;
    scene.view = view;
    scene.width = kW;
    scene.height = kH;
    scene.transparent = true;
    scene.camera = scene.resolved_camera(default_body().bounds());
    slots.sync(renderer, default_model(), scene.subdivision);
    return dv::render_figure(renderer, scene, dv::FigureInputs{default_model(), &slots}, nullptr).image;
}

// Whether the body covers every pixel within three of (x, y). At the outline
// the skin is seen edge-on and a pixel mixes skin and backdrop, so a band
// running round the flank reaches it as a few scattered pixels that say
// nothing about the band itself.
bool inside_outline(const dv::Image& image, int x, int y) {
    for (int dy = -3; dy <= 3; ++dy)
        for (int dx = -3; dx <= 3; ++dx) {
            const int nx = x + dx, ny = y + dy;
            if (nx < 0 || ny < 0 || nx >= kW || ny >= kH || image.pixel(nx, ny)[3] != 255)
                return false;
        }
    return true;
}

// Pieces of the pixels that differ from plain skin, joined across edges and
// corners, away from the outline.
int lit_pieces(const dv::Image& lit, const dv::Image& plain, int* lit_pixels) {
    std::vector<int> label(std::size_t(kW) * kH, 0);
    auto is_lit = [&](int x, int y) {
        const std::uint8_t* a = lit.pixel(x, y);
        const std::uint8_t* b = plain.pixel(x, y);
        if (!inside_outline(plain, x, y))
            return false;
        return std::abs(a[0] - b[0]) + std::abs(a[1] - b[1]) + std::abs(a[2] - b[2]) > 60;
    };
    int pieces = 0;
    *lit_pixels = 0;
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x) {
            if (label[std::size_t(y) * kW + std::size_t(x)] || !is_lit(x, y))
                continue;
            ++pieces;
            std::vector<std::pair<int, int>> stack{{x, y}};
            label[std::size_t(y) * kW + std::size_t(x)] = pieces;
            while (!stack.empty()) {
                const auto [px, py] = stack.back();
                stack.pop_back();
                ++*lit_pixels;
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx) {
                        const int nx = px + dx, ny = py + dy;
                        if (nx < 0 || ny < 0 || nx >= kW || ny >= kH)
                            continue;
                        int& l = label[std::size_t(ny) * kW + std::size_t(nx)];
                        if (!l && is_lit(nx, ny)) {
                            l = pieces;
                            stack.push_back({nx, ny});
                        }
                    }
            }
        }
    return pieces;
}

} // namespace

TEST_CASE("Lit alone, each of T3-T12 shows as one connected band from the front and from the back, on both maps",
          "[render][maps][anatomy]") {
    // T1 and T2 are left out: they run onto the inner arm, which the trunk's
    // outline can cut off from the chest in a straight front or back view.
    for (const dv::StandardView view : {dv::StandardView::Anterior, dv::StandardView::Posterior}) {
        const dv::Image plain = render("classical", {}, view, dv::DisplayMode::Skin);
        for (const std::string map : {"classical", "evidence"})
            for (int t = 3; t <= 12; ++t) {
                const dv::Level level = *dv::parse_level("T" + std::to_string(t));
                int pixels = 0;
                const int pieces = lit_pieces(render(map, {level}, view, dv::DisplayMode::Dermatomes), plain, &pixels);
                INFO(map << " T" << t << (view == dv::StandardView::Anterior ? " from the front" : " from the back")
                         << ": " << pixels << " lit pixels");
                CHECK(pixels > 500); // the band is there, not a sliver
                CHECK(pieces == 1);
            }
    }
}
