#pragma once
// From a pixel under the cursor to the skin point it shows: the ray through
// that pixel, cast against the skin.
#include "body/ray_cast.h"
#include "render/camera.h"

#include <glm/vec2.hpp>

#include <optional>

namespace dv {

// `pixel` in the image's own coordinates: x right, y down, origin top-left,
// for an image of width x height.
std::optional<RayHit> pick(const Camera& camera, int width, int height, glm::vec2 pixel, const RayCaster& caster);

// Where a world point appears in such an image (the inverse, for labels).
std::optional<glm::vec2> project_to_pixel(const Camera& camera, int width, int height, glm::vec3 point);

} // namespace dv
