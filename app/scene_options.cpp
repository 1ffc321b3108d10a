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
        {"--levels", "", "LIST",
         "levels to light up, e.g. T4,T10 or C5-T1 or thoracic (default: the full chart)"},
        {"--side", "", "SIDE", "side of the selected levels: both (default), left or right"},
        {"--emphasis", "", "HOW", "dim: selected levels on plain skin (default); glow: selected glow on a dimmed chart"},
        {"--palette", "", "NAME", "standard (default) or colorblind (Okabe-Ito colours)"},
        {"--no-borders", "", "", "no thin lines between bands"},
        {"--hatch-overlaps", "", "", "draw overlaps as fine stripes of both roots instead of a blend"},
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

    const std::string side = args.value("--side").value_or("both");
    if (side != "both" && side != "left" && side != "right")
        throw cli::UsageError("--side '" + side + "': expected both, left or right");
    if (const auto levels = args.value("--levels"))
        for (Level l : parse_level_list(*levels))
            scene.selection.select(l, side != "right", side != "left");
    const std::string emphasis = args.value("--emphasis").value_or("dim");
    if (emphasis != "dim" && emphasis != "glow")
        throw cli::UsageError("--emphasis '" + emphasis + "': expected dim or glow");
    scene.emphasis = emphasis == "glow" ? Emphasis::Glow : Emphasis::Dim;
    const std::string palette = args.value("--palette").value_or("standard");
    if (palette != "standard" && palette != "colorblind")
        throw cli::UsageError("--palette '" + palette + "': expected standard or colorblind");
    scene.palette = palette == "colorblind" ? Palette::ColorBlindSafe : Palette::Standard;
    scene.band_borders = !args.has("--no-borders");
    scene.overlap_hatching = args.has("--hatch-overlaps");
    return scene;
}

std::vector<Level> parse_level_list(const std::string& text) {
    std::vector<Level> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = text.find(',', start);
        const std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        start = comma == std::string::npos ? text.size() + 1 : comma + 1;
        if (item.empty())
            continue;
        bool group = false;
        for (Level l = 1; l <= 31; ++l)
            if (level_group(l) == item) {
                out.push_back(l);
                group = true;
            }
        if (group)
            continue;
        const std::size_t dash = item.find('-');
        const auto first = parse_level(item.substr(0, dash));
        const auto last = dash == std::string::npos ? first : parse_level(item.substr(dash + 1));
        if (!first || !last || !is_spinal(*first) || !is_spinal(*last) || *last < *first)
            throw cli::UsageError("--levels: '" + item +
                                  "' is not a level (C2 ... Co1), a range like C5-T1, or a group "
                                  "(cervical, thoracic, lumbar, sacral)");
        for (Level l = *first; l <= *last; ++l)
            out.push_back(l);
    }
    return out;
}

} // namespace dv::app
