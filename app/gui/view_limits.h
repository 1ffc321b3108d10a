#pragma once
// How far a drag may tip the camera. A turntable that reaches straight
// below the feet shows the body upside down and reads as a flip; a drag
// stops at kLowestDragPitch, while the Inferior view (a chosen view, not a
// drag) still looks from below. A camera already lower stays where it is.
#include "render/camera.h"

#include <algorithm>

namespace dv::app {

inline constexpr float kLowestDragPitch = -60.0f;

inline void limit_drag_elevation(Camera& camera, float pitch_before) {
    camera.pitch_deg = std::max(camera.pitch_deg, std::min(pitch_before, kLowestDragPitch));
}

} // namespace dv::app
