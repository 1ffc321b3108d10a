#pragma once
// "R" and "L" beside the body in the window, where a figure letters them
// (figure/figure.h side_markers_for): the patient's right and left, placed
// by the body's own sagittal plane, none in lateral views.
#include "body/body_frame.h"
#include "gui/screen_rect.h"
#include "render/camera.h"

namespace dv::app {

// Draws the markers for a camera that draws `view` (window units); `size`
// is the letters' height in window units. Returns their boxes.
std::vector<ScreenRect> draw_side_markers(const Camera& camera, const ScreenRect& view, const Bounds& body,
                                          const SagittalPlane& sagittal, float size);

} // namespace dv::app
