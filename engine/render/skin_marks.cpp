#include "render/skin_marks.h"

#include <glm/common.hpp>
#include <glm/geometric.hpp>

#include <algorithm>

namespace dv {

std::vector<float> skin_mark_weights(const std::vector<glm::vec3>& positions, const LandmarkSet& landmarks,
                                     const SurfaceMesh& base_skin) {
    std::vector<float> weights(positions.size(), 0.0f);
    for (const SkinMarkAnchor& a : kSkinMarkAnchors) {
        const Landmark* l = landmarks.find(a.landmark, a.side);
        if (!l)
            continue;
        const glm::vec3 centre = l->position_on(base_skin);
        for (std::size_t i = 0; i < positions.size(); ++i) {
            const float d = glm::distance(positions[i], centre);
            if (d >= a.radius_m)
                continue;
            // Soft edge: full strength inside the core, a smooth fade to the radius.
            const float w = a.strength * (1.0f - glm::smoothstep(a.core * a.radius_m, a.radius_m, d));
            weights[i] = std::max(weights[i], w);
        }
    }
    return weights;
}

} // namespace dv
