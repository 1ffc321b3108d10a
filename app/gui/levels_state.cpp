#include "gui/levels_state.h"

#include <algorithm>

namespace dv::app {

bool solo_level(Scene& scene, Level level) {
    if (!is_spinal(level))
        return false;
    scene.levels = {level};
    return true;
}

void step_level(Scene& scene, const DermatomeMap& map, int direction) {
    if (map.levels.empty())
        return;
    const auto& levels = map.levels;
    auto it = scene.levels.empty() ? levels.end() : std::find(levels.begin(), levels.end(), scene.levels.front());
    std::ptrdiff_t i = it == levels.end() ? (direction > 0 ? -1 : std::ptrdiff_t(levels.size())) : it - levels.begin();
    i = std::clamp<std::ptrdiff_t>(i + direction, 0, std::ptrdiff_t(levels.size()) - 1);
    solo_level(scene, levels[std::size_t(i)]);
}

void LevelSweep::toggle(Scene& scene) {
    running = !running;
    paused = false;
    scene.levels.clear();
    clock = 0.0f;
}

bool LevelSweep::advance(Scene& scene, const DermatomeMap& map, float dt) {
    if (!running || paused || map.levels.empty())
        return false;
    clock += dt;
    if (clock < seconds_per_level && !scene.levels.empty())
        return false;
    clock = 0.0f;
    if (!scene.levels.empty() && scene.levels.front() == map.levels.back()) {
        // C2 to the map's last level, once; then the whole chart again, not
        // Co1's small patch on an otherwise blank body.
        running = false;
        scene.levels.clear();
        return true;
    }
    step_level(scene, map, +1);
    return true;
}

} // namespace dv::app
