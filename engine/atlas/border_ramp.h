#pragma once
// The starting shares of the bake: each level's weight as a ramp of the
// signed distance to where its zones meet their neighbours, so that the
// weights, interpolated across a triangle, say how far a point is from the
// border (docs/map-format.md, "How a map is baked"; docs/shading.md,
// "Flat bands, narrow overlaps").
//
// A vertex at distance d inside level A from the border with B gets
// A: 1/2 + d / 2R and B: 1/2 - d / 2R (R = kBorderRampM), renormalised where
// more than two levels are near. Linear interpolation of such weights
// crosses one half exactly on a straight border, whatever the mesh's
// spacing or the way its quads are split, and the fragment shader recovers
// the distance from the difference of the two strongest weights
// (SHARPEN_GAIN, render/shader_interface.h) to draw a blend of fixed width.
#include "atlas/bake.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace dv {

// The ramp's half-width on the skin, in metres: larger than the longest
// edge of the display skin on trunk and limbs (about 1.2 cm at subdivision
// level 1), so every triangle that a border crosses sees the ramp linearly,
// and small enough to stay a local overlap.
inline constexpr float kBorderRampM = 0.015f;

// `label[v]` is the level that claims vertex v crisply; `level_between(a, b,
// t)` the level that claims the skin a fraction t of the way from vertex a to
// vertex b (both in one region), or nullopt where a and b lie in different
// regions (the border is then put halfway). Where `apart(a, b)` (an axial
// line, or a root next to skin the map does not show) no overlap is made:
// only the vertices of the edges the border crosses hold both levels, as
// the ramp gives them. Returns each vertex's shares, heaviest first, summing
// to 1, its own level always among them.
using LevelBetween = std::function<std::optional<Level>(std::uint32_t a, std::uint32_t b, float t)>;
using LevelsApart = std::function<bool(Level, Level)>;
std::vector<PointWeights> border_ramp_shares(const SurfaceMesh& skin, const std::vector<Level>& label,
                                             const LevelBetween& level_between, const LevelsApart& apart);

} // namespace dv
