// Body coordinates from landmarks, in
// steps: the body's own frame from its sagittal plane (body_frame.cpp),
// regions and sides (body_regions.cpp with region_cuts.cpp and
// region_cleanup.cpp), along and around each limb segment (limb_fields.cpp
// with limb_frames.cpp), the spinal level (spinal_field.cpp, pinned by the
// table in spinal_pins.cpp) the angle around the trunk (trunk_angle.cpp) and the
// angle and height on head and face (head_angle.cpp).
// docs/body-coordinates.md describes each.
#include "body/body_coordinates.h"

#include "body/body_frame.h"
#include "body/coordinates_internal.h"
#include "core/error.h"

#include <array>
#include <string>

namespace dv {

namespace {

constexpr std::array<std::string_view, static_cast<std::size_t>(Region::Count)> kRegionNames{
    "head", "face", "neck", "trunk", "perineum",
    "arm", "forearm", "hand_palm", "hand_dorsum", "thumb", "index_finger", "middle_finger", "ring_finger",
    "little_finger",
    "thigh", "leg", "foot_dorsum", "sole", "great_toe", "second_toe", "third_toe", "fourth_toe", "fifth_toe"};

} // namespace

std::string_view region_name(Region r) {
    const auto i = static_cast<std::size_t>(r);
    return i < kRegionNames.size() ? kRegionNames[i] : std::string_view("unknown");
}

std::optional<Region> parse_region(std::string_view name) {
    for (std::size_t i = 0; i < kRegionNames.size(); ++i)
        if (kRegionNames[i] == name) return static_cast<Region>(i);
    return std::nullopt;
}

BodyCoordinates compute_body_coordinates(const SurfaceMesh& skin, const LandmarkSet& landmarks) {
    const std::size_t n = skin.vertex_count();
    if (landmarks.vertex_count != n)
        throw Error("body coordinates: the landmarks were made for a mesh of " +
                    std::to_string(landmarks.vertex_count) + " vertices, this skin has " + std::to_string(n));
    // Every step works in the body's own frame, so where the body stands and
    // which way it faces in the world changes nothing.
    const SagittalPlane plane = fit_sagittal_plane(skin, landmarks);
    const SurfaceMesh local = in_body_frame(skin, body_frame(plane, skin, landmarks));
    const coordinates::BodySkin body{local, landmarks};

    BodyCoordinates out;
    coordinates::label_regions(body, out);
    out.along.assign(n, coordinates::kNaN);
    out.around_deg.assign(n, coordinates::kNaN);
    out.spinal_level.assign(n, coordinates::kNaN);
    for (Side s : {Side::Left, Side::Right})
        coordinates::limb_fields(body, s, out);
    coordinates::spinal_field(body, out);
    coordinates::trunk_angle(body, out);
    coordinates::head_angle(body, out);
    return out;
}

} // namespace dv
