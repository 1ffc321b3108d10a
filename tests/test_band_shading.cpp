// How the chart is shaded (docs/shading.md, "Flat bands, narrow overlaps"):
// band cores in flat colour, a visible step at each border, and the
// colour-blind palette's patterns drawn on the skin. Headless renders of
// the back, T3 to T9, checked where the baked weights say a band's core and
// a border are; every expectation compares pixels with pixels of the same
// render, not with colours copied from one.
#include "atlas/border_ramp.h"
#include "render/dermatome_palette.h"
#include "render/shader_interface.h"
#include "support/image_checks.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>
#include <glm/geometric.hpp>

#include <cmath>
#include <map>
#include <numbers>
#include <vector>

using namespace dv::test;

namespace {

constexpr int kW = 900, kH = 900;
constexpr dv::Level kT3 = 11, kT9 = 17;

dv::MapSlots& classical_slots() { return map_renderer("classical").slots; }
dv::Renderer& chart_renderer() { return map_renderer("classical").renderer; }

// The back between the scapulae and the waist, from behind, about half a
// millimetre a pixel.
const dv::Camera& back_camera() {
    static const dv::Camera cam = [] {
        const glm::vec3 t4 = default_landmarks().get("spinous_process_T4", dv::Side::Midline).position_on(default_body().skin);
        const glm::vec3 t10 = default_landmarks().get("spinous_process_T10", dv::Side::Midline).position_on(default_body().skin);
        dv::Camera c;
        c.target = 0.5f * (t4 + t10);
        c.yaw_deg = 180.0f;
        c.distance = 0.85f;
        return c;
    }();
    return cam;
}

dv::Image render_back(dv::Palette palette, bool borders = true) {
    dv::RenderSettings s;
    s.display = dv::DisplayMode::Dermatomes;
    s.palette = palette;
    s.band_borders = borders;
    return chart_renderer().render_image(back_camera(), kW, kH, s);
}

glm::vec2 project(glm::vec3 p) {
    const glm::vec4 clip = back_camera().projection(float(kW) / kH) * back_camera().view() * glm::vec4(p, 1.0f);
    return {(clip.x / clip.w * 0.5f + 0.5f) * kW, (0.5f - clip.y / clip.w * 0.5f) * kH};
}

bool inside(glm::vec2 px, int margin) {
    return px.x >= float(margin) && px.y >= float(margin) && px.x < float(kW - margin) && px.y < float(kH - margin);
}

const dv::SurfaceMesh& skin() { return default_model().display(dv::kDefaultSubdivision).skin.mesh(); }
const std::vector<dv::PointWeights>& weights() {
    return default_model().packed(*classical_slots().shown(), dv::kDefaultSubdivision).weights;
}

// Vertices of the back that face the camera, in the picture, with the given
// level strongest: a band's core where the weights say the border is at
// least `inside_m` away (atlas/border_ramp.h: the two strongest differ by
// d / R at distance d from their border).
std::map<dv::Level, std::vector<glm::vec2>> core_pixels(float inside_m) {
    const float least = inside_m / dv::kBorderRampM;
    const glm::vec3 toward_camera = glm::normalize(back_camera().eye() - back_camera().target);
    std::map<dv::Level, std::vector<glm::vec2>> out;
    for (std::size_t v = 0; v < skin().vertex_count(); ++v) {
        const dv::PointWeights& w = weights()[v];
        const float margin = w.entries[0].weight - (w.count > 1 ? w.entries[1].weight : 0.0f);
        if (w.count == 0 || w.entries[0].level < kT3 || w.entries[0].level > kT9 || margin < least)
            continue;
        if (glm::dot(skin().normals[v], toward_camera) < 0.8f)
            continue;
        const glm::vec2 px = project(skin().positions[v]);
        if (inside(px, 8))
            out[w.entries[0].level].push_back(px);
    }
    return out;
}

glm::dvec3 rgb(const dv::Image& img, glm::vec2 px) {
    const std::uint8_t* p = img.pixel(int(px.x), int(px.y));
    return {p[0], p[1], p[2]};
}

// Colour without the lighting's brightness: each channel's share.
glm::dvec3 chromaticity(glm::dvec3 c) { return c / std::max(c.r + c.g + c.b, 1.0); }

struct Spread {
    glm::dvec3 mean{0.0};
    double sd = 0.0; // root mean square distance from the mean
};

Spread chromaticity_spread(const dv::Image& img, const std::vector<glm::vec2>& pixels) {
    Spread s;
    for (glm::vec2 px : pixels)
        s.mean += chromaticity(rgb(img, px));
    s.mean /= double(pixels.size());
    for (glm::vec2 px : pixels) {
        const glm::dvec3 d = chromaticity(rgb(img, px)) - s.mean;
        s.sd += glm::dot(d, d);
    }
    s.sd = std::sqrt(s.sd / double(pixels.size()));
    return s;
}

} // namespace

TEST_CASE("A thoracic band's core is one flat colour, far from its neighbours' colours", "[render][shading]") {
    const dv::Image img = render_back(dv::Palette::Standard, false);
    // Cores: at least 6 mm from a border, beyond the 3 mm blend.
    const auto cores = core_pixels(0.006f);
    int compared = 0;
    for (dv::Level l = kT3; l < kT9; ++l) {
        if (!cores.count(l) || !cores.count(dv::Level(l + 1)) || cores.at(l).size() < 10 || cores.at(dv::Level(l + 1)).size() < 10)
            continue;
        INFO(dv::level_name(l) << " and " << dv::level_name(dv::Level(l + 1)));
        const Spread a = chromaticity_spread(img, cores.at(l));
        const Spread b = chromaticity_spread(img, cores.at(dv::Level(l + 1)));
        const double between = glm::length(a.mean - b.mean);
        // Within each core the colour varies by a small part of the step
        // to the next band: no gradient across the band, no smear.
        CHECK(a.sd < 0.15 * between);
        CHECK(b.sd < 0.15 * between);
        ++compared;
    }
    CHECK(compared >= 4);
}

TEST_CASE("The border between two thoracic bands is a visible step, drawn all along", "[render][shading]") {
    const dv::Image img = render_back(dv::Palette::Standard);
    // Where the two strongest levels weigh the same along a mesh edge whose
    // ends are strongest in different consecutive levels: the border as
    // the shader finds it.
    const std::vector<std::uint32_t>& tri = default_model().display(dv::kDefaultSubdivision).skin_triangles;
    const glm::vec3 toward_camera = glm::normalize(back_camera().eye() - back_camera().target);
    int borders = 0, darker = 0;
    for (std::size_t t = 0; t < tri.size(); t += 3)
        for (int k = 0; k < 3; ++k) {
            const std::uint32_t i = tri[t + std::size_t(k)], j = tri[t + std::size_t((k + 1) % 3)];
            const dv::PointWeights &wi = weights()[i], &wj = weights()[j];
            const dv::Level a = wi.entries[0].level, b = wj.entries[0].level;
            if (i > j || a < kT3 || a > kT9 || b != a + 1)
                continue;
            if (glm::dot(skin().normals[i], toward_camera) < 0.8f)
                continue;
            const float di = wi.weight_of(a) - wi.weight_of(b), dj = wj.weight_of(a) - wj.weight_of(b);
            const float s = di / (di - dj);
            const glm::vec2 pi = project(skin().positions[i]), pj = project(skin().positions[j]);
            const glm::vec2 at = pi + s * (pj - pi);
            const glm::vec2 across = glm::normalize(pj - pi);
            if (!inside(at, 16) || glm::length(pj - pi) < 12.0f)
                continue;
            // The darkest pixel within two pixels of the border, against the
            // bands 6 px to either side.
            double line = 1e9;
            for (int dy = -2; dy <= 2; ++dy)
                for (int dx = -2; dx <= 2; ++dx)
                    line = std::min(line, luminance(img.pixel(int(at.x) + dx, int(at.y) + dy)));
            const double side_a = luminance(img.pixel(int(at.x - 6.0f * across.x), int(at.y - 6.0f * across.y)));
            const double side_b = luminance(img.pixel(int(at.x + 6.0f * across.x), int(at.y + 6.0f * across.y)));
            ++borders;
            // A clear step down from the lighter band, and no lighter seam
            // over the darker one: between bands of one lightness that
            // takes the drawn line; between a light and a dark band the
            // step itself shows.
            const double lo = std::min(side_a, side_b), hi = std::max(side_a, side_b);
            darker += line < 0.75 * hi && line <= lo + 0.2 * (hi - lo);
        }
    INFO(darker << " of " << borders << " border crossings show a step");
    REQUIRE(borders > 20);
    // Nearly everywhere: a continuous line, not dashes.
    CHECK(double(darker) >= 0.9 * double(borders));
}

TEST_CASE("Colour-blind levels of one hue are told apart by the pattern drawn on them", "[render][shading]") {
    const dv::Image img = render_back(dv::Palette::ColorBlindSafe, false);
    const auto cores = core_pixels(0.006f);
    // How much the brightness changes one pixel along each diagonal, over a
    // band's core: stripes change little along their own direction.
    struct Texture {
        double rising = 0.0, falling = 0.0; // along "/" and along "\" in the image (y down)
    };
    auto texture = [&](const std::vector<glm::vec2>& pixels) {
        Texture t;
        for (glm::vec2 px : pixels) {
            const int x = int(px.x), y = int(px.y);
            const double here = luminance(img.pixel(x, y));
            t.rising += std::abs(luminance(img.pixel(x + 1, y - 1)) - here);
            t.falling += std::abs(luminance(img.pixel(x + 1, y + 1)) - here);
        }
        t.rising /= double(pixels.size());
        t.falling /= double(pixels.size());
        return t;
    };
    std::map<dv::Level, Texture> seen;
    for (const auto& [level, pixels] : cores)
        if (pixels.size() >= 10)
            seen[level] = texture(pixels);
    REQUIRE(seen.size() >= 5);
    // Each pattern as declared: a solid level is smooth, stripes run their
    // own way, dots and crosshatch change along both diagonals.
    double solid_most = 0.0;
    for (const auto& [level, t] : seen)
        if (dv::level_pattern(level, dv::Palette::ColorBlindSafe) == dv::LevelPattern::Solid)
            solid_most = std::max(solid_most, std::max(t.rising, t.falling));
    for (const auto& [level, t] : seen) {
        INFO(dv::level_name(level) << " " << dv::pattern_name(dv::level_pattern(level, dv::Palette::ColorBlindSafe))
                                   << ": change along / " << t.rising << ", along \\ " << t.falling);
        switch (dv::level_pattern(level, dv::Palette::ColorBlindSafe)) {
        case dv::LevelPattern::Solid: break;
        case dv::LevelPattern::StripesRising: CHECK(t.falling > 2.0 * t.rising); break;
        case dv::LevelPattern::StripesFalling: CHECK(t.rising > 2.0 * t.falling); break;
        case dv::LevelPattern::Dots:
        case dv::LevelPattern::Crosshatch:
            CHECK(std::min(t.rising, t.falling) > 2.0 * solid_most + 1.0);
            break;
        }
    }
    // Two levels of one hue with different patterns look different in the
    // picture, not only in the legend.
    int pairs = 0;
    for (const auto& [a, ta] : seen)
        for (const auto& [b, tb] : seen) {
            if (a >= b || dv::level_pattern(a, dv::Palette::ColorBlindSafe) == dv::level_pattern(b, dv::Palette::ColorBlindSafe))
                continue;
            const dv::Lab la = dv::level_lab(a, dv::Palette::ColorBlindSafe), lb = dv::level_lab(b, dv::Palette::ColorBlindSafe);
            const double hue_apart = std::abs(std::remainder(std::atan2(la.b, la.a) - std::atan2(lb.b, lb.a), 2.0 * std::numbers::pi));
            if (hue_apart > 0.25)
                continue;
            INFO(dv::level_name(a) << " and " << dv::level_name(b));
            const double texture_apart = std::abs(ta.rising - tb.rising) + std::abs(ta.falling - tb.falling);
            CHECK(texture_apart > 2.0 * solid_most + 1.0);
            ++pairs;
        }
    CHECK(pairs >= 1);
}
