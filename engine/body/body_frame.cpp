#include "body/body_frame.h"

#include "core/error.h"

#include <array>
#include <cmath>
#include <string>
#include <string_view>

namespace dv {

namespace {

// Trunk landmarks only: limbs and head move with the pose, the trunk's
// mirror symmetry does not.
constexpr std::array<std::string_view, 5> kMirroredPairs{"nipple", "clavicle_midpoint", "acromion",
                                                          "inguinal_ligament_midpoint", "pubic_tubercle"};
constexpr std::array<std::string_view, 8> kMidline{
    "suprasternal_notch", "xiphoid_process",    "umbilicus",           "pubic_symphysis",
    "spinous_process_C7", "spinous_process_T4", "spinous_process_T10", "spinous_process_L4"};

// The summed right-to-left offsets of the pairs are about a metre on an
// adult (each pair decimetres apart); under a micrometre the pairs coincide
// and say nothing about which way is left.
constexpr float kMinAcross = 1e-6f; // metres
// The left-right axis must be more than 30 degrees from +Y (the part of +Y
// perpendicular to it, the sine of that angle, above 0.5): a body lying on
// its side has no "up" to keep.
constexpr float kMinUpright = 0.5f;

} // namespace

Side SagittalPlane::side_of(glm::vec3 p) const {
    const float d = signed_distance(p);
    return d > kMidlineTolerance ? Side::Left : (d < -kMidlineTolerance ? Side::Right : Side::Midline);
}

SagittalPlane fit_sagittal_plane(const SurfaceMesh& skin, const LandmarkSet& landmarks) {
    glm::vec3 across(0.0f), sum(0.0f);
    for (std::string_view name : kMirroredPairs) {
        const glm::vec3 l = landmarks.position(skin, name, Side::Left), r = landmarks.position(skin, name, Side::Right);
        across += l - r;
        sum += 0.5f * (l + r);
    }
    for (std::string_view name : kMidline)
        sum += landmarks.position(skin, name, Side::Midline);
    const float length = glm::length(across);
    if (!(length > kMinAcross))
        throw Error("body coordinates: the left and right landmarks of the trunk (nipples, acromions, ...) coincide, "
                    "so the body's left cannot be told from its right; check the landmark file");
    SagittalPlane plane;
    plane.left = across / length;
    plane.point = sum / float(kMirroredPairs.size() + kMidline.size());
    return plane;
}

BodyFrame body_frame(const SagittalPlane& plane, const SurfaceMesh& skin, const LandmarkSet& landmarks) {
    BodyFrame f;
    f.left = plane.left;
    const glm::vec3 world_up(0.0f, 1.0f, 0.0f);
    const glm::vec3 up = world_up - f.left * glm::dot(world_up, f.left);
    if (!(glm::length(up) > kMinUpright))
        throw Error("body coordinates: the body's left-right axis runs along +Y; the body must stand upright "
                    "with +Y up (turn the mesh in its file)");
    f.up = glm::normalize(up);
    f.forward = glm::cross(f.left, f.up);
    f.origin = f.left * glm::dot(plane.point, f.left);
    const glm::vec3 front = landmarks.position(skin, "umbilicus", Side::Midline);
    const glm::vec3 back = landmarks.position(skin, "spinous_process_T10", Side::Midline);
    if (glm::dot(front - back, f.forward) <= 0.0f)
        throw Error("body coordinates: with the landmarks' left on the body's left, the umbilicus lies behind the "
                    "T10 spinous process; the left and right landmarks look swapped (or the mesh is mirrored)");
    return f;
}

SurfaceMesh in_body_frame(const SurfaceMesh& skin, const BodyFrame& frame) {
    SurfaceMesh out = skin;
    for (glm::vec3& p : out.positions)
        p = frame.point_to_local(p);
    for (glm::vec3& n : out.normals)
        n = frame.direction_to_local(n);
    return out;
}

} // namespace dv
