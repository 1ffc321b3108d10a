#pragma once
// The colour-blind palette's patterns on legend swatches, drawn as
// shaders/body.frag draws them on the skin (patterned()): the same marks,
// darker over a light colour and lighter over a dark one, the same angles
// and the same periods for a frame of the same height. The figure's PNG
// (figure_paint), its SVG (figure_svg) and the window's legend
// (app/gui/legend_overlay.cpp) all take them from here.
#include "figure/font.h"
#include "render/dermatome_palette.h"

#include <string>
#include <vector>

namespace dv {

// Periods in pixels of a frame 1080 high, as in the shader.
inline constexpr float kStripePeriod1080p = 9.0f;
inline constexpr float kDotPeriod1080p = 7.0f;

// The colour of a pattern's marks over `fill` (sRGB, gamma 2.2 like the
// palette): 60 % darker in linear light over a light colour, 45 % of the way
// to white over a dark one.
Rgba pattern_mark(Rgba fill);

// How much of the pixel whose top-left corner is (x, y), in image pixels of
// a frame with y down, the pattern's marks cover (0..1, antialiased), for a
// frame `scale` times 1080 pixels high.
float pattern_cover(LevelPattern pattern, float x, float y, float scale);

// The SVG <pattern> definitions, in marks over a light fill ("-on-light":
// dark marks) and over a dark one ("-on-dark"), and the ids of those to
// lay over a swatch, one over the other (none for a solid swatch, two for
// crosshatch).
std::string svg_pattern_defs(float scale);
std::vector<std::string> svg_pattern_ids(LevelPattern pattern, Rgba fill);

} // namespace dv
