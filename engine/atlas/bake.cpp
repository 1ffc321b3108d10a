#include "atlas/bake.h"

#include "atlas/border_ramp.h"
#include "atlas/overlap.h"

#include <glm/vec3.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace dv {

float PointWeights::weight_of(Level level) const {
    for (int i = 0; i < count; ++i)
        if (entries[std::size_t(i)].level == level)
            return entries[std::size_t(i)].weight;
    return 0.0f;
}

DenseWeights to_dense(const PointWeights& p) {
    DenseWeights d;
    for (int i = 0; i < p.count; ++i)
        d.w[std::size_t(DenseWeights::slot(p.entries[std::size_t(i)].level))] += p.entries[std::size_t(i)].weight;
    return d;
}

PointWeights to_sparse(const DenseWeights& d) {
    std::array<int, DenseWeights::kSlots> order{};
    for (int i = 0; i < DenseWeights::kSlots; ++i)
        order[std::size_t(i)] = i;
    std::partial_sort(order.begin(), order.begin() + PointWeights::kMax, order.end(),
                      [&](int a, int b) { return d.w[std::size_t(a)] > d.w[std::size_t(b)]; });
    PointWeights p;
    float sum = 0.0f;
    for (int i = 0; i < PointWeights::kMax; ++i) {
        const float w = d.w[std::size_t(order[std::size_t(i)])];
        if (w < 0.02f)
            break;
        p.entries[p.count++] = {DenseWeights::level_of(order[std::size_t(i)]), w};
        sum += w;
    }
    for (int i = 0; i < p.count; ++i)
        p.entries[std::size_t(i)].weight /= sum;
    return p;
}

std::vector<PointWeights> carry_weights(std::span<const SubdivisionStencil> stencils,
                                        const std::vector<PointWeights>& coarse) {
    std::vector<PointWeights> current = coarse;
    for (const SubdivisionStencil& stencil : stencils) {
        std::vector<PointWeights> next(stencil.row_count());
        for (std::size_t row = 0; row < stencil.row_count(); ++row) {
            // A few coarse vertices with up to four levels each: a small
            // list with linear search beats a dense array of every level.
            std::array<LevelWeight, 16> sum{};
            int used = 0;
            for (std::uint32_t k = stencil.offsets[row]; k < stencil.offsets[row + 1]; ++k) {
                const PointWeights& p = current[stencil.indices[k]];
                for (int i = 0; i < p.count; ++i) {
                    const LevelWeight& e = p.entries[std::size_t(i)];
                    int j = 0;
                    while (j < used && sum[std::size_t(j)].level != e.level)
                        ++j;
                    if (j == used) {
                        if (used == int(sum.size()))
                            continue;
                        sum[std::size_t(used++)] = {e.level, 0.0f};
                    }
                    sum[std::size_t(j)].weight += stencil.weights[k] * e.weight;
                }
            }
            std::sort(sum.begin(), sum.begin() + used,
                      [](const LevelWeight& a, const LevelWeight& b) { return a.weight > b.weight; });
            PointWeights& out = next[row];
            float total = 0.0f;
            for (int i = 0; i < used && i < PointWeights::kMax; ++i) {
                if (sum[std::size_t(i)].weight < 0.02f)
                    break;
                out.entries[out.count++] = sum[std::size_t(i)];
                total += sum[std::size_t(i)].weight;
            }
            for (int i = 0; i < out.count; ++i)
                out.entries[std::size_t(i)].weight /= total;
        }
        current = std::move(next);
    }
    return current;
}

namespace {

// Half-open [from, to), except that a range reaching the top of its scale
// (along 1, around 360, spinal 31.5) includes it: the distal joint ring has
// along exactly 1 and must belong to some zone.
bool in_range(const Range& r, float v, bool wraps, float top) {
    if (std::isnan(v))
        return false;
    if (wraps && r.from > r.to)
        return v >= r.from || v < r.to || (r.to >= top && v <= top);
    return v >= r.from && (v < r.to || (r.to >= top && v <= top));
}

// Regions whose around runs 0..180 on each side without wrapping: around the
// trunk, and about the vertical axis of the head.
bool axial_region(Region r) {
    return r == Region::Head || r == Region::Face || r == Region::Neck || r == Region::Trunk || r == Region::Perineum;
}

// A point of the skin in body coordinates: a vertex, or a sample between two.
struct Spot {
    Region region = Region::Count;
    float along = NAN, around = NAN, spinal = NAN;
};

Spot spot_of(const BodyCoordinates& c, std::size_t v) {
    return {c.region[v], c.along[v], c.around_deg[v], c.spinal_level[v]};
}

float mix_value(float a, float b, float t) { return std::isnan(a) || std::isnan(b) ? a : a + (b - a) * t; }

// The spot a fraction t of the way from vertex a to vertex b, both in one
// region; around a limb the angle turns the short way.
Spot between(const BodyCoordinates& c, std::size_t a, std::size_t b, float t) {
    Spot s = spot_of(c, a);
    s.along = mix_value(s.along, c.along[b], t);
    s.spinal = mix_value(s.spinal, c.spinal_level[b], t);
    float to = c.around_deg[b];
    if (!axial_region(s.region) && !std::isnan(to) && !std::isnan(s.around)) {
        if (to - s.around > 180.0f)
            to -= 360.0f;
        else if (s.around - to > 180.0f)
            to += 360.0f;
        s.around = std::fmod(mix_value(s.around, to, t) + 360.0f, 360.0f);
    } else {
        s.around = mix_value(s.around, to, t);
    }
    return s;
}

bool claims(const Zone& z, const Spot& p) {
    if (std::find(z.regions.begin(), z.regions.end(), p.region) == z.regions.end())
        return false;
    // Oblique ends (docs/map-format.md): the along range at this spot's
    // place across the around range, and the other way round.
    const Range along = z.along && z.around ? z.along->at(fraction_across(*z.around, p.around, true)) : z.along.value_or(Range{});
    if (z.along && !in_range(along, p.along, false, 1.0f))
        return false;
    // Around the trunk the scale ends at the back midline, 180.
    const Range around = z.around && z.along ? z.around->at(fraction_across(*z.along, p.along, false)) : z.around.value_or(Range{});
    if (z.around && !in_range(around, p.around, true, axial_region(p.region) ? 180.0f : 360.0f))
        return false;
    if (z.spinal && !in_range(*z.spinal, p.spinal, false, 31.5f))
        return false;
    return true;
}

std::string where(const SurfaceMesh& skin, const BodyCoordinates& c, std::size_t v) {
    const glm::vec3 p = skin.positions[v];
    char xyz[64];
    std::snprintf(xyz, sizeof xyz, "(%.3f, %.3f, %.3f) m", double(p.x), double(p.y), double(p.z));
    std::string s = std::string(region_name(c.region[v])) + " (" + std::string(side_name(c.side[v])) + ") near " + xyz;
    if (!std::isnan(c.along[v]))
        s += ", along " + std::to_string(c.along[v]).substr(0, 4);
    if (!std::isnan(c.around_deg[v]))
        s += ", around " + std::to_string(int(std::lround(c.around_deg[v])));
    if (!std::isnan(c.spinal_level[v]))
        s += ", spinal " + std::to_string(c.spinal_level[v]).substr(0, 5);
    return s;
}

} // namespace

BakedMap bake_map(const DermatomeMap& map, const SurfaceMesh& skin, const BodyCoordinates& coords, int level) {
    const std::size_t n = skin.vertex_count();
    if (coords.region.size() != n)
        throw InternalError("baking map '" + map.id + "' with coordinates of another mesh");
    BakedMap baked;
    baked.level = level;
    baked.zone.assign(n, -1);
    std::vector<std::string> problems;

    // 1. Crisp: the zone that claims each vertex; collisions between zones of
    //    different levels are contradictions.
    std::vector<std::size_t> zone_vertices(map.zones.size(), 0);
    struct Collision {
        std::size_t count = 0;
        std::size_t example = 0;
    };
    std::map<std::pair<int, int>, Collision> collisions;
    std::map<std::pair<Region, Side>, Collision> holes;
    // Only the zones that name a vertex's region can claim it.
    std::vector<std::vector<std::size_t>> zones_of_region(static_cast<std::size_t>(Region::Count));
    for (std::size_t z = 0; z < map.zones.size(); ++z)
        for (Region r : map.zones[z].regions)
            zones_of_region[static_cast<std::size_t>(r)].push_back(z);
    for (std::size_t v = 0; v < n; ++v) {
        for (std::size_t z : zones_of_region[static_cast<std::size_t>(coords.region[v])]) {
            if (!claims(map.zones[z], spot_of(coords, v)))
                continue;
            ++zone_vertices[z];
            if (baked.zone[v] < 0) {
                baked.zone[v] = int(z);
            } else if (map.zones[std::size_t(baked.zone[v])].level != map.zones[z].level) {
                Collision& c = collisions[{baked.zone[v], int(z)}];
                if (c.count++ == 0)
                    c.example = v;
            }
        }
        if (baked.zone[v] < 0) {
            Collision& h = holes[{coords.region[v], coords.side[v]}];
            if (h.count++ == 0)
                h.example = v;
        }
    }
    for (const auto& [zones, c] : collisions)
        problems.push_back(map.zones[std::size_t(zones.first)].describe() + " and " +
                           map.zones[std::size_t(zones.second)].describe() + " both claim " + std::to_string(c.count) +
                           " vertices, e.g. on the " + where(skin, coords, c.example) +
                           "; make their ranges meet without overlapping");
    for (const auto& [region, h] : holes)
        problems.push_back("no zone covers " + std::to_string(h.count) + " vertices of the " +
                           where(skin, coords, h.example) +
                           (map.tiles_all_skin ? "; this map tiles all skin, so give them a level"
                                               : "; give them a level, or \"no consistent root\" or \"not shown\""));
    for (std::size_t z = 0; z < map.zones.size(); ++z)
        if (zone_vertices[z] == 0)
            problems.push_back(map.zones[z].describe() + " covers no skin on this body; check its ranges");
    if (!problems.empty())
        throw MapError(map.source, problems);

    // 2. Overlap: each level's indicator diffuses a little into its
    //    neighbours (atlas/overlap.h), with no overlap across axial lines
    //    (borders between levels that are not consecutive). The step's width
    //    is the map's transition. "No consistent root" does blend: the edge
    //    of a core zone is itself where the evidence fades.
    std::vector<Level> label(n);
    for (std::size_t v = 0; v < n; ++v)
        label[v] = map.zones[std::size_t(baked.zone[v])].level;
    // Also no overlap between a root and skin the map does not show: a map
    // that leaves the face out says nothing about the scalp's edge.
    auto axial = [](Level a, Level b) {
        if (a == b)
            return false;
        if (a == kNotShown || b == kNotShown)
            return is_spinal(a) || is_spinal(b);
        return is_spinal(a) && is_spinal(b) && !consecutive(a, b);
    };
    // A map with no transition asks for hard borders: each vertex its own
    // level, no shares from around it.
    const double sigma = double(map.transition_cm) / 100.0 / 2.56;
    std::vector<PointWeights> start(n);
    if (sigma > 0.0) {
        // Where a border crosses an edge, in body coordinates: the level
        // that claims the spot t of the way from a to b.
        auto level_between = [&](std::uint32_t a, std::uint32_t b, float t) -> std::optional<Level> {
            if (coords.region[a] != coords.region[b])
                return std::nullopt;
            const Spot p = between(coords, a, b, t);
            for (std::size_t z : zones_of_region[static_cast<std::size_t>(p.region)])
                if (claims(map.zones[z], p))
                    return map.zones[z].level;
            return kNotShown; // between zones: not a's level
        };
        start = border_ramp_shares(skin, label, level_between, axial);
    } else {
        for (std::size_t v = 0; v < n; ++v)
            start[v].entries[start[v].count++] = {label[v], 1.0f};
    }
    baked.weights = spread_levels(skin, label, start, 0.5 * sigma * sigma, axial);
    return baked;
}

} // namespace dv
