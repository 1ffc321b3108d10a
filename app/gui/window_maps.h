#pragma once
// The maps of the window: which are on offer (with their titles), the map
// shown, kept in step with its file, and a second map for comparisons. The
// body model bakes them; the engine's MapSlots (model/map_slots.h) puts them
// in the renderer's two slots and runs the cross-fade. This adds what only a
// window has: choosing by the panel's ids, watching the file, and saying why
// a map or a comparison could not be shown.
#include "gui/map_watcher.h"
#include "model/body_model.h"
#include "model/map_slots.h"
#include "render/renderer.h"
#include "scene/scene.h"

#include <chrono>
#include <string>
#include <vector>

namespace dv::app {

struct MapChoice {
    std::string id;    // what Scene::map holds: the id of a map in assets/maps, or a file's path
    std::string title; // what the panel shows
};

class WindowMaps {
public:
    // Offers the maps in assets/maps and `first` (an id or a file, as
    // --map takes it) and loads `first`; throws dv::Error when it cannot.
    WindowMaps(const std::string& first, const BodyModel& model);

    const std::vector<MapChoice>& choices() const { return choices_; }
    std::string title_of(const std::string& id) const; // the id itself for a map not on offer
    const std::string& shown_id() const { return shown_id_; }

    // Brings the maps in line with the scene's map and comparison: loads a
    // newly chosen map, re-bakes an edited file, loads the map to compare
    // with (a failure turns the comparison off and says why), keeps the
    // renderer in step at the scene's subdivision and runs the cross-fade by
    // dt seconds. True when the body's pixels change.
    bool sync(Scene& scene, const BodyModel& model, Renderer& renderer, float dt);

    const PreparedMap* current() const { return watcher_.current(); }
    // The map compared with, once it is in its slot.
    const PreparedMap* compared() const { return slots_.compared().get(); }
    const MapSlots& slots() const { return slots_; } // for figures
    // Why the map chosen or its last edit is not on screen; empty when it is.
    const std::string& map_error() const { return open_error_.empty() ? watcher_.error() : open_error_; }
    const std::string& compare_error() const { return compare_error_; }
    bool fading() const { return slots_.fading(); }
    // Edits are looked for this often (scripted runs: every frame).
    void set_poll_interval(std::chrono::milliseconds every) { watcher_.poll_interval = every; }

private:
    void load_compared(Scene& scene, const BodyModel& model);

    std::vector<MapChoice> choices_;
    MapWatcher watcher_;
    MapSlots slots_;
    std::string shown_id_;
    std::string open_error_; // a chosen map that cannot be found
    std::string compared_id_;
    std::string compare_error_;
    int level_ = -1;         // the subdivision the renderer was last given
    bool shown_once_ = false;
};

} // namespace dv::app
