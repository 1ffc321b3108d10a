#include "gui/map_watcher.h"

namespace dv::app {

void MapWatcher::open(const std::filesystem::path& file, const SurfaceMesh& skin, const BodyCoordinates& coords) {
    file_ = file;
    load(skin, coords);
}

bool MapWatcher::poll(const SurfaceMesh& skin, const BodyCoordinates& coords) {
    const auto now = std::chrono::steady_clock::now();
    if (now - last_check_ < poll_interval || file_.empty())
        return false;
    last_check_ = now;
    std::error_code ec;
    const auto modified = std::filesystem::last_write_time(file_, ec);
    if (ec || modified == seen_)
        return false;
    return load(skin, coords);
}

bool MapWatcher::load(const SurfaceMesh& skin, const BodyCoordinates& coords) {
    std::error_code ec;
    seen_ = std::filesystem::last_write_time(file_, ec);
    try {
        current_ = load_and_bake(file_, skin, coords);
        error_.clear();
        return true;
    } catch (const std::exception& e) {
        error_ = e.what();
        return false;
    }
}

} // namespace dv::app
