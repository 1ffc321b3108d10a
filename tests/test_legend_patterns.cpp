// The legends say what the body shows: an entry for skin the map leaves
// out, and in the colour-blind palette each swatch with its level's pattern,
// drawn like the shader draws it (figure/legend_pattern.h), in the PNG and
// in the SVG. The window's legend is built from the same legend_for().
#include "figure/figure.h"
#include "figure/legend_pattern.h"
#include "support/image_checks.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace dv::test;

namespace {

dv::MapSlots slots_showing(const std::string& id) {
    dv::MapSlots s;
    s.show(shipped_map(id), false);
    return s;
}

const dv::LegendEntry* entry(const dv::LegendContent& legend, std::string_view text) {
    for (const dv::LegendEntry& e : legend.entries)
        if (e.text == text)
            return &e;
    return nullptr;
}

// Brightness along each diagonal of a swatch's inner part: stripes change
// little along their own direction.
struct Texture {
    double rising = 0.0, falling = 0.0, spread = 0.0;
};
Texture texture(const dv::Image& img, int x0, int y0, int x1, int y1) {
    Texture t;
    double lo = 255.0, hi = 0.0;
    int n = 0;
    for (int y = y0 + 1; y < y1 - 1; ++y)
        for (int x = x0; x < x1 - 1; ++x) {
            const double here = luminance(img.pixel(x, y));
            t.rising += std::abs(luminance(img.pixel(x + 1, y - 1)) - here);
            t.falling += std::abs(luminance(img.pixel(x + 1, y + 1)) - here);
            lo = std::min(lo, here);
            hi = std::max(hi, here);
            ++n;
        }
    t.rising /= n;
    t.falling /= n;
    t.spread = hi - lo;
    return t;
}

} // namespace

TEST_CASE("Both legends list the skin a map does not show, and the hatched blank skin", "[figure]") {
    for (const char* id : {"classical", "evidence"}) {
        INFO(id);
        const dv::MapSlots slots = slots_showing(id);
        dv::Scene scene;
        const dv::LegendContent full = dv::legend_for(scene, dv::FigureInputs{default_model(), &slots});
        // Both maps leave the face to the trigeminal nerve; Lee's map also the perineum.
        const dv::LegendEntry* not_shown = entry(full, dv::kNotShownLegend);
        REQUIRE(not_shown);
        // In the colour the body shows there (the palette's "#RRGGBB").
        const unsigned hex = unsigned(std::stoul(dv::level_hex(dv::kNotShown, scene.palette).substr(1), nullptr, 16));
        CHECK(std::abs(int(not_shown->swatch.r) - int(hex >> 16)) <= 1);
        CHECK(std::abs(int(not_shown->swatch.g) - int((hex >> 8) & 0xFF)) <= 1);
        CHECK(std::abs(int(not_shown->swatch.b) - int(hex & 0xFF)) <= 1);
        CHECK(!not_shown->hatched);
        // Lee's map leaves skin to "no consistent root"; the classical map tiles all skin.
        CHECK((entry(full, "no consistent root") != nullptr) == (std::string(id) == "evidence"));

        // Lit levels on plain skin: neither blank kind is drawn, so neither is listed.
        scene.levels = {18};
        const dv::LegendContent lit = dv::legend_for(scene, dv::FigureInputs{default_model(), &slots});
        CHECK(!entry(lit, dv::kNotShownLegend));
        CHECK(!entry(lit, "no consistent root"));
    }
}

TEST_CASE("Colour-blind legend swatches carry their level's pattern, in the PNG and the SVG", "[figure]") {
    const dv::MapSlots slots = slots_showing("classical");
    dv::Scene scene;
    scene.palette = dv::Palette::ColorBlindSafe;
    const dv::LegendContent legend = dv::legend_for(scene, dv::FigureInputs{default_model(), &slots});
    for (const dv::LegendEntry& e : legend.entries)
        if (auto level = dv::parse_level(e.text); level && dv::is_spinal(*level))
            CHECK(e.pattern == dv::level_pattern(*level, dv::Palette::ColorBlindSafe));

    // One swatch of each pattern, painted at 1080p, where the shader's
    // periods hold as they are.
    const dv::FigureFonts fonts = dv::load_figure_fonts();
    dv::LegendContent card;
    card.title = "Patterns";
    const dv::Rgba light{230, 200, 120, 255}, dark{40, 70, 110, 255};
    for (dv::LevelPattern p : {dv::LevelPattern::Solid, dv::LevelPattern::StripesRising, dv::LevelPattern::StripesFalling,
                               dv::LevelPattern::Dots, dv::LevelPattern::Crosshatch})
        for (dv::Rgba fill : {light, dark})
            card.entries.push_back({std::string(dv::pattern_name(p)) + (fill.r == light.r ? " on light" : " on dark"), fill, false, p});
    const dv::FigureLayout layout = dv::layout_figure(1920, 1080, fonts, card, {}, {});
    dv::Image image(1920, 1080);
    dv::paint_layout(image, layout, fonts);
    int swatches = 0;
    for (const dv::FigureShape& s : layout.shapes) {
        if (s.kind != dv::FigureShape::Kind::Rect || s.rect.x1 - s.rect.x0 > 100.0f)
            continue; // the card
        const dv::FigureRect& r = s.rect;
        const Texture t = texture(image, int(r.x0) + 3, int(r.y0) + 3, int(r.x1) - 3, int(r.y1) - 3);
        INFO(dv::pattern_name(r.pattern) << ": along / " << t.rising << ", along \\ " << t.falling << ", spread " << t.spread);
        ++swatches;
        switch (r.pattern) {
        case dv::LevelPattern::Solid: CHECK(t.spread < 3.0); break;
        case dv::LevelPattern::StripesRising: CHECK(t.falling > 2.0 * t.rising); break;
        case dv::LevelPattern::StripesFalling: CHECK(t.rising > 2.0 * t.falling); break;
        case dv::LevelPattern::Dots:
        case dv::LevelPattern::Crosshatch: CHECK(std::min(t.rising, t.falling) > 3.0); break;
        }
        // Marks darker than a light fill, lighter than a dark one.
        if (r.pattern != dv::LevelPattern::Solid) {
            const dv::Rgba mark = dv::pattern_mark(r.fill);
            const double fill_l = 0.2126 * r.fill.r + 0.7152 * r.fill.g + 0.0722 * r.fill.b;
            const double mark_l = 0.2126 * mark.r + 0.7152 * mark.g + 0.0722 * mark.b;
            CHECK((r.fill.r == light.r ? mark_l < 0.8 * fill_l : mark_l > 1.3 * fill_l));
        }
    }
    CHECK(swatches == 10);

    // The SVG lays a pattern fill over each patterned swatch, as marks of
    // the right tone, and defines what it uses.
    const std::string svg = dv::layout_to_svg(layout, "");
    for (const char* id : {"stripes-rising-on-light", "stripes-falling-on-dark", "dots-on-light", "crosshatch-rising-on-dark",
                           "crosshatch-falling-on-dark"}) {
        INFO(id);
        CHECK_THAT(svg, Catch::Contains(std::string("url(#") + id + ")"));
        CHECK_THAT(svg, Catch::Contains(std::string("<pattern id=\"") + id + "\""));
    }
}
