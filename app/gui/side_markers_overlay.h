#pragma once
// "R" and "L" beside the body in the window, as on a figure
// (figure/figure.h side_markers_for): the patient's right and left, which
// a lecturer's "left" means, whichever way the body is turned; none when
// the body is seen from a side, above or below.
#include "body/body_frame.h"
#include "gui/screen_rect.h"
#include "render/camera.h"

#include <vector>

namespace dv::app {

// Draws the markers of `camera`, which draws `view` (window units; the
// whole window, or one half side by side), letters `letter_size` high,
// right of `left_edge` (the panel's right edge) and clear of the boxes in
// `keep_clear`; adds their boxes to it.
void draw_side_markers(const Camera& camera, const ScreenRect& view, const Bounds& body, const SagittalPlane& sagittal,
                       float letter_size, float left_edge, std::vector<ScreenRect>& keep_clear);

} // namespace dv::app
