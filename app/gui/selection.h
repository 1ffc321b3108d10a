#pragma once
// Clicking levels as a lecturer expects (docs/window.md, "Selecting levels"):
// a click adds the level under the cursor or takes it away, Ctrl-click
// lights it alone, Shift-click lights the run of the map's levels from the
// last level clicked to this one. A click on the body waits out the
// double-click time before it acts, so the first click of a double click
// (which centres the view) never changes the selection. No ImGui here, so
// tests can drive it.
#include "atlas/dermatome_map.h"
#include "scene/scene.h"

#include <algorithm>
#include <optional>

namespace dv::app {

// Adds `level` to the lit levels (kept in the map's order) or takes it away.
// Blank skin is no root: nothing changes and false is returned.
bool toggle_level(Scene& scene, Level level);
// Lights the map's levels from `from` to `to` (either order), and only them.
bool select_range(Scene& scene, const DermatomeMap& map, Level from, Level to);

struct LevelClick {
    Level level = kNotShown;
    bool ctrl = false, shift = false;
};

class ClickSelection {
public:
    // A click on a level (kNotShown: blank skin); it acts once `wait`
    // seconds have passed without a second press (see cancel).
    void clicked(const LevelClick& click, float wait);
    // A click that acts at once: the colour key has no double click.
    bool apply(Scene& scene, const DermatomeMap& map, const LevelClick& click);
    // The second press of a double click: the first click does nothing.
    void cancel() { pending_.reset(); }
    // Counts the wait down by dt; true when a click acted and the lit levels changed.
    bool advance(Scene& scene, const DermatomeMap& map, float dt);
    bool pending() const { return pending_.has_value(); }
    // The click waiting out the double-click time, if any, and how much of
    // that time has passed (0 to 1): the window shows a ring where it was
    // made meanwhile, so the wait does not feel like a lost click.
    const std::optional<LevelClick>& waiting() const { return pending_; }
    float waited() const { return total_ > 0.0f ? std::clamp(1.0f - wait_ / total_, 0.0f, 1.0f) : 1.0f; }
    // The level the next Shift-click runs from; kNotShown before any click.
    Level anchor() const { return anchor_; }

private:
    std::optional<LevelClick> pending_;
    float wait_ = 0.0f, total_ = 0.0f;
    Level anchor_ = kNotShown;
};

} // namespace dv::app
