#include "scene_options.h"

#include "render/renderer.h"

#include <string>

namespace dv::app {

std::vector<cli::Option> scene_options() {
    return {
        {"--map", "", "ID|FILE", "dermatome map: classical, evidence, or a map file (default classical)"},
        {"--view", "", "NAME", "anterior, posterior, left, right, superior or inferior (default anterior)"},
        {"--display", "", "MODE",
         "dermatomes (default), or skin, regions, along, around, level: the body's anatomy"},
        {"--subdivision", "", "N", "smoothing of the body surface, 0 to 2 Catmull-Clark levels (default 1)"},
        {"--show-landmarks", "", "", "draw the landmarks as dots"},
    };
}

SceneChoice parse_scene_options(const cli::Args& args) {
    SceneChoice scene;
    const std::string view = args.value("--view").value_or("anterior");
    const auto parsed_view = parse_view(view);
    if (!parsed_view)
        throw cli::UsageError("--view '" + view + "': expected anterior, posterior, left, right, superior or inferior");
    scene.view = *parsed_view;
    const std::string display = args.value("--display").value_or("dermatomes");
    const auto parsed_display = parse_display_mode(display);
    if (!parsed_display)
        throw cli::UsageError("--display '" + display + "': expected dermatomes, skin, regions, along, around or level");
    scene.map = args.value("--map").value_or("classical");
    scene.display = *parsed_display;
    scene.subdivision = cli::parse_int(
        "--subdivision", args.value("--subdivision").value_or(std::to_string(kDefaultSubdivision)), 0, 2);
    scene.show_landmarks = args.has("--show-landmarks");
    return scene;
}

} // namespace dv::app
