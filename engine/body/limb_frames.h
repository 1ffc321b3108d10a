#pragma once
// Joint centres and anatomical frames of the limb segments, from landmarks
// (internal to the body coordinates). "Anterior" comes from landmarks, not
// from world axes: the mesh stands in an A-pose with pronated forearms.
#include "body/coordinates_internal.h"

#include <glm/vec3.hpp>

namespace dv::coordinates {

// A limb segment: its axis from the proximal to the distal joint centre and
// the anterior direction at both ends (perpendicular to the axis).
struct Segment {
    glm::vec3 c0, c1;
    glm::vec3 ant0, ant1;
};

// Anterior direction of a segment with axis d (unit, proximal -> distal) from
// an anterior estimate and a lateral estimate, for the given side: on the
// right, lateral = cross(d, anterior); on the left, the mirror.
glm::vec3 frame_anterior(glm::vec3 ant, glm::vec3 lat, glm::vec3 d, Side side);
glm::vec3 frame_lateral(glm::vec3 ant, glm::vec3 d, Side side);
// Rotates a toward b about axis d by fraction t (both perpendicular to d).
glm::vec3 slerp_about(glm::vec3 a, glm::vec3 b, glm::vec3 d, float t);

class LimbFrames {
public:
    explicit LimbFrames(const BodySkin& body) : body_(body) {}

    // Joint centres: the mean of the landmarks around each joint.
    glm::vec3 shoulder(Side s) const;
    glm::vec3 elbow(Side s) const;
    glm::vec3 wrist(Side s) const;
    glm::vec3 knuckles(Side s) const; // the mean of the four finger bases
    glm::vec3 digit_base(bool hand, int k, Side s) const;
    glm::vec3 hip(Side s) const;
    glm::vec3 knee(Side s) const;
    glm::vec3 ankle(Side s) const;
    glm::vec3 toes(Side s) const; // the mean of the five toe bases

    // Any limb, hand, foot or digit region.
    Segment segment(Region r, Side s) const;

private:
    const BodySkin& body_;

    glm::vec3 P(std::string_view name, Side s) const { return body_.point(name, s); }
    glm::vec3 elbow_ant(Side s, glm::vec3 d) const;
    glm::vec3 wrist_ant(Side s, glm::vec3 d) const;
    glm::vec3 knuckle_ant(Side s, glm::vec3 d) const;
    glm::vec3 knee_ant(Side s, glm::vec3 d) const;
    glm::vec3 ankle_ant(Side s, glm::vec3 d) const;
    glm::vec3 foot_ant(Side s, glm::vec3 d) const;
    Segment digit_segment(Region r, Side s) const;
};

} // namespace dv::coordinates
