#pragma once
// How different two colours look: CIELAB and the CIEDE2000 colour difference
// (CIE 142-2001, as written out by Sharma, Wu & Dalal, "The CIEDE2000
// color-difference formula: implementation notes, supplementary test data,
// and mathematical observations", Color Research & Application 30(1), 2005).
// The palettes are checked with it (docs/palette.md): about 1 is the smallest
// difference an observer notices side by side, 20 and more reads as another
// colour at a glance.
#include <glm/vec3.hpp>

namespace dv {

struct Lab {
    double L = 0.0, a = 0.0, b = 0.0;
};

// An sRGB colour (each channel 0..1, gamma-encoded as stored in an image)
// in CIELAB under D65, the sRGB white point.
Lab srgb_to_lab(glm::dvec3 srgb);

// CIEDE2000 with the parametric factors kL = kC = kH = 1 (reference
// conditions). Symmetric, zero only for equal colours.
double ciede2000(const Lab& first, const Lab& second);

} // namespace dv
