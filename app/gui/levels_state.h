#pragma once
// What the levels list of the teaching view has chosen: levels, side, how
// they light up, stepping and the sweep. No ImGui here, so tests can drive it.
#include "atlas/dermatome_map.h"
#include "render/renderer.h"
#include "scene/scene.h"

#include <vector>

namespace dv::app {

using SideChoice = LevelSides; // the scene's, so the panel and a saved figure agree

struct LevelsState {
    std::vector<Level> selected; // in level order
    SideChoice side = SideChoice::Both;
    Emphasis emphasis = Emphasis::Dim;
    Palette palette = Palette::Standard;
    bool band_borders = true;
    bool overlap_hatching = false;
    bool sweeping = false;
    float sweep_seconds_per_level = 0.8f;
    float sweep_clock = 0.0f;

    // The scene's levels and how they are drawn, and back: one place for
    // what a window start, a saved figure and the panel share.
    static LevelsState from_scene(const Scene& scene);
    void copy_to(Scene& scene) const;

    LevelSelection selection() const;
    void solo(Level level);
    // Up/Down: the next or previous level of the map, alone.
    void step(const DermatomeMap& map, int direction);
    // Starts (from the map's first level) or stops the sweep.
    void toggle_sweep();
    // Advances the sweep by dt; true when the selection changed.
    bool advance_sweep(const DermatomeMap& map, float dt);
};

} // namespace dv::app
