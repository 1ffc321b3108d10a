#pragma once
// Colours of the levels (docs/palette.md). The standard palette gives each
// spinal region a hue family (cervical greens, thoracic teals to violets,
// lumbar terracotta to olive, sacral and coccygeal violets, pinks and
// maroons) and alternates lightness from one level to the next; the
// colour-blind palette uses the Okabe-Ito colours in five shades, each shade
// with its own pattern. Both are chosen so that levels meeting on either
// shipped map stay far apart in CIEDE2000 (tests/test_palette.cpp measures
// it on the baked maps).
#include "atlas/levels.h"
#include "render/color_difference.h"

#include <glm/vec3.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dv {

enum class Palette;

// A level's texture in the colour-blind palette, on top of its colour: two
// levels of one colour never share a pattern. The standard palette is solid.
enum class LevelPattern : std::uint8_t { Solid, StripesRising, StripesFalling, Dots, Crosshatch };
std::string_view pattern_name(LevelPattern pattern); // "solid", "stripes /", ...

// Linear RGB, indexed by DenseWeights::slot(level): 31 levels, then
// "no consistent root" and "not shown"; what the shader's u_palette holds.
const std::vector<glm::vec3>& dermatome_palette(Palette palette);
glm::vec3 level_color(Level level, Palette palette); // linear RGB
// The same colour as shown on screen: "#RRGGBB" sRGB, and in CIELAB.
std::string level_hex(Level level, Palette palette);
Lab level_lab(Level level, Palette palette);
LevelPattern level_pattern(Level level, Palette palette);

} // namespace dv
