#pragma once
// The anchors a teacher points at on a smooth body — the nipples (T4) and
// the umbilicus (T10) — drawn as subtle skin marks: a per-vertex weight the
// body shader darkens and desaturates the skin by (docs/shading.md).
#include "body/landmarks.h"

#include <glm/vec3.hpp>

#include <array>
#include <string_view>
#include <vector>

namespace dv {

struct SkinMarkAnchor {
    std::string_view landmark; // name in the landmark file
    Side side;
    float radius_m;   // where the mark has faded out
    float core;       // fraction of the radius at full strength: a disc (areola) or a peak (a dimple's shadow)
    float strength;   // weight at the centre, 0..1
};

// Sizes of an adult's areola (about 1.5 to 2 cm radius) and navel (about
// 1 cm); the umbilicus is a dimple, darkest at its centre. These two levels
// are the ones textbooks anchor the trunk's dermatomes to.
inline constexpr std::array<SkinMarkAnchor, 3> kSkinMarkAnchors{{
    {"nipple", Side::Left, 0.018f, 0.55f, 1.0f},
    {"nipple", Side::Right, 0.018f, 0.55f, 1.0f},
    {"umbilicus", Side::Midline, 0.011f, 0.0f, 1.0f},
}};

// One weight in [0, 1] per point of `positions` (the display skin's
// vertices): the strongest anchor's, by straight distance to the anchor
// landmark's position on `base_skin`. Anchors a landmark file lacks are left
// out: the marks are a teaching aid, not needed to draw the maps.
std::vector<float> skin_mark_weights(const std::vector<glm::vec3>& positions, const LandmarkSet& landmarks,
                                     const SurfaceMesh& base_skin);

} // namespace dv
