// `dermaview export`: the charted body as glTF 2.0 for Blender, three.js and
// any other glTF tool (docs/export.md).
#include "export/gltf_file.h"
#include "model/map_lookup.h"
#include "model_options.h"
#include "verb_support.h"
#include "verbs.h"

#include <iostream>

namespace dv::app {

int run_export(int argc, char** argv, int first) {
    const char* usage = "dermaview export --map ID|FILE -o FILE.glb [--subdivision N] [--palette NAME]";
    const std::vector<cli::Option> options = {
        {"--output", "-o", "FILE", "the file to write: .glb (binary glTF) or .gltf (JSON, buffer inside); whole or not at all"},
        map_option(),
        {"--subdivision", "", "N", "smoothing of the body surface, 0 to 2 Catmull-Clark levels (default 1, as the window)"},
        {"--palette", "", "NAME", "colours in COLOR_0: standard (default) or colorblind"},
        body_option(),
        landmarks_option(),
        {"--help", "-h", "", "show this help"},
    };
    return run_verb({"export", usage,
                     "Writes the body with a dermatome map baked onto it as glTF 2.0: positions,\n"
                     "normals, the chart's colours (COLOR_0) and per vertex _DOMINANT_LEVEL,\n"
                     "_LEVELS and _WEIGHTS (the strongest four roots), _REGION and _SIDE; the\n"
                     "names of those numbers are in the skin mesh's extras.",
                     options, 0},
                    argc, argv, first, [&](const cli::Args& args) {
        const auto output = args.value("--output");
        if (!output)
            throw cli::UsageError("export needs a file to write: -o FILE.glb");
        gltf_is_binary(*output); // a wrong name is refused before the work
        const int level = cli::parse_int("--subdivision", args.value("--subdivision").value_or("1"), 0, 2);
        const std::string palette_text = args.value("--palette").value_or("standard");
        if (palette_text != "standard" && palette_text != "colorblind")
            throw cli::UsageError("--palette '" + palette_text + "': expected standard or colorblind");
        const Palette palette = palette_text == "colorblind" ? Palette::ColorBlindSafe : Palette::Standard;

        const BodyModel model = load_model(args);
        const MapHandle map = model.map(find_map(maps_dir(data_dir()), args.value("--map").value_or("classical")));
        const ChartExport chart = build_chart_export(model, *map, level, palette);
        write_gltf(*output, chart);
        std::cout << "wrote " << *output << ": " << chart.positions.size() << " vertices, "
                  << chart.triangles.size() / 3 << " triangles, " << map->map.title << "\n";
        return kExitOk;
    });
}

} // namespace dv::app
