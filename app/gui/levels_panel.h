#pragma once
// The levels list of the teaching view: levels by group with checkboxes and
// solo, which side, how they light up, arrow keys to step, and a sweep that
// plays through the map's levels.
#include "gui/levels_state.h"

namespace dv::app {

// Draws the section of the panel; `map` gives the levels on offer.
void draw_levels_panel(Scene& scene, LevelSweep& sweep, const DermatomeMap& map);

} // namespace dv::app
