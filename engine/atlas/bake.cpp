#include "atlas/bake.h"

#include <Eigen/Sparse>
#include <Eigen/SparseCholesky>
#include <glm/geometric.hpp>

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

std::vector<PointWeights> carry_weights(const Subdivision& subdivision, const std::vector<PointWeights>& base) {
    std::vector<PointWeights> current = base;
    for (const SubdivisionStencil& stencil : subdivision.stencils()) {
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

bool claims(const Zone& z, const BodyCoordinates& c, std::size_t v) {
    if (std::find(z.regions.begin(), z.regions.end(), c.region[v]) == z.regions.end())
        return false;
    // Oblique ends (docs/map-format.md): the along range at this vertex's
    // place across the around range, and the other way round.
    const Range along = z.along && z.around ? z.along->at(fraction_across(*z.around, c.around_deg[v], true)) : z.along.value_or(Range{});
    if (z.along && !in_range(along, c.along[v], false, 1.0f))
        return false;
    // Around the trunk the scale ends at the back midline, 180.
    const bool axial = c.region[v] == Region::Neck || c.region[v] == Region::Trunk || c.region[v] == Region::Perineum;
    const Range around = z.around && z.along ? z.around->at(fraction_across(*z.along, c.along[v], false)) : z.around.value_or(Range{});
    if (z.around && !in_range(around, c.around_deg[v], true, axial ? 180.0f : 360.0f))
        return false;
    if (z.spinal && !in_range(*z.spinal, c.spinal_level[v], false, 31.5f))
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

// Lumped vertex areas: a quarter of each quad (a third of each triangle).
std::vector<double> vertex_areas(const SurfaceMesh& m) {
    std::vector<double> area(m.vertex_count(), 0.0);
    for (std::size_t f = 0; f < m.face_count(); ++f) {
        const std::uint32_t b = m.face_offsets[f], e = m.face_offsets[f + 1];
        double a = 0.0;
        for (std::uint32_t k = b + 1; k + 1 < e; ++k)
            a += 0.5 * double(glm::length(glm::cross(m.positions[m.face_indices[k]] - m.positions[m.face_indices[b]],
                                                     m.positions[m.face_indices[k + 1]] - m.positions[m.face_indices[b]])));
        for (std::uint32_t k = b; k < e; ++k)
            area[m.face_indices[k]] += a / double(e - b);
    }
    return area;
}

} // namespace

BakedMap bake_map(const DermatomeMap& map, const SurfaceMesh& skin, const BodyCoordinates& coords) {
    const std::size_t n = skin.vertex_count();
    BakedMap baked;
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
            if (!claims(map.zones[z], coords, v))
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
    //    neighbours by one implicit heat step, (M + t K) w = M w0, where K is
    //    the edge Laplacian with no edges across axial lines (borders between
    //    levels that are not consecutive). The step's width is the map's
    //    transition: a Gaussian of sigma s spreads a border over ~2.56 s.
    //    "No consistent root" does blend: the edge of a core zone is itself
    //    where the evidence fades.
    std::vector<Level> label(n);
    for (std::size_t v = 0; v < n; ++v)
        label[v] = map.zones[std::size_t(baked.zone[v])].level;
    std::vector<int> column(DenseWeights::kSlots, -1);
    std::vector<int> slots;
    for (std::size_t v = 0; v < n; ++v) {
        const int s = DenseWeights::slot(label[v]);
        if (column[std::size_t(s)] < 0) {
            column[std::size_t(s)] = int(slots.size());
            slots.push_back(s);
        }
    }
    const std::vector<double> area = vertex_areas(skin);
    const double sigma = double(map.transition_cm) / 100.0 / 2.56;
    const double t = 0.5 * sigma * sigma;
    std::vector<Eigen::Triplet<double>> entries;
    entries.reserve(n + 8 * n);
    std::vector<double> diagonal(area.begin(), area.end());
    // Also no overlap between a root and skin the map does not show: a map
    // that leaves the face out says nothing about the scalp's edge.
    auto axial = [&](std::uint32_t a, std::uint32_t b) {
        if (label[a] == label[b])
            return false;
        if (label[a] == kNotShown || label[b] == kNotShown)
            return is_spinal(label[a]) || is_spinal(label[b]);
        return is_spinal(label[a]) && is_spinal(label[b]) && !consecutive(label[a], label[b]);
    };
    for (std::size_t f = 0; f < skin.face_count(); ++f) {
        const std::uint32_t b = skin.face_offsets[f], e = skin.face_offsets[f + 1];
        for (std::uint32_t k = b; k < e; ++k) {
            const std::uint32_t i = skin.face_indices[k], j = skin.face_indices[k + 1 < e ? k + 1 : b];
            if (axial(i, j) || t == 0.0)
                continue;
            // Each edge is seen from its two faces: half the weight each.
            const double w = 0.5 * t;
            entries.emplace_back(int(i), int(j), -w);
            entries.emplace_back(int(j), int(i), -w);
            diagonal[i] += w;
            diagonal[j] += w;
        }
    }
    for (std::size_t v = 0; v < n; ++v)
        entries.emplace_back(int(v), int(v), diagonal[v]);
    const auto rows = static_cast<Eigen::Index>(n);
    Eigen::SparseMatrix<double> a(rows, rows);
    a.setFromTriplets(entries.begin(), entries.end());
    Eigen::SimplicialLDLT<Eigen::SparseMatrix<double>> solver(a);
    if (solver.info() != Eigen::Success)
        throw InternalError("the overlap system of map '" + map.id + "' could not be factored");
    Eigen::MatrixXd rhs = Eigen::MatrixXd::Zero(rows, static_cast<Eigen::Index>(slots.size()));
    for (std::size_t v = 0; v < n; ++v)
        rhs(int(v), column[std::size_t(DenseWeights::slot(label[v]))]) = area[v];
    const Eigen::MatrixXd spread = solver.solve(rhs);

    baked.weights.resize(n);
    for (std::size_t v = 0; v < n; ++v) {
        DenseWeights d;
        for (std::size_t c = 0; c < slots.size(); ++c)
            d.w[std::size_t(slots[c])] = std::max(0.0f, float(spread(int(v), int(c))));
        // The vertex's own level always survives, so a narrow strip never vanishes.
        d.w[std::size_t(DenseWeights::slot(label[v]))] += 1e-3f;
        baked.weights[v] = to_sparse(d);
    }
    return baked;
}

} // namespace dv
