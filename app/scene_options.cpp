#include "scene_options.h"

#include "clinical/isncsci_exam.h"
#include "clinical/lesion.h"
#include "core/error.h"
#include "render/renderer.h"

#include <algorithm>
#include <filesystem>

#include <string>

namespace dv::app {

std::vector<cli::Option> scene_options() {
    return {
        {"--map", "", "ID|FILE", "dermatome map: classical, evidence, or a map file (default classical)"},
        {"--view", "", "NAME", "anterior, posterior, left, right, superior or inferior (default anterior)"},
        {"--display", "", "MODE",
         "dermatomes (default), sensory (a lesion's loss), or skin, regions, along, around, level: the body's anatomy"},
        {"--levels", "", "LIST",
         "levels to light up, e.g. T4,T10 or C5-T1 or thoracic (default: the full chart)"},
        {"--side", "", "SIDE", "side of the selected levels: both (default), left or right"},
        {"--emphasis", "", "HOW", "dim: selected levels on plain skin (default); glow: selected glow on a dimmed chart"},
        {"--palette", "", "NAME", "standard (default) or colorblind (Okabe-Ito colours)"},
        {"--no-borders", "", "", "no thin lines between bands"},
        {"--hatch-overlaps", "", "", "draw overlaps as fine stripes of both roots instead of a blend"},
        {"--trigeminal", "", "", "draw the trigeminal divisions V1-V3 over the face (a cranial nerve, not spinal)"},
        {"--subdivision", "", "N", "smoothing of the body surface, 0 to 2 Catmull-Clark levels (default 1)"},
        {"--show-landmarks", "", "", "draw the landmarks as dots"},
        {"--lesion", "", "TEXT",
         "show the skin a lesion numbs, e.g. 'root L5 left', 'cord T10 complete', 'brown-sequard T8 left' "
         "(docs/lesions.md); implies --display sensory"},
        {"--exam", "", "FILE",
         "paint an ISNCSCI exam's sensory scores on the skin, its levels, NLI and AIS in the legend "
         "(docs/isncsci.md); implies --display sensory"},
        {"--modality", "", "NAME", "what the sensory display paints: both (default), touch or pin"},
    };
}

namespace {
void apply_lesion_options(const cli::Args& args, Scene& scene) {
    if (const auto lesion = args.value("--lesion")) {
        try {
            scene.lesion = lesion_text(parse_lesion(*lesion));
        } catch (const Error& e) {
            throw cli::UsageError("--lesion: " + std::string(e.what()));
        }
        if (!args.has("--display"))
            scene.display = DisplayMode::Sensory;
    }
    if (const auto exam = args.value("--exam")) {
        if (args.has("--lesion"))
            throw cli::UsageError("--exam and --lesion: give one of them; the sensory display shows one at a time");
        scene.exam = clinical::write_isncsci_exam(clinical::load_isncsci_exam(*exam));
        scene.lesion.clear();
        if (!args.has("--display"))
            scene.display = DisplayMode::Sensory;
    } else if (args.has("--lesion")) {
        scene.exam.clear();
    }
    if (const auto modality = args.value("--modality")) {
        if (*modality != "both" && *modality != "touch" && *modality != "pin")
            throw cli::UsageError("--modality '" + *modality + "': expected both, touch (light touch) or pin (pin prick)");
        scene.sensory = *modality == "touch" ? SensoryModality::LightTouch
                        : *modality == "pin" ? SensoryModality::PinPrick
                                             : SensoryModality::Both;
    }
}
} // namespace

void apply_scene_options(const cli::Args& args, Scene& scene) {
    if (const auto body = args.value("--body"))
        scene.body = std::filesystem::absolute(*body).string(); // the scene must find it from anywhere
    if (const auto landmarks = args.value("--landmarks"))
        scene.landmarks = std::filesystem::absolute(*landmarks).string();
    if (const auto view = args.value("--view")) {
        const auto parsed = parse_view(*view);
        if (!parsed)
            throw cli::UsageError("--view '" + *view + "': expected anterior, posterior, left, right, superior or inferior");
        scene.view = *parsed;
        scene.camera.reset(); // a named view replaces a scene's own camera
    }
    if (const auto display = args.value("--display")) {
        const auto parsed = parse_display_mode(*display);
        if (!parsed)
            throw cli::UsageError("--display '" + *display + "': expected dermatomes, sensory, skin, regions, along, around or level");
        scene.display = *parsed;
    }
    if (const auto map = args.value("--map"))
        scene.map = *map;
    if (const auto sub = args.value("--subdivision"))
        scene.subdivision = cli::parse_int("--subdivision", *sub, 0, 2);
    if (args.has("--show-landmarks"))
        scene.show_landmarks = true;
    if (const auto side = args.value("--side")) {
        const auto parsed = parse_side_choice(*side);
        if (!parsed)
            throw cli::UsageError("--side '" + *side + "': expected both, left or right");
        scene.side = *parsed;
    }
    if (const auto levels = args.value("--levels"))
    {
        scene.levels = parse_level_list(*levels);
        std::sort(scene.levels.begin(), scene.levels.end());
        scene.levels.erase(std::unique(scene.levels.begin(), scene.levels.end()), scene.levels.end());
    }
    if (const auto emphasis = args.value("--emphasis")) {
        if (*emphasis != "dim" && *emphasis != "glow")
            throw cli::UsageError("--emphasis '" + *emphasis + "': expected dim or glow");
        scene.emphasis = *emphasis == "glow" ? Emphasis::Glow : Emphasis::Dim;
    }
    if (const auto palette = args.value("--palette")) {
        if (*palette != "standard" && *palette != "colorblind")
            throw cli::UsageError("--palette '" + *palette + "': expected standard or colorblind");
        scene.palette = *palette == "colorblind" ? Palette::ColorBlindSafe : Palette::Standard;
    }
    if (args.has("--no-borders"))
        scene.band_borders = false;
    if (args.has("--hatch-overlaps"))
        scene.overlap_hatching = true;
    apply_lesion_options(args, scene);
    if (args.has("--trigeminal"))
        scene.trigeminal = true;
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
