#pragma once
// Which points a teaching figure names, and where they fall in an image: the
// ISNCSCI key points of the lit levels ("T10 key point") and the landmarks a
// teacher names when drawing the trunk bands ("T4: nipple line"). Points
// facing away or hidden behind the body are left out. The window's overlay
// and the exported figures use this one list.
#include "body/landmarks.h"
#include "body/ray_cast.h"
#include "render/camera.h"
#include "render/picking.h" // project_to_pixel

#include <glm/vec2.hpp>

#include <optional>
#include <string>
#include <vector>

namespace dv {

struct TeachingLabel {
    glm::vec3 point;  // on the skin
    glm::vec2 pixel;  // in the image, top-left origin
    std::string text;
    std::uint32_t vertex = 0;
};

struct TeachingLabelQuery {
    const Camera& camera;
    int width, height; // of the image (or window) the camera frames
    const LandmarkSet& landmarks;
    const SurfaceMesh& skin;
    const RayCaster& caster;
    bool callouts = true;                    // the teaching landmarks
    std::vector<std::string> key_point_levels = {}; // "C6", "T10": their key points
    bool left = true, right = true;          // which sides' key points
};

// One label per point and one per lit level: a key point is labelled on the
// first side in sight (the patient's left, then right), not on both. With
// levels lit, a teaching callout is named only when it marks one of them
// ("T10: umbilicus" beside T10); on a full chart every callout is. Points
// outside the picture are never named.
std::vector<TeachingLabel> teaching_labels(const TeachingLabelQuery& q);

// A landmark's name as a person reads it: "key_C6" is "C6 key point",
// "spinous_process_T4" "T4 spinous process", "fifth_toe_tip" "Fifth toe tip".
std::string readable_landmark_name(std::string_view name);

// True when the point faces the camera and nothing of the body hides it.
bool seen_from(const Camera& camera, const SurfaceMesh& skin, const RayCaster& caster, glm::vec3 point,
               std::uint32_t vertex);

} // namespace dv
