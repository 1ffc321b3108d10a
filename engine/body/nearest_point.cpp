#include "body/nearest_point.h"

#include "core/error.h"

#include <glm/geometric.hpp>

#include <cmath>
#include <limits>

namespace dv {

namespace {

// Closest point to p on triangle abc, by the region of the triangle's plane
// p projects into (C. Ericson, Real-Time Collision Detection, 5.1.5).
glm::vec3 closest_on_triangle(glm::vec3 p, glm::vec3 a, glm::vec3 b, glm::vec3 c) {
    const glm::vec3 ab = b - a, ac = c - a, ap = p - a;
    const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
    if (d1 <= 0.0f && d2 <= 0.0f)
        return a;
    const glm::vec3 bp = p - b;
    const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
    if (d3 >= 0.0f && d4 <= d3)
        return b;
    const float vc = d1 * d4 - d3 * d2;
    if (vc <= 0.0f && d1 >= 0.0f && d3 <= 0.0f)
        return a + ab * (d1 / (d1 - d3));
    const glm::vec3 cp = p - c;
    const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
    if (d6 >= 0.0f && d5 <= d6)
        return c;
    const float vb = d5 * d2 - d1 * d6;
    if (vb <= 0.0f && d2 >= 0.0f && d6 <= 0.0f)
        return a + ac * (d2 / (d2 - d6));
    const float va = d3 * d6 - d5 * d4;
    if (va <= 0.0f && d4 - d3 >= 0.0f && d5 - d6 >= 0.0f)
        return b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)));
    const float denom = 1.0f / (va + vb + vc);
    return a + ab * (vb * denom) + ac * (vc * denom);
}

} // namespace

NearestPoint nearest_point_on(const SurfaceMesh& mesh, glm::vec3 p) {
    if (mesh.face_count() == 0)
        throw InternalError("nearest_point_on needs a mesh with faces");
    NearestPoint best;
    float best_d2 = std::numeric_limits<float>::max();
    for (std::uint32_t f = 0; f + 1 < mesh.face_offsets.size(); ++f) {
        const std::uint32_t first = mesh.face_offsets[f], end = mesh.face_offsets[f + 1];
        const glm::vec3 a = mesh.positions[mesh.face_indices[first]];
        for (std::uint32_t k = first + 1; k + 1 < end; ++k) {
            const glm::vec3 q = closest_on_triangle(p, a, mesh.positions[mesh.face_indices[k]],
                                                    mesh.positions[mesh.face_indices[k + 1]]);
            const glm::vec3 d = q - p;
            if (const float d2 = glm::dot(d, d); d2 < best_d2) {
                best_d2 = d2;
                best.point = q;
                best.face = f;
            }
        }
    }
    best.distance = std::sqrt(best_d2);
    float corner_d2 = std::numeric_limits<float>::max();
    for (std::uint32_t k = mesh.face_offsets[best.face]; k < mesh.face_offsets[best.face + 1]; ++k) {
        const glm::vec3 d = mesh.positions[mesh.face_indices[k]] - best.point;
        if (const float d2 = glm::dot(d, d); d2 < corner_d2) {
            corner_d2 = d2;
            best.nearest_vertex = mesh.face_indices[k];
        }
    }
    return best;
}

} // namespace dv
