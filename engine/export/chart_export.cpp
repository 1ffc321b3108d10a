#include "export/chart_export.h"

#include "render/dermatome_palette.h"

namespace dv {

ChartExport build_chart_export(const BodyModel& model, const PreparedMap& map, int level, Palette palette) {
    const DisplayMesh& display = model.display(level); // throws for a level out of range
    const SurfaceMesh& skin = display.skin.mesh();
    const BodyCoordinates& coords = model.coordinates(level);
    const PackedMap& packed = model.packed(map, level);

    ChartExport out;
    out.map_id = map.map.id;
    out.map_title = map.map.title;
    out.citation = map.map.citation;
    out.palette_name = palette == Palette::ColorBlindSafe ? "colour-blind safe" : "standard";
    out.level = level;
    out.positions = skin.positions;
    out.normals = skin.normals;
    out.triangles = display.skin_triangles;

    const std::size_t n = skin.vertex_count();
    out.colors.reserve(n);
    out.dominant_level.reserve(n);
    out.levels.reserve(n);
    out.weights.reserve(n);
    out.region.reserve(n);
    out.side.reserve(n);
    for (std::size_t v = 0; v < n; ++v) {
        const PointWeights& w = packed.weights[v];
        glm::vec3 color(0.0f);
        glm::vec4 levels(0.0f), weights(0.0f);
        for (int i = 0; i < w.count; ++i) {
            const LevelWeight& e = w.entries[std::size_t(i)];
            color += e.weight * level_color(e.level, palette);
            levels[i] = float(e.level);
            weights[i] = e.weight;
        }
        out.colors.push_back(color);
        out.dominant_level.push_back(w.count > 0 ? float(w.entries[0].level) : float(kNotShown));
        out.levels.push_back(levels);
        out.weights.push_back(weights);
        out.region.push_back(float(coords.region[v]));
        out.side.push_back(float(coords.side[v]));
    }

    for (std::size_t i = 0; i < display.others.size(); ++i) {
        const SurfaceMesh& m = display.others[i];
        out.others.push_back({m.name.empty() ? "part " + std::to_string(i + 1) : m.name, m.positions, m.normals,
                              display.other_triangles[i]});
    }
    return out;
}

} // namespace dv
