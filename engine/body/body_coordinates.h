#pragma once
// Where every skin vertex lies in anatomical terms: its region and side, how
// far along its limb segment, at what angle around the limb in the anatomical
// position, and at what spinal level on the trunk and neck. Dermatome maps
// are written in these terms (docs/body-coordinates.md), so a map lands
// on any body that has the landmarks. Computed from the landmarks by smooth
// fields over the mesh, never from hand-painted vertex lists.
#include "body/body_mesh.h"
#include "body/landmarks.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace dv {

enum class Region : std::uint8_t {
    Head, Face, Neck, Trunk, Perineum,
    Arm, Forearm, HandPalm, HandDorsum, Thumb, IndexFinger, MiddleFinger, RingFinger, LittleFinger,
    Thigh, Leg, FootDorsum, Sole, GreatToe, SecondToe, ThirdToe, FourthToe, FifthToe,
    Count
};
std::string_view region_name(Region r);               // "head", "forearm", "index_finger", "great_toe", ...
std::optional<Region> parse_region(std::string_view name);

struct BodyCoordinates {
    std::vector<Region> region;     // per skin vertex
    // Left or Right for limbs (by their flood fill); for head, face, neck,
    // trunk and perineum the side of the body's sagittal plane, fitted to
    // the landmarks (body_frame.h), Midline on the plane.
    std::vector<Side> side;
    // Limb segments and digits: 0 at the proximal joint line, 1 at the distal
    // one (digits: base to tip; hand and foot: wrist/ankle line to the digit
    // bases). Head and face: height below the vertex of the scalp as a
    // fraction of the vertex-to-chin height (0 at the vertex, 1 at the
    // menton). NaN elsewhere.
    std::vector<float> along;
    // Limbs, hand, foot and digits: degrees around the segment's axis in the
    // anatomical position, looking down the limb from proximal, right limb,
    // mirrored for the left: 0 anterior (palmar on forearm and hand), 90
    // lateral (radial / fibular), 180 posterior, 270 medial. On the foot and
    // toes 0 is the dorsum and 180 the sole. On neck, trunk and perineum:
    // degrees around the trunk's long axis, 0 at the front midline, 90 at the
    // side, 180 at the back midline, the same on both sides. On head and
    // face: degrees about the vertical axis through the vertex of the scalp,
    // 0 at the front midline, 90 on the coronal plane through the vertex,
    // 180 at the back midline, the same on both sides (head_angle.cpp).
    std::vector<float> around_deg;
    // Neck, trunk and perineum: continuous spinal level on the scale of
    // body/spinal_scale.h (18.0 the middle of T10), pinned at the landmarks
    // listed in body/spinal_pins.cpp (each level at its own spinous process
    // behind and its anterior landmark in front), so bands slope down toward
    // the front. NaN elsewhere.
    std::vector<float> spinal_level;
};

// The result does not depend on where the body stands or which way it
// turns about its vertical axis: everything is computed in the body's own
// frame (body_frame.h). Throws dv::Error when a landmark it needs is missing
// (naming it) or the landmarks do not fit the skin.
BodyCoordinates compute_body_coordinates(const SurfaceMesh& skin, const LandmarkSet& landmarks);

} // namespace dv
