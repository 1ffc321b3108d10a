#pragma once
// Baking a map onto a body: every skin vertex gets the levels that cover it
// with weights that sum to 1, overlapping smoothly across ordinary borders
// and barely across axial lines (docs/map-format.md, "How a map is baked"). The map's
// zones are checked against the body on the way: holes, contradictions and
// zones that cover nothing are reported precisely.
#include "atlas/dermatome_map.h"
#include "body/subdivision.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace dv {

struct LevelWeight {
    Level level = kNotShown;
    float weight = 0.0f;
};

// The few levels over one point, heaviest first; count 0 never happens for a
// baked vertex (blank skin carries a blank kind with weight 1).
struct PointWeights {
    static constexpr int kMax = 4;
    std::array<LevelWeight, kMax> entries{};
    std::uint8_t count = 0;
    float weight_of(Level level) const;
};

// Baked onto the skin at one subdivision level (docs/map-format.md, "How a
// map is baked"). Subdivision numbers each level's vertices before the new
// ones, so entry i < base vertex count is base vertex i, and the first
// entries of a finer bake are the vertices of every coarser level.
struct BakedMap {
    int level = 0;                     // the subdivision level of the skin it was baked on
    std::vector<PointWeights> weights; // per vertex of that skin
    std::vector<std::int32_t> zone;    // per vertex of that skin: index of the zone that claims it crisply
};

struct BakeProblems {
    std::vector<std::string> problems; // holes, contradictions, empty zones; each says where and what to do
    bool empty() const { return problems.empty(); }
};

// Bakes onto `skin` (a subdivision at `level`, with its own coordinates:
// body/refined_coordinates.h). Throws MapError listing every problem when the
// map does not fit the body.
BakedMap bake_map(const DermatomeMap& map, const SurfaceMesh& skin, const BodyCoordinates& coords, int level);

// Weights over every level, for carrying baked weights through convex blends
// (the subdivision stencils) before packing them sparse again.
struct DenseWeights {
    static constexpr int kSlots = 33; // levels 1..31, then the two blank kinds
    std::array<float, kSlots> w{};
    static constexpr int slot(Level level) { return level == kNoConsistentRoot ? 31 : level == kNotShown ? 32 : level - 1; }
    static constexpr Level level_of(int slot) { return slot == 31 ? kNoConsistentRoot : slot == 32 ? kNotShown : Level(slot + 1); }
    DenseWeights operator+(const DenseWeights& o) const {
        DenseWeights r;
        for (int i = 0; i < kSlots; ++i)
            r.w[std::size_t(i)] = w[std::size_t(i)] + o.w[std::size_t(i)];
        return r;
    }
    DenseWeights operator*(float s) const {
        DenseWeights r;
        for (int i = 0; i < kSlots; ++i)
            r.w[std::size_t(i)] = w[std::size_t(i)] * s;
        return r;
    }
};
DenseWeights to_dense(const PointWeights& p);

// Carries weights to a finer mesh with the stencils of the levels between,
// sparse all the way (a refined vertex blends a handful of coarse ones, each
// with at most four levels), then keeps the strongest four again. Only for
// showing a map finer than it was baked: zones are decided at the bake level.
std::vector<PointWeights> carry_weights(std::span<const SubdivisionStencil> stencils,
                                        const std::vector<PointWeights>& coarse);
// The strongest few levels, renormalised to sum to 1; levels under 2 % are dropped.
PointWeights to_sparse(const DenseWeights& d);

} // namespace dv
