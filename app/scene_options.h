#pragma once
// The flags that say what to show, shared by the window and `render`, so
// both read them the same way into one dv::Scene (engine/scene/scene.h).
#include "cli_args.h"
#include "scene/scene.h"

#include <string>
#include <vector>

namespace dv::app {

// --map --view --display --levels --side --emphasis --palette --no-borders
// --subdivision --show-landmarks
std::vector<cli::Option> scene_options();
// Sets the fields of `scene` whose flags were given and leaves the others as
// they are (the defaults, or a scene file's): flags override a scene.
// --body and --landmarks are read here too. Throws cli::UsageError.
void apply_scene_options(const cli::Args& args, Scene& scene);
// "T4,T10", "C5-T1", "thoracic": levels in order; throws cli::UsageError.
std::vector<Level> parse_level_list(const std::string& text);

} // namespace dv::app
