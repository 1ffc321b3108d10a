#pragma once
// How well a palette separates the levels of a map as they lie on the body:
// which levels meet (share an edge of the skin mesh), and the smallest
// CIEDE2000 difference between the colours of levels that meet and between
// any two levels the map uses. docs/palette.md explains the thresholds the
// tests hold the palettes to.
#include "atlas/bake.h"
#include "body/body_mesh.h"
#include "render/renderer.h"

#include <utility>
#include <vector>

namespace dv {

using LevelPair = std::pair<Level, Level>; // first < second

// The pairs of spinal levels that meet on the baked body: an edge of the skin
// joins a vertex whose strongest level is one and a vertex whose strongest
// level is the other. Sorted, each pair once. `weights` is per skin vertex.
std::vector<LevelPair> meeting_levels(const SurfaceMesh& skin, const std::vector<PointWeights>& weights);

// Every pair of distinct levels in `levels`.
std::vector<LevelPair> all_pairs(const std::vector<Level>& levels);

// The closest pair of `pairs` in a palette's display colours; delta_e is
// CIEDE2000. With no pairs, delta_e is infinite.
struct ClosestPair {
    double delta_e = 0.0;
    LevelPair pair{};
};
ClosestPair closest_pair(const std::vector<LevelPair>& pairs, Palette palette);

} // namespace dv
