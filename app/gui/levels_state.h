#pragma once
// What the levels list of the teaching view does to the window's scene:
// lighting one level, stepping with the arrow keys, and the sweep that plays
// through the map's levels. The scene owns the levels; only the sweep's own
// clock lives here. No ImGui here, so tests can drive it.
#include "atlas/dermatome_map.h"
#include "scene/scene.h"

namespace dv::app {

// Lights `level` alone. Blank skin ("not shown", "no consistent root") is no
// root: nothing changes and false is returned.
bool solo_level(Scene& scene, Level level);
// Up/Down: the next or previous level of the map, alone; from the full chart
// Down starts at the first level and Up at the last.
void step_level(Scene& scene, const DermatomeMap& map, int direction);
// The level Up/Down stands on: the one lit level; none while more or none are lit.
inline Level current_level(const Scene& scene) { return scene.levels.size() == 1 ? scene.levels.front() : kNotShown; }

struct LevelSweep {
    bool running = false;
    bool paused = false; // Space holds the sweep on its level and lets it go on
    float seconds_per_level = 0.8f;
    float clock = 0.0f;

    // Starts (from the map's first level) or stops the sweep; both leave the full chart.
    void toggle(Scene& scene);
    // Advances the sweep by dt; true when the lit level changed. After the
    // map's last level it stops on the full chart.
    bool advance(Scene& scene, const DermatomeMap& map, float dt);
};

} // namespace dv::app
