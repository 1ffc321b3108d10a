#pragma once
// Pixel measurements shared by the render tests. They compare renders with
// renders (a body against the same camera with no body) rather than with
// hard-coded colours, so a change of palette or lighting does not break them
// while a missing body, a wrong view or a broken resolve does.
#include "core/image.h"

#include <vector>

namespace dv::test {

using Mask = std::vector<bool>; // width*height, row-major, top row first

// Pixels where any channel differs by more than `threshold`.
Mask differing_pixels(const Image& a, const Image& b, int threshold = 8);
double fraction(const Mask& m);
double mean_abs_difference(const Image& a, const Image& b, int x0, int y0, int x1, int y1); // over RGB, 0..255
Image mirrored(const Image& image); // left-right
double luminance(const std::uint8_t* rgba); // Rec. 709 weights, 0..255

struct Box {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0; // half-open
    int width() const { return x1 - x0; }
    int height() const { return y1 - y0; }
};
Box bounding_box(const Mask& m, int width, int height);

} // namespace dv::test
