#include "gui/levels_state.h"

#include <algorithm>

namespace dv::app {

LevelsState LevelsState::from_scene(const Scene& scene) {
    LevelsState s;
    s.selected = scene.levels;
    s.side = scene.side;
    s.emphasis = scene.emphasis;
    s.palette = scene.palette;
    s.band_borders = scene.band_borders;
    s.overlap_hatching = scene.overlap_hatching;
    return s;
}

void LevelsState::copy_to(Scene& scene) const {
    scene.levels = selected;
    scene.side = side;
    scene.emphasis = emphasis;
    scene.palette = palette;
    scene.band_borders = band_borders;
    scene.overlap_hatching = overlap_hatching;
}

LevelSelection LevelsState::selection() const {
    LevelSelection s;
    for (Level l : selected)
        s.select(l, side != SideChoice::Right, side != SideChoice::Left);
    return s;
}

void LevelsState::solo(Level level) { selected = {level}; }

void LevelsState::step(const DermatomeMap& map, int direction) {
    if (map.levels.empty())
        return;
    auto it = selected.empty() ? map.levels.end() : std::find(map.levels.begin(), map.levels.end(), selected.front());
    std::ptrdiff_t i = it == map.levels.end() ? (direction > 0 ? -1 : std::ptrdiff_t(map.levels.size()))
                                              : it - map.levels.begin();
    i = std::clamp<std::ptrdiff_t>(i + direction, 0, std::ptrdiff_t(map.levels.size()) - 1);
    solo(map.levels[std::size_t(i)]);
}

void LevelsState::toggle_sweep() {
    sweeping = !sweeping;
    selected.clear();
    sweep_clock = 0.0f;
}

bool LevelsState::advance_sweep(const DermatomeMap& map, float dt) {
    if (!sweeping || map.levels.empty())
        return false;
    sweep_clock += dt;
    if (sweep_clock < sweep_seconds_per_level && !selected.empty())
        return false;
    sweep_clock = 0.0f;
    const bool at_end = !selected.empty() && selected.front() == map.levels.back();
    if (at_end) {
        sweeping = false; // C2 to the map's last level, once
        return false;
    }
    step(map, +1);
    return true;
}

} // namespace dv::app
