#pragma once
// The options that say what to show, shared by the window and `render`, so
// both read them the same way. (Issue 6 grows this into a serialisable scene.)
#include "cli_args.h"
#include "render/camera.h"
#include "render/renderer.h"
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
    LevelSelection selection;  // empty: the full chart
    Emphasis emphasis = Emphasis::Dim;
    Palette palette = Palette::Standard;
    bool band_borders = true;
    bool overlap_hatching = false;
};

// --map --view --display --levels --side --emphasis --palette --no-borders
// --subdivision --show-landmarks
std::vector<cli::Option> scene_options();
SceneChoice parse_scene_options(const cli::Args& args); // throws cli::UsageError
// "T4,T10", "C5-T1", "thoracic": levels in order; throws cli::UsageError.
std::vector<Level> parse_level_list(const std::string& text);

} // namespace dv::app
