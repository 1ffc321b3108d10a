#include "render/display_mesh.h"

#include <algorithm>

namespace dv {

DisplayMesh::DisplayMesh(const BodyMesh& body, int subdivision_level)
    : level(subdivision_level), skin(body.skin, subdivision_level), skin_triangles(skin.mesh().triangle_indices()) {
    for (const SurfaceMesh& m : body.others) {
        others.push_back(Subdivision(m, std::min(level, 1)).mesh());
        other_triangles.push_back(others.back().triangle_indices());
    }
}

} // namespace dv
