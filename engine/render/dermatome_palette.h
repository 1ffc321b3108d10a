#pragma once
// Colours of the levels. Neighbouring segments must be easy to tell apart on
// the body, so hues step by the golden angle from one level to the next and
// lightness alternates; the blank kinds are neutral.
#include "atlas/levels.h"

#include <glm/vec3.hpp>

#include <vector>

namespace dv {

enum class Palette;

// Linear RGB, indexed by DenseWeights::slot(level): 31 levels, then
// "no consistent root" and "not shown". The colour-blind-safe palette
// cycles the Okabe-Ito colours, which stay apart under the common colour
// vision deficiencies, and alternates their lightness by level.
const std::vector<glm::vec3>& dermatome_palette(Palette palette);
glm::vec3 level_color(Level level, Palette palette); // linear RGB

} // namespace dv
