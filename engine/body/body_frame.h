#pragma once
// The body's own frame, found from its landmarks, so that left and right,
// front and back do not depend on where the body stands in the world or
// which way it faces. Body coordinates are computed in this frame
// (docs/body-coordinates.md, "The sagittal plane").
#include "body/body_mesh.h"
#include "body/landmarks.h"

#include <glm/geometric.hpp>
#include <glm/vec3.hpp>

namespace dv {

// A vertex this close to the sagittal plane is on the midline (Side::Midline):
// the mesh places its midline vertices exactly on its mirror plane, and a
// moved or turned body keeps them within float rounding (about 1e-7 m), far
// inside this. The nearest off-midline vertex of the default body is
// millimetres away.
inline constexpr float kMidlineTolerance = 1e-5f; // metres

// The body's plane of mirror symmetry.
struct SagittalPlane {
    glm::vec3 point{0.0f};
    glm::vec3 left{1.0f, 0.0f, 0.0f}; // unit normal, toward the body's left

    // Metres toward the body's left (negative: toward its right).
    float signed_distance(glm::vec3 p) const { return glm::dot(p - point, left); }
    // Left or Right by the sign of the signed distance; Midline within kMidlineTolerance.
    Side side_of(glm::vec3 p) const;
};

// Fitted to the landmarks: the normal is the mean direction from the right to
// the left member of mirrored trunk pairs (nipples, clavicle midpoints,
// acromions, inguinal-ligament midpoints, pubic tubercles), the plane passes
// through the mean of those pairs' midpoints and of the trunk's midline
// landmarks (suprasternal notch, xiphoid, umbilicus, pubic symphysis, the
// C7, T4, T10 and L4 spinous processes). Throws dv::Error naming a missing
// landmark, or when the pairs do not say which way is left.
SagittalPlane fit_sagittal_plane(const SurfaceMesh& skin, const LandmarkSet& landmarks);

// x toward the body's left (the plane's normal), y up (the mesh's +Y, the
// import convention, made perpendicular to x), z forward (x cross y); the
// origin on the sagittal plane, where the world origin projects onto it.
struct BodyFrame {
    glm::vec3 origin{0.0f};
    glm::vec3 left{1.0f, 0.0f, 0.0f}, up{0.0f, 1.0f, 0.0f}, forward{0.0f, 0.0f, 1.0f};

    glm::vec3 point_to_local(glm::vec3 p) const { return direction_to_local(p - origin); }
    glm::vec3 direction_to_local(glm::vec3 d) const {
        return {glm::dot(d, left), glm::dot(d, up), glm::dot(d, forward)};
    }
};

// Throws dv::Error when the body lies down (its left is along +Y) or faces
// backwards in this frame (its umbilicus behind its T10 spinous process:
// left and right landmarks swapped, or a mirrored mesh).
BodyFrame body_frame(const SagittalPlane& plane, const SurfaceMesh& skin, const LandmarkSet& landmarks);

// The skin with positions and normals in `frame`; faces unchanged.
SurfaceMesh in_body_frame(const SurfaceMesh& skin, const BodyFrame& frame);

} // namespace dv
