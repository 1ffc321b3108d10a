#include "render/dermatome_palette.h"

#include "atlas/bake.h"
#include "render/renderer.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace dv {

namespace {

struct Swatch {
    std::uint32_t srgb; // 0xRRGGBB as shown on screen
    LevelPattern pattern = LevelPattern::Solid;
};
using Table = std::array<Swatch, DenseWeights::kSlots>;

// The blank kinds are the same in both palettes: a neutral grey for "no
// consistent root" (the shader hatches it) and a pale skin-like tone for
// skin the map does not show. No level comes near either (tests/test_palette.cpp).
constexpr Swatch kNoConsistentRoot{0x9E9E99};
constexpr Swatch kNotShown{0xC7BDB3};

// By region, lightness alternating level by level; chosen by a small search
// that maximised the smallest CIEDE2000 difference between levels that meet
// on either shipped map (docs/palette.md).
constexpr Table kStandard{{
    // cervical C1..C8: greens and olives
    {0x00A781}, {0x175D18}, {0x9EB157}, {0x7D734A}, {0x8EE6C3}, {0x005B4E}, {0xB9A64D}, {0x588536},
    // thoracic T1..T12: teals, blues and violets
    {0x00B1C4}, {0x2986D2}, {0xD5D1FF}, {0x324C95}, {0x1EBBFF}, {0x8F8CB7}, {0x04CEC8}, {0x005D72},
    {0x86A9FD}, {0x4D4C72}, {0x9AE2F3}, {0x048685},
    // lumbar L1..L5: terracotta, ochres and browns
    {0xDB7960}, {0x7B4203}, {0xB68A3C}, {0x666408}, {0xDFD8AB},
    // sacral S1..S5 and Co1: violets, pinks and maroons
    {0xA486DA}, {0x922A33}, {0xF9C9EC}, {0x7760AE}, {0xD96D9C}, {0x8C2A5D},
    kNoConsistentRoot, kNotShown,
}};

// Okabe & Ito (2008), "Color Universal Design": seven colours that stay apart
// for protanopes and deuteranopes, each in five shades (as published, 35 %
// lighter, 30 % darker, 15 % darker, 50 % darker), and the shade's pattern
// with it (solid, stripes /, stripes \, dots, crosshatch), so no two levels
// share colour and pattern. The dotted shade was 60 % lighter once: on
// skin those pastels read as bare skin, so it is now a darker shade that
// the dots tell apart from the solid one. Assigned by a small
// search so that levels that meet on either map never share the base colour
// and, where their shades come closer than CIEDE2000 20, differ in pattern
// (docs/palette.md). Vermillion's two lighter shades are left out: they pass
// for skin.
constexpr Table kColorBlindSafe{{
    {0x3C7EA3, LevelPattern::StripesFalling}, // C1: sky blue
    {0x663C54, LevelPattern::Crosshatch}, // C2: reddish purple
    {0xA8A02E, LevelPattern::StripesFalling}, // C3: yellow
    {0x59C0A4, LevelPattern::StripesRising}, // C4: bluish green
    {0x735000, LevelPattern::Crosshatch}, // C5: orange
    {0x8F5575, LevelPattern::StripesFalling}, // C6: reddish purple
    {0xF5ED84, LevelPattern::StripesRising}, // C7: yellow
    {0x954200, LevelPattern::StripesFalling}, // C8: vermillion
    {0x008662, LevelPattern::Dots}, // T1: bluish green
    {0x0072B2, LevelPattern::Solid}, // T2: blue
    {0xD55E00, LevelPattern::Solid}, // T3: vermillion
    {0xAD678E, LevelPattern::Dots}, // T4: reddish purple
    {0x59A3CD, LevelPattern::StripesRising}, // T5: blue
    {0xC48700, LevelPattern::Dots}, // T6: orange
    {0x004F3A, LevelPattern::Crosshatch}, // T7: bluish green
    {0xDEA8C6, LevelPattern::StripesRising}, // T8: reddish purple
    {0xF0E442, LevelPattern::Solid}, // T9: yellow
    {0x2B5A74, LevelPattern::Crosshatch}, // T10: sky blue
    {0xA16F00, LevelPattern::StripesFalling}, // T11: orange
    {0x006F50, LevelPattern::StripesFalling}, // T12: bluish green
    {0xCCC238, LevelPattern::Dots}, // L1: yellow
    {0xE69F00, LevelPattern::Solid}, // L2: orange
    {0x6A2F00, LevelPattern::Crosshatch}, // L3: vermillion
    {0x787221, LevelPattern::Crosshatch}, // L4: yellow
    {0xEFC159, LevelPattern::StripesRising}, // L5: orange
    {0xCC79A7, LevelPattern::Solid}, // S1: reddish purple
    {0x56B4E9, LevelPattern::Dots}, // S2: sky blue (as published)
    {0x00507D, LevelPattern::StripesFalling}, // S3: blue
    {0x009E73, LevelPattern::Solid}, // S4: bluish green
    {0x91CEF1, LevelPattern::StripesRising}, // S5: sky blue
    {0x003959, LevelPattern::Crosshatch}, // Co1: blue
    kNoConsistentRoot, kNotShown,
}};

const Table& table(Palette palette) { return palette == Palette::ColorBlindSafe ? kColorBlindSafe : kStandard; }

glm::dvec3 srgb_unit(std::uint32_t srgb) {
    return glm::dvec3((srgb >> 16) & 0xFF, (srgb >> 8) & 0xFF, srgb & 0xFF) / 255.0;
}

// Gamma 2.2, as every colour constant of the renderer and the legend's
// encoding (figure/figure.cpp) use it: the legend swatch then shows exactly
// the hex value that `maps --json` prints.
double gamma_decode(double c) { return std::pow(c, 2.2); }

std::vector<glm::vec3> linear_palette(const Table& t) {
    std::vector<glm::vec3> out;
    for (const Swatch& s : t) {
        const glm::dvec3 c = srgb_unit(s.srgb);
        out.emplace_back(float(gamma_decode(c.r)), float(gamma_decode(c.g)), float(gamma_decode(c.b)));
    }
    return out;
}

const Swatch& swatch(Level level, Palette palette) { return table(palette)[std::size_t(DenseWeights::slot(level))]; }

} // namespace

std::string_view pattern_name(LevelPattern pattern) {
    switch (pattern) {
    case LevelPattern::Solid: return "solid";
    case LevelPattern::StripesRising: return "stripes /";
    case LevelPattern::StripesFalling: return "stripes \\";
    case LevelPattern::Dots: return "dots";
    case LevelPattern::Crosshatch: return "crosshatch";
    }
    return "solid";
}

const std::vector<glm::vec3>& dermatome_palette(Palette palette) {
    static const std::vector<glm::vec3> standard = linear_palette(kStandard);
    static const std::vector<glm::vec3> safe = linear_palette(kColorBlindSafe);
    return palette == Palette::ColorBlindSafe ? safe : standard;
}

glm::vec3 level_color(Level level, Palette palette) {
    return dermatome_palette(palette)[std::size_t(DenseWeights::slot(level))];
}

std::string level_hex(Level level, Palette palette) {
    char text[8];
    std::snprintf(text, sizeof text, "#%06X", unsigned(swatch(level, palette).srgb));
    return text;
}

Lab level_lab(Level level, Palette palette) { return srgb_to_lab(srgb_unit(swatch(level, palette).srgb)); }

LevelPattern level_pattern(Level level, Palette palette) { return swatch(level, palette).pattern; }

} // namespace dv
