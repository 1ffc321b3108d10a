// Prints how wide each trunk band of a map is on the default body, along the
// front midline, the side and the back midline: the skin's length between
// the points where the strongest baked level changes. The numbers behind the
// blend rule in docs/shading.md ("Flat bands, narrow overlaps").
// A developer tool: dermaview_band_widths [MAP]
#include "core/data_paths.h"
#include "model/body_model.h"
#include "model/map_lookup.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <map>
#include <vector>

namespace {

// Along one line of the trunk, `around` degrees from the front midline on
// the body's left: each level's length between its two borders, in cm.
std::map<dv::Level, float> widths_along(const dv::BodyModel& model, const dv::PreparedMap& map, float around) {
    const int level = dv::BodyModel::bake_level;
    const dv::BodyCoordinates& c = model.coordinates(level);
    const dv::SurfaceMesh& skin = model.display(level).skin.mesh();
    std::vector<std::size_t> line;
    for (std::size_t v = 0; v < skin.vertex_count(); ++v)
        if (c.region[v] == dv::Region::Trunk && c.side[v] != dv::Side::Right && std::abs(c.around_deg[v] - around) < 3.0f)
            line.push_back(v);
    std::sort(line.begin(), line.end(), [&](std::size_t a, std::size_t b) { return c.spinal_level[a] < c.spinal_level[b]; });
    std::map<dv::Level, float> width;
    float walked = 0.0f, last_change = -1.0f;
    for (std::size_t k = 1; k < line.size(); ++k) {
        const float step = glm::length(skin.positions[line[k]] - skin.positions[line[k - 1]]);
        const dv::Level before = map.baked.weights[line[k - 1]].entries[0].level;
        const dv::Level after = map.baked.weights[line[k]].entries[0].level;
        if (before != after) {
            const float at = walked + 0.5f * step;
            if (last_change >= 0.0f)
                width[before] = 100.0f * (at - last_change);
            last_change = at;
        }
        walked += step;
    }
    return width;
}

} // namespace

int main(int argc, char** argv) {
    try {
        const std::filesystem::path data = dv::data_dir_for_executable(dv::running_executable());
        const dv::BodyModel model = dv::BodyModel::load("", "", data);
        const dv::MapHandle map = model.map(dv::find_map(dv::maps_dir(data), argc > 1 ? argv[1] : "classical"));
        const auto front = widths_along(model, *map, 0.0f), side = widths_along(model, *map, 90.0f),
                   back = widths_along(model, *map, 180.0f);
        std::printf("%s: trunk band widths in cm (front midline, side, back midline)\n", map->map.id.c_str());
        for (dv::Level l = 9; l <= 21; ++l) {
            auto cm = [&](const std::map<dv::Level, float>& w) { return w.count(l) ? w.at(l) : NAN; };
            std::printf("  %-4s %5.1f %5.1f %5.1f\n", dv::level_name(l).c_str(), double(cm(front)), double(cm(side)), double(cm(back)));
        }
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "dermaview_band_widths: %s\n", e.what());
        return 1;
    }
}
