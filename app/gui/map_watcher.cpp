#include "gui/map_watcher.h"

namespace dv::app {

void MapWatcher::open(const std::filesystem::path& file, const BodyModel& model) {
    file_ = file;
    load(model);
}

bool MapWatcher::poll(const BodyModel& model) {
    const auto now = std::chrono::steady_clock::now();
    if (now - last_check_ < poll_interval || file_.empty())
        return false;
    last_check_ = now;
    return load(model);
}

bool MapWatcher::load(const BodyModel& model) {
    try {
        MapHandle latest = model.map(file_); // the last good bake when the file is broken now
        error_ = model.map_error(file_);
        const bool changed = latest != current_;
        current_ = std::move(latest);
        return changed;
    } catch (const std::exception& e) {
        error_ = e.what(); // never baked cleanly: the map shown before stays
        return false;
    }
}

} // namespace dv::app
