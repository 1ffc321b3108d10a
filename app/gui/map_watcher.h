#pragma once
// The map on screen, kept in step with its file: an edit re-bakes and
// redraws within a second; a file with an error keeps the last good map on
// screen and says what is wrong. The body model does the baking and knows
// when a file changed; this only decides when to look.
#include "model/body_model.h"

#include <chrono>
#include <string>

namespace dv::app {

class MapWatcher {
public:
    // Switches to another map file. On failure the current map stays and
    // error() says why.
    void open(const std::filesystem::path& file, const BodyModel& model);
    // Asks the model for the file's newest bake (at most once per poll_interval).
    // True when the map on screen changed.
    bool poll(const BodyModel& model);

    const PreparedMap* current() const { return current_.get(); }
    const MapHandle& handle() const { return current_; }
    const std::filesystem::path& file() const { return file_; }
    const std::string& error() const { return error_; }

    std::chrono::milliseconds poll_interval{500}; // scripted runs look every frame

private:
    bool load(const BodyModel& model);

    std::filesystem::path file_;
    MapHandle current_;
    std::string error_;
    std::chrono::steady_clock::time_point last_check_{};
};

} // namespace dv::app
