// The angle around the trunk's long axis on neck, trunk and perineum: 0 at
// the front midline, 180 at the back midline, the same on both sides. Maps
// need it where the front and the back of one spinal level differ (K&G's C5
// strip below the clavicle versus its C5 strip at the C5 spinous process).
// The axis at each height runs midway between the front and back midlines.
#include "body/coordinates_internal.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numbers>
#include <utility>

namespace dv::coordinates {

namespace {

using Line = std::vector<std::pair<float, float>>; // (height, depth) of midline vertices, by height

// Depth of the midline vertex nearest in height (the lists are dense: a
// vertex every centimetre or two).
float depth_at(const Line& line, float y) {
    auto it = std::lower_bound(line.begin(), line.end(), std::pair{y, -1e9f});
    if (it == line.end()) return line.back().second;
    if (it != line.begin() && y - std::prev(it)->first < it->first - y) --it;
    return it->second;
}

} // namespace

void trunk_angle(const BodySkin& body, BodyCoordinates& out) {
    const std::size_t n = body.vertex_count();
    const auto& pos = body.mesh.positions;
    Line front, back;
    for (std::uint32_t v = 0; v < n; ++v) {
        if (!spinal_domain(out.region[v]) || !on_midline(pos[v])) continue;
        if (body.mesh.normals[v].z > kFacing) front.emplace_back(pos[v].y, pos[v].z);
        else if (body.mesh.normals[v].z < -kFacing) back.emplace_back(pos[v].y, pos[v].z);
    }
    std::sort(front.begin(), front.end());
    std::sort(back.begin(), back.end());
    if (front.empty() || back.empty()) return;
    for (std::uint32_t v = 0; v < n; ++v) {
        if (!spinal_domain(out.region[v])) continue;
        const glm::vec3 p = pos[v];
        const float centre = 0.5f * (depth_at(front, p.y) + depth_at(back, p.y));
        out.around_deg[v] = std::atan2(std::abs(p.x), p.z - centre) * (180.0f / std::numbers::pi_v<float>);
    }
}

} // namespace dv::coordinates
