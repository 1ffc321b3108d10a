#include "gui/selection.h"

#include <algorithm>

namespace dv::app {

bool toggle_level(Scene& scene, Level level) {
    if (!is_spinal(level))
        return false;
    auto& lit = scene.levels;
    if (const auto it = std::find(lit.begin(), lit.end(), level); it != lit.end())
        lit.erase(it);
    else
        lit.insert(std::upper_bound(lit.begin(), lit.end(), level), level);
    return true;
}

bool select_range(Scene& scene, const DermatomeMap& map, Level from, Level to) {
    const auto a = std::find(map.levels.begin(), map.levels.end(), from);
    const auto b = std::find(map.levels.begin(), map.levels.end(), to);
    if (a == map.levels.end() || b == map.levels.end())
        return false;
    scene.levels.assign(std::min(a, b), std::max(a, b) + 1);
    return true;
}

void ClickSelection::clicked(const LevelClick& click, float wait) {
    pending_ = click;
    wait_ = total_ = wait;
}

bool ClickSelection::apply(Scene& scene, const DermatomeMap& map, const LevelClick& click) {
    if (!is_spinal(click.level))
        return false; // blank skin: no root to light, and the anchor stays
    const std::vector<Level> before = scene.levels;
    if (click.shift && is_spinal(anchor_))
        select_range(scene, map, anchor_, click.level); // the anchor stays, as in a file list
    else if (click.ctrl)
        scene.levels = {click.level};
    else
        toggle_level(scene, click.level);
    if (!click.shift || !is_spinal(anchor_))
        anchor_ = click.level;
    return scene.levels != before;
}

bool ClickSelection::advance(Scene& scene, const DermatomeMap& map, float dt) {
    if (!pending_)
        return false;
    wait_ -= dt;
    if (wait_ > 0.0f)
        return false;
    const LevelClick click = *pending_;
    pending_.reset();
    return apply(scene, map, click);
}

} // namespace dv::app
