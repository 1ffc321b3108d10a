#pragma once
// "R" and "L" beside the body in the window, as on a figure
// (figure/figure.h side_markers_for): the patient's right and left, which
// a lecturer's "left" means, whichever way the body is turned.
#include "body/body_frame.h"
#include "gui/screen_rect.h"
#include "render/camera.h"

#include <vector>

namespace dv::app {

// Draws the markers (none when the body is seen from a side, above or
// below) right of `left_edge` (the panel's right edge, window units) and
// clear of the boxes in `keep_clear`, and adds their boxes to it.
void draw_side_markers(const Camera& camera, const Bounds& body, const SagittalPlane& sagittal, float left_edge,
                       std::vector<ScreenRect>& keep_clear);

} // namespace dv::app
