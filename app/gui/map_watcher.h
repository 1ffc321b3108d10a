#pragma once
// The map on screen, kept in step with its file: an edit re-bakes and
// redraws within a second; a file with an error keeps the last good map on
// screen and says what is wrong.
#include "map_loading.h"

#include <chrono>
#include <optional>
#include <string>

namespace dv::app {

class MapWatcher {
public:
    // Switches to another map file. On failure the current map stays and
    // error() says why.
    void open(const std::filesystem::path& file, const SurfaceMesh& skin, const BodyCoordinates& coords);
    // Re-bakes when the file changed since the last look (checked at most
    // once per poll_interval). True when the map on screen changed.
    bool poll(const SurfaceMesh& skin, const BodyCoordinates& coords);

    const LoadedMap* current() const { return current_ ? &*current_ : nullptr; }
    const std::filesystem::path& file() const { return file_; }
    const std::string& error() const { return error_; }

    std::chrono::milliseconds poll_interval{500};

private:
    bool load(const SurfaceMesh& skin, const BodyCoordinates& coords);

    std::filesystem::path file_;
    std::optional<LoadedMap> current_;
    std::filesystem::file_time_type seen_{};
    std::string error_;
    std::chrono::steady_clock::time_point last_check_{};
};

} // namespace dv::app
