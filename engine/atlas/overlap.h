#pragma once
// The overlap between neighbouring zones: one implicit heat step of each
// level's indicator, (M + t K) w = M w0, with M the lumped vertex areas and K
// the edge Laplacian without the edges the caller cuts (axial lines). A
// Gaussian of sigma s spreads a border over about 2.56 s; t = s^2 / 2.
#include "atlas/bake.h"

#include <functional>
#include <vector>

namespace dv {

// `label[v]` is the level that claims vertex v crisply, `start[v]` the
// shares of the levels around it before the step (w0); `apart(a, b)` says
// levels a and b must not overlap: no edge between their vertices carries
// anything, and neither level spreads into skin the other claims. Returns
// each vertex's levels, heaviest first, summing to 1; the vertex's own level
// always among them.
std::vector<PointWeights> spread_levels(const SurfaceMesh& skin, const std::vector<Level>& label,
                                        const std::vector<PointWeights>& start, double t,
                                        const std::function<bool(Level, Level)>& apart);

} // namespace dv
