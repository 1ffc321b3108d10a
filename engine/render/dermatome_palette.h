#pragma once
// Colours of the levels. Neighbouring segments must be easy to tell apart on
// the body, so hues step by the golden angle from one level to the next and
// lightness alternates; the blank kinds are neutral.
#include "atlas/levels.h"

#include <glm/vec3.hpp>

#include <vector>

namespace dv {

// Linear RGB, indexed by DenseWeights::slot(level): 31 levels, then
// "no consistent root" and "not shown".
const std::vector<glm::vec3>& dermatome_palette();
glm::vec3 level_color(Level level); // linear RGB

} // namespace dv
