#include "gui/window_maps.h"

#include "core/error.h"
#include "model/map_lookup.h"
#include "verb_support.h"

#include <algorithm>

namespace dv::app {

namespace {
std::filesystem::path map_folder() { return maps_dir(data_dir()); }

std::string title_or_id(const std::filesystem::path& file, const std::string& id) {
    try {
        return load_map(file).title;
    } catch (const std::exception&) {
        return id; // the panel still offers it; choosing it says what is wrong
    }
}
} // namespace

WindowMaps::WindowMaps(const std::string& first, const BodyModel& model) {
    const std::filesystem::path first_file = find_map(map_folder(), first);
    bool offered = false;
    for (const auto& file : map_files(map_folder())) {
        choices_.push_back({file.stem().string(), title_or_id(file, file.stem().string())});
        offered = offered || file == first_file;
    }
    shown_id_ = offered ? first_file.stem().string() : first_file.string();
    if (!offered) // a file from elsewhere, given with --map
        choices_.push_back({shown_id_, title_or_id(first_file, shown_id_)});
    watcher_.open(first_file, model);
    if (!watcher_.current())
        throw Error(watcher_.error());
}

std::string WindowMaps::title_of(const std::string& id) const {
    for (const MapChoice& c : choices_)
        if (c.id == id)
            return c.title;
    return id;
}

bool WindowMaps::sync(Scene& scene, const BodyModel& model, Renderer& renderer, float dt) {
    bool changed = !shown_once_ || scene.subdivision != level_;
    if (scene.map != shown_id_) {
        // The scene names a map by id or by file; the window keeps the name it was offered under.
        try {
            watcher_.open(find_map(map_folder(), scene.map), model);
            shown_id_ = scene.map;
            open_error_.clear();
            changed = true;
        } catch (const std::exception& e) { // the file went away since it was offered
            open_error_ = e.what();
            scene.map = shown_id_;
        }
    }
    const bool edited = watcher_.poll(model);
    if ((changed || edited) && watcher_.current()) {
        slots_.show(watcher_.handle(), shown_once_); // the first map appears at once, later ones fade in
        shown_once_ = true;
    }
    if (scene.compare == CompareMode::Off) {
        if (slots_.compared())
            slots_.compare_with(nullptr);
        changed = changed || !compared_id_.empty();
        compared_id_.clear();
    } else if (changed || edited || !slots_.compared() || scene.compare_with != compared_id_) {
        load_compared(scene, model);
        changed = true;
    }
    const bool fading = slots_.fading();
    slots_.advance(dt);
    slots_.sync(renderer, model, scene.subdivision);
    level_ = scene.subdivision;
    return changed || edited || fading;
}

void WindowMaps::load_compared(Scene& scene, const BodyModel& model) {
    if (scene.compare_with.empty() || scene.compare_with == scene.map) {
        const auto other = std::find_if(choices_.begin(), choices_.end(),
                                        [&](const MapChoice& c) { return c.id != scene.map; });
        if (other != choices_.end())
            scene.compare_with = other->id;
    }
    try {
        if (scene.compare_with.empty() || scene.compare_with == scene.map)
            throw Error("there is no other map to compare with");
        slots_.compare_with(model.map(find_map(map_folder(), scene.compare_with)));
        compared_id_ = scene.compare_with;
        compare_error_.clear();
    } catch (const std::exception& e) {
        compare_error_ = e.what();
        slots_.compare_with(nullptr);
        compared_id_.clear();
        scene.compare = CompareMode::Off;
    }
}

} // namespace dv::app
