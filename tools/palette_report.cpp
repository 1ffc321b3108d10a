// Prints how well the palettes separate the levels of each shipped map on
// the default body: the levels that meet, and the smallest CIEDE2000
// difference between levels that meet and between any two levels, per map
// and palette (docs/palette.md). `--pairs` also lists every meeting pair.
#include "core/data_paths.h"
#include "model/body_model.h"
#include "model/map_lookup.h"
#include "render/dermatome_palette.h"
#include "render/palette_contrast.h"

#include <cstdio>
#include <cstring>
#include <exception>

namespace {

void report(const dv::PreparedMap& map, const dv::BodyModel& model, bool list_pairs) {
    const std::vector<dv::LevelPair> meeting = dv::meeting_levels(model.body().skin, map.baked.weights);
    const std::vector<dv::LevelPair> every = dv::all_pairs(map.map.levels);
    std::printf("%s: %zu levels, %zu pairs of them meet on the body\n", map.map.id.c_str(), map.map.levels.size(),
                meeting.size());
    if (list_pairs) {
        std::printf("  meeting:");
        for (const dv::LevelPair& p : meeting)
            std::printf(" %s-%s", dv::level_name(p.first).c_str(), dv::level_name(p.second).c_str());
        std::printf("\n");
    }
    for (const dv::Palette palette : {dv::Palette::Standard, dv::Palette::ColorBlindSafe}) {
        const dv::ClosestPair near = dv::closest_pair(meeting, palette);
        const dv::ClosestPair any = dv::closest_pair(every, palette);
        std::printf("  %-10s CIEDE2000 min between levels that meet %5.1f (%s-%s), between any two %5.1f (%s-%s)\n",
                    palette == dv::Palette::Standard ? "standard" : "colorblind", near.delta_e,
                    dv::level_name(near.pair.first).c_str(), dv::level_name(near.pair.second).c_str(), any.delta_e,
                    dv::level_name(any.pair.first).c_str(), dv::level_name(any.pair.second).c_str());
    }
}

// The colour-blind palette tells levels apart by colour or by pattern: the
// closest two levels that share a pattern, and the closest level to bare
// skin (the renderer's albedo), over all 31 levels.
void report_patterns() {
    std::vector<dv::Level> every;
    for (dv::Level l = 1; l <= 31; ++l)
        every.push_back(l);
    std::vector<dv::LevelPair> same_pattern;
    for (const dv::LevelPair& p : dv::all_pairs(every))
        if (dv::level_pattern(p.first, dv::Palette::ColorBlindSafe) == dv::level_pattern(p.second, dv::Palette::ColorBlindSafe))
            same_pattern.push_back(p);
    const dv::ClosestPair near = dv::closest_pair(same_pattern, dv::Palette::ColorBlindSafe);
    std::printf("colorblind: CIEDE2000 min between two levels of the same pattern %5.1f (%s-%s)\n", near.delta_e,
                dv::level_name(near.pair.first).c_str(), dv::level_name(near.pair.second).c_str());
    const dv::Lab skin = dv::srgb_to_lab({0.87, 0.70, 0.60});
    for (const dv::Palette palette : {dv::Palette::Standard, dv::Palette::ColorBlindSafe}) {
        double nearest = 1e9;
        dv::Level which = 1;
        for (dv::Level l : every)
            if (const double d = dv::ciede2000(dv::level_lab(l, palette), skin); d < nearest) {
                nearest = d;
                which = l;
            }
        std::printf("%-10s CIEDE2000 min from bare skin %5.1f (%s)\n",
                    palette == dv::Palette::Standard ? "standard:" : "colorblind:", nearest, dv::level_name(which).c_str());
    }
}

} // namespace

int main(int argc, char** argv) {
    const bool list_pairs = argc > 1 && std::strcmp(argv[1], "--pairs") == 0;
    try {
        const std::filesystem::path data = dv::data_dir_for_executable(dv::running_executable());
        const dv::BodyModel model = dv::BodyModel::load("", "", data);
        for (const char* id : {"classical", "evidence"})
            report(*model.map(dv::find_map(dv::maps_dir(data), id)), model, list_pairs);
        report_patterns();
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "dermaview_palette_report: %s\n", e.what());
        return 1;
    }
}
