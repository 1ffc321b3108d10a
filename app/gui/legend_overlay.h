#pragma once
// The colour key in the window: the levels on show with their colours and,
// for a map with blank skin, the hatched "no consistent root" swatch. The
// same entries as a figure's legend (figure/figure.h legend_for), so what a
// teacher sees is what a saved figure says.
#include "figure/figure_layout.h"
#include "gui/screen_rect.h"

namespace dv::app {

// Draws the entries right-aligned below `top` (window pixels) and returns
// the box it took, for labels to keep clear of.
ScreenRect draw_legend_overlay(const LegendContent& legend, float top);

} // namespace dv::app
