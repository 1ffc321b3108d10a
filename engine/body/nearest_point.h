#pragma once
// The point of a surface nearest to a point in space, and how far it is:
// for answering a question about "the skin at x,y,z" only when x,y,z is on
// the skin (dermaview probe).
#include "body/body_mesh.h"

#include <glm/vec3.hpp>

#include <cstdint>

namespace dv {

struct NearestPoint {
    glm::vec3 point{0.0f};           // on the surface
    float distance = 0.0f;           // from the asked point, in the mesh's units (metres for a body)
    std::uint32_t face = 0;          // polygon of the mesh holding `point`
    std::uint32_t nearest_vertex = 0; // that polygon's corner closest to `point`
};

// Exact over every triangle of the fan triangulation; linear in the mesh
// (about a millisecond for the default body), meant for one query at a time.
// The mesh must have at least one face.
NearestPoint nearest_point_on(const SurfaceMesh& mesh, glm::vec3 p);

} // namespace dv
