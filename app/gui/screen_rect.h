#pragma once
// A rectangle on screen, in window pixels: what an overlay keeps clear of.

namespace dv::app {

struct ScreenRect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool overlaps(const ScreenRect& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

} // namespace dv::app
