#pragma once
// The maps of the window: which are on offer (with their titles), the map
// shown, kept in step with its file, and a second map for comparisons. They
// sit in the renderer's two map slots; a new map fades in over the old one.
#include "gui/body_pipeline.h"
#include "gui/map_watcher.h"
#include "render/renderer.h"
#include "scene/scene.h"

#include <optional>
#include <string>
#include <vector>

namespace dv::app {

struct MapChoice {
    std::string id;    // what Scene::map holds: the id of a map in assets/maps, or a file's path
    std::string title; // what the panel shows
};

class MapSlots {
public:
    // Offers the maps in assets/maps and `first` (an id or a file, as
    // --map takes it) and loads `first`; throws dv::Error when it cannot.
    MapSlots(const std::string& first, const BodyPipeline& body);

    const std::vector<MapChoice>& choices() const { return choices_; }
    std::string title_of(const std::string& id) const; // the id itself for a map not on offer

    // Brings the slots in line with the scene's map and comparison: loads a
    // newly chosen map, re-bakes an edited file, loads the map to compare
    // with (a failure turns the comparison off and says why), uploads what
    // changed and runs the cross-fade by dt seconds. True when the body's
    // pixels change.
    bool sync(Scene& scene, const BodyPipeline& body, Renderer& renderer, float dt);
    // After the body was uploaded again (another subdivision): the maps too.
    void upload_again(Renderer& renderer);

    const LoadedMap* current() const { return watcher_.current(); }
    const std::string& shown_id() const { return shown_id_; }
    // The map compared with, once it is in its slot.
    const LoadedMap* compared() const { return compared_ && compare_uploaded_ ? &*compared_ : nullptr; }
    // Why the map chosen or its last edit is not on screen; empty when it is.
    const std::string& map_error() const { return open_error_.empty() ? watcher_.error() : open_error_; }
    const std::string& compare_error() const { return compare_error_; }       // the comparison's map
    int shown_slot() const { return shown_slot_; }
    float map_mix() const { return shown_slot_ == 1 ? fade_ : 1.0f - fade_; } // for RenderSettings::map_mix
    bool fading() const { return fade_ < 1.0f; }
    // Edits are looked for this often (scripted runs: every frame).
    void set_poll_interval(std::chrono::milliseconds every) { watcher_.poll_interval = every; }

private:
    void load_compared(Scene& scene, const BodyPipeline& body);

    std::vector<MapChoice> choices_;
    MapWatcher watcher_;
    std::string shown_id_;
    std::string open_error_; // a chosen map that cannot be found
    int shown_slot_ = 1; // flipped to 0 by the first upload
    bool uploaded_once_ = false;
    float fade_ = 1.0f;  // 0: the old map, 1: the new one
    std::optional<LoadedMap> compared_;
    std::string compared_id_;
    bool compare_uploaded_ = false;
    std::string compare_error_;
};

} // namespace dv::app
