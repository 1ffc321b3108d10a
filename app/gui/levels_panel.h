#pragma once
// The levels list of the teaching view: levels by group with checkboxes and
// solo, which side, how they light up, arrow keys to step, and a sweep that
// plays through the map's levels.
#include "atlas/dermatome_map.h"
#include "render/renderer.h"
#include "scene/scene.h"

#include <span>
#include <vector>

namespace dv::app {

using SideChoice = LevelSides; // the scene's, so the panel and a saved figure agree

struct LevelsState {
    std::vector<Level> selected; // in level order
    SideChoice side = SideChoice::Both;
    Emphasis emphasis = Emphasis::Dim;
    Palette palette = Palette::Standard;
    bool band_borders = true;
    bool sweeping = false;
    float sweep_seconds_per_level = 0.8f;
    float sweep_clock = 0.0f;

    LevelSelection selection() const;
    void solo(Level level);
    // Up/Down: the next or previous level of the map, alone.
    void step(const DermatomeMap& map, int direction);
    // Advances the sweep by dt; true when the selection changed.
    bool advance_sweep(const DermatomeMap& map, float dt);
};

// Draws the section of the panel; `map` gives the levels on offer.
void draw_levels_panel(LevelsState& state, const DermatomeMap& map);

} // namespace dv::app
