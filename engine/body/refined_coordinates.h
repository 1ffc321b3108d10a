#pragma once
// Body coordinates on a subdivided mesh, vertex by vertex, so that dermatome
// zones can be decided at display resolution (atlas/bake.h) instead of on the
// coarse base mesh, whose 2.5 cm spacing stair-steps every slanting border.
//
// The continuous coordinates (along, around, spinal level) ride the
// subdivision stencils, like positions do. Region and side are discrete:
// each refined vertex takes the region that carries most of its stencil
// weight (so a region border moves with the surface, never jumps a face),
// and averages the coordinates of only that region's coarse vertices:
// mixing an arm's along (0 at the shoulder) with the forearm's (1 at the
// same elbow line) would put a forearm vertex halfway up its segment.
#include "body/body_coordinates.h"
#include "body/subdivision.h"

namespace dv {

// Refined vertex i < base vertex count is base vertex i moved onto the smooth
// surface (subdivision numbers vertex points first); its coordinates are
// smoothed with it, as the display fields are (render/skin_display.h), so
// the zones agree with the `level`, `along` and `around` displays. Throws
// dv::Error when `base` does not have one entry per base vertex.
BodyCoordinates refine_coordinates(const Subdivision& subdivision, const BodyCoordinates& base);

} // namespace dv
