#pragma once
// The body as the renderer draws it at one subdivision level: the refined
// skin with its triangles, and the other meshes (eyes). Built on the CPU by
// the body model (model/body_model.h), uploaded as it is by
// Renderer::set_body; the renderer never refines anything itself.
#include "body/body_mesh.h"
#include "body/subdivision.h"

#include <cstdint>
#include <vector>

namespace dv {

struct DisplayMesh {
    // Throws dv::Error for a level outside [0, Subdivision::max_levels].
    DisplayMesh(const BodyMesh& body, int level);

    int level = 0;
    // skin.mesh() is the refined skin; its stencils carry any per-vertex
    // value of the base skin (display fields, map weights) onto it.
    Subdivision skin;
    std::vector<std::uint32_t> skin_triangles; // of skin.mesh(), three per triangle
    // The eyes and whatever else is not skin, refined at most once: they are
    // small on screen and carry no maps.
    std::vector<SurfaceMesh> others;
    std::vector<std::vector<std::uint32_t>> other_triangles;
};

} // namespace dv
