#pragma once
// The colour key in the window: the levels on show with their colours and,
// for a map with blank skin, the hatched "no consistent root" swatch. The
// same entries as a figure's legend (figure/figure.h legend_for), so what a
// teacher sees is what a saved figure says. It is a control as well:
// hovering a swatch emphasises that band on the body, clicking it toggles
// the level, and the key can be dragged aside (docs/window.md).
#include "atlas/levels.h"
#include "figure/figure_layout.h"
#include "gui/overlay_spot.h"
#include "gui/screen_rect.h"

#include <optional>

namespace dv::app {

// What the key did this frame.
struct LegendOverlayState {
    std::optional<Level> hovered; // the swatch under the mouse
    std::optional<Level> clicked; // a swatch clicked this frame
};

struct LegendPlace {
    float top = 0.0f;        // window units: below the caption
    float body_right = 0.0f; // where the body's picture ends on the right: the key keeps right of it when it can
    Level current = kNotShown; // the level Up/Down steps from, framed in the key
};

// Draws the key right-aligned below `place.top`, or where `spot` says once
// dragged (gui/overlay_spot.h), and returns the box it took, for labels to
// keep clear of.
ScreenRect draw_legend_overlay(const LegendContent& legend, const LegendPlace& place, LegendOverlayState& state,
                               OverlaySpot& spot);

} // namespace dv::app
