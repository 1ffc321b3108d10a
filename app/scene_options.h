#pragma once
// The options that say what to show, shared by the window and `render`, so
// both read them the same way. (Issue 6 grows this into a serialisable scene.)
#include "cli_args.h"
#include "render/camera.h"
#include "render/skin_display.h"

#include <string>
#include <vector>

namespace dv::app {

struct SceneChoice {
    StandardView view = StandardView::Anterior;
    DisplayMode display = DisplayMode::Dermatomes;
    std::string map = "classical"; // an id in assets/maps or a map file
    int subdivision = 1;
    bool show_landmarks = false;
};

std::vector<cli::Option> scene_options(); // --map --view --display --subdivision --show-landmarks
SceneChoice parse_scene_options(const cli::Args& args); // throws cli::UsageError

} // namespace dv::app
