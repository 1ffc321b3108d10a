#include "gui/map_slots.h"

#include "core/error.h"
#include "map_loading.h"

#include <algorithm>

namespace dv::app {

namespace {
constexpr float kFadeSeconds = 0.5f;

std::string title_or_id(const std::filesystem::path& file, const std::string& id) {
    try {
        return load_map(file).title;
    } catch (const std::exception&) {
        return id; // the panel still offers it; choosing it says what is wrong
    }
}
} // namespace

MapSlots::MapSlots(const std::string& first, const BodyPipeline& body) {
    const std::filesystem::path first_file = find_map(maps_dir(), first);
    bool offered = false;
    for (const auto& file : map_files(maps_dir())) {
        choices_.push_back({file.stem().string(), title_or_id(file, file.stem().string())});
        offered = offered || file == first_file;
    }
    shown_id_ = offered ? first_file.stem().string() : first_file.string();
    if (!offered) // a file from elsewhere, given with --map
        choices_.push_back({shown_id_, title_or_id(first_file, shown_id_)});
    watcher_.open(first_file, body.skin(), body.coordinates);
    if (!watcher_.current())
        throw Error(watcher_.error());
}

std::string MapSlots::title_of(const std::string& id) const {
    for (const MapChoice& c : choices_)
        if (c.id == id)
            return c.title;
    return id;
}

bool MapSlots::sync(Scene& scene, const BodyPipeline& body, Renderer& renderer, float dt) {
    // The scene names a map by id or by file; the window keeps the name it was offered under.
    bool changed = !uploaded_once_;
    if (scene.map != shown_id_) {
        try {
            watcher_.open(find_map(maps_dir(), scene.map), body.skin(), body.coordinates);
            shown_id_ = scene.map;
            open_error_.clear();
            changed = true;
        } catch (const std::exception& e) { // the file went away since it was offered
            open_error_ = e.what();
            scene.map = shown_id_;
        }
    }
    changed = watcher_.poll(body.skin(), body.coordinates) || changed;
    if (scene.compare == CompareMode::Off) {
        compared_.reset();
        compared_id_.clear();
    } else if (changed || scene.compare_with != compared_id_ || !compared_) {
        load_compared(scene, body);
    }
    bool pixels = changed || fading();
    if (changed && watcher_.current()) {
        // The new map goes into the other slot and fades in.
        shown_slot_ = 1 - shown_slot_;
        renderer.set_dermatomes(watcher_.current()->baked.weights, shown_slot_);
        fade_ = uploaded_once_ ? 0.0f : 1.0f;
        uploaded_once_ = true;
    }
    fade_ = std::min(1.0f, fade_ + dt / kFadeSeconds);
    if (compared_ && !compare_uploaded_) {
        renderer.set_dermatomes(compared_->baked.weights, 1 - shown_slot_);
        fade_ = 1.0f; // no fade while comparing: both slots are in use
        compare_uploaded_ = true;
        pixels = true;
    }
    return pixels;
}

void MapSlots::load_compared(Scene& scene, const BodyPipeline& body) {
    if (scene.compare_with.empty() || scene.compare_with == scene.map) {
        const auto other = std::find_if(choices_.begin(), choices_.end(),
                                        [&](const MapChoice& c) { return c.id != scene.map; });
        if (other != choices_.end())
            scene.compare_with = other->id;
    }
    try {
        if (scene.compare_with.empty() || scene.compare_with == scene.map)
            throw Error("there is no other map to compare with");
        compared_ = load_and_bake(find_map(maps_dir(), scene.compare_with), body.skin(), body.coordinates);
        compared_id_ = scene.compare_with;
        compare_uploaded_ = false;
        compare_error_.clear();
    } catch (const std::exception& e) {
        compare_error_ = e.what();
        compared_.reset();
        compared_id_.clear();
        scene.compare = CompareMode::Off;
    }
}

void MapSlots::upload_again(Renderer& renderer) {
    if (!uploaded_once_)
        return; // sync() makes the first upload
    if (watcher_.current())
        renderer.set_dermatomes(watcher_.current()->baked.weights, shown_slot_);
    if (compared_)
        renderer.set_dermatomes(compared_->baked.weights, 1 - shown_slot_);
}

} // namespace dv::app
