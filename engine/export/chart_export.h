#pragma once
// The charted body as plain vertex arrays, for tools outside Dermaview: what
// `dermaview export` writes as glTF (export/gltf_file.h, docs/export.md).
// Built from the same display tessellation and packed weights the renderer
// draws, so Blender shows the chart the window shows.
#include "model/body_model.h"
#include "render/renderer.h"

#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace dv {

struct ChartExport {
    std::string map_id, map_title, citation, palette_name;
    int level = 0; // subdivision level of the skin

    // Per skin vertex.
    std::vector<glm::vec3> positions, normals; // metres, Y up, the body facing +Z (glTF's convention too)
    std::vector<glm::vec3> colors;             // linear RGB: the levels' colours mixed by their weights
    std::vector<float> dominant_level;         // Level number of the heaviest root (atlas/levels.h)
    std::vector<glm::vec4> levels;             // the strongest four Level numbers, 0 where there are fewer
    std::vector<glm::vec4> weights;            // their weights, summing to 1
    std::vector<float> region;                 // Region number (body/body_coordinates.h)
    std::vector<float> side;                   // Side number: 0 midline, 1 left, 2 right
    std::vector<std::uint32_t> triangles;      // three per triangle, counter-clockwise from outside

    // The eyes and anything else that is not skin: geometry only, no chart.
    struct Part {
        std::string name;
        std::vector<glm::vec3> positions, normals;
        std::vector<std::uint32_t> triangles;
    };
    std::vector<Part> others;
};

// Throws dv::Error for a subdivision level out of range.
ChartExport build_chart_export(const BodyModel& model, const PreparedMap& map, int level, Palette palette);

} // namespace dv
