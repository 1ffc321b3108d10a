#pragma once
// Rays against the skin: picking a point under the cursor, and asking whether
// a landmark is hidden behind the body from the camera.
#include "body/body_mesh.h"

#include <glm/vec3.hpp>

#include <cstdint>
#include <memory>
#include <optional>

namespace dv {

struct RayHit {
    float distance = 0.0f;      // along the (unit) direction
    std::uint32_t face = 0;     // polygon of the mesh
    glm::vec3 point{0.0f};
    std::uint32_t nearest_vertex = 0; // the hit face's corner closest to the point
};

// A bounding-volume hierarchy over a mesh's triangles, built once; queries
// then cost microseconds, so picking and label occlusion can run every frame.
class RayCaster {
public:
    explicit RayCaster(const SurfaceMesh& mesh); // keeps a copy of what it needs
    ~RayCaster();
    RayCaster(RayCaster&&) noexcept;
    RayCaster& operator=(RayCaster&&) noexcept;

    // Closest hit with distance in (min_distance, max_distance); `direction` need not be unit length.
    std::optional<RayHit> cast(glm::vec3 origin, glm::vec3 direction, float min_distance = 0.0f,
                               float max_distance = 1e30f) const;
    // True when nothing lies on the segment from `eye` to within `tolerance` of `point`.
    bool visible(glm::vec3 eye, glm::vec3 point, float tolerance = 0.004f) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace dv
