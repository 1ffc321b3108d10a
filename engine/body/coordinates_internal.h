#pragma once
// Shared by the files that compute body coordinates (body_coordinates.cpp,
// body_regions.cpp, region_cuts.cpp, region_cleanup.cpp, limb_frames.cpp,
// limb_fields.cpp, spinal_field.cpp, trunk_angle.cpp, head_angle.cpp); not part of the
// engine's interface.
#include "body/body_coordinates.h"
#include "body/body_frame.h"
#include "body/mesh_graph.h"

#include <glm/vec3.hpp>

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace dv::coordinates {

inline constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

// Everything the steps read: the skin in the body's own frame (body_frame.h:
// +x toward the body's left, +y up, +z forward, x = 0 on the sagittal
// plane), its graph, and the landmarks.
struct BodySkin {
    const SurfaceMesh& mesh;
    const LandmarkSet& landmarks;
    MeshGraph graph = polygon_side_graph(mesh);

    std::size_t vertex_count() const { return mesh.vertex_count(); }
    glm::vec3 point(std::string_view name, Side s) const { return landmarks.position(mesh, name, s); }
    std::uint32_t vertex(std::string_view name, Side s) const { return landmarks.get(name, s).vertex; }
};

inline constexpr std::array<std::string_view, 5> kFingers{"thumb", "index", "middle", "ring", "little"};
inline constexpr std::array<std::string_view, 5> kToes{"great_toe", "second_toe", "third_toe", "fourth_toe",
                                                       "fifth_toe"};

// Thumb..LittleFinger for a hand, GreatToe..FifthToe for a foot; k from 0.
inline Region digit_region(bool hand, int k) {
    return static_cast<Region>(static_cast<int>(hand ? Region::Thumb : Region::GreatToe) + k);
}
// The dorsal landmark over the k-th metatarsal head: "mtp1_dorsal" ...
std::string mtp_name(int k);

// Head, face, neck, trunk, perineum: one region across both sides, whose side
// comes from the sagittal plane rather than from a limb's flood fill.
inline bool axial(Region r) {
    return r == Region::Head || r == Region::Face || r == Region::Neck || r == Region::Trunk || r == Region::Perineum;
}
// Neck, trunk and perineum: where the spinal level and the trunk angle live.
inline bool spinal_domain(Region r) { return r == Region::Neck || r == Region::Trunk || r == Region::Perineum; }

// On the sagittal plane, which is x = 0 in the body frame.
inline bool on_midline(glm::vec3 p) { return SagittalPlane{}.side_of(p) == Side::Midline; }

// A skin normal whose forward component is above this faces the front
// (below its negative: the back): it tells the front half of the midline
// loop from the back half; the crotch, facing down, belongs to neither.
inline constexpr float kFacing = 0.3f;

// v / |v|; throws dv::Error for a zero vector (two landmarks coincide).
glm::vec3 unit(glm::vec3 v);
// v without its component along unit d, normalised.
glm::vec3 perp(glm::vec3 v, glm::vec3 d);

// Regions and sides per vertex (the BodyCoordinates fields), decided from the
// landmarks by cuts and flood fills (body_regions.cpp).
void label_regions(const BodySkin& body, BodyCoordinates& out);
// along and around_deg on every limb region of one side (limb_fields.cpp).
void limb_fields(const BodySkin& body, Side s, BodyCoordinates& out);
// spinal_level on neck, trunk and perineum (spinal_field.cpp).
void spinal_field(const BodySkin& body, BodyCoordinates& out);
// around_deg on neck, trunk and perineum (trunk_angle.cpp).
void trunk_angle(const BodySkin& body, BodyCoordinates& out);
// around_deg and along on head and face (head_angle.cpp).
void head_angle(const BodySkin& body, BodyCoordinates& out);

} // namespace dv::coordinates
