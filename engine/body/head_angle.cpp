// Coordinates on the head (scalp) and face, so that maps can split the scalp
// where their sources do: K&G's C2 behind the ear-to-ear line through the
// vertex and V1 in front of it, C3 around the ears, the trigeminal divisions
// on the face (docs/body-coordinates.md, docs/trigeminal.md).
//   around_deg: degrees about the vertical axis through the vertex of the
//     scalp, 0 at the front midline, 90 on the coronal plane through the
//     vertex (the ear-to-ear line), 180 at the back midline; the same on both
//     sides, like the angle around the trunk.
//   along: height below the vertex as a fraction of the vertex-to-chin
//     height, 0 at the vertex and 1 at the menton (clamped to 0..1).
#include "body/coordinates_internal.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dv::coordinates {

void head_angle(const BodySkin& body, BodyCoordinates& out) {
    const glm::vec3 top = body.point("vertex_of_scalp", Side::Midline);
    const glm::vec3 chin = body.point("menton", Side::Midline);
    const float height = top.y - chin.y;
    if (!(height > 0.0f)) return; // landmarks checked elsewhere; no head coordinates on a malformed head
    for (std::uint32_t v = 0; v < body.vertex_count(); ++v) {
        if (out.region[v] != Region::Head && out.region[v] != Region::Face) continue;
        const glm::vec3 p = body.mesh.positions[v];
        out.around_deg[v] = std::atan2(std::abs(p.x), p.z - top.z) * (180.0f / std::numbers::pi_v<float>);
        out.along[v] = std::clamp((top.y - p.y) / height, 0.0f, 1.0f);
    }
}

} // namespace dv::coordinates
