#include "body/harmonic_field.h"

#include "body/mesh_graph.h"

#include "core/error.h"

#include <Eigen/SparseCholesky>
#include <Eigen/SparseCore>
#include <glm/geometric.hpp>
#include <glm/vec3.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>
#include <string>
#include <utility>

namespace dv {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

using Vec3d = glm::dvec3;

Vec3d pos(const SurfaceMesh& mesh, std::uint32_t v) {
    const glm::vec3& p = mesh.positions[v];
    return Vec3d(p);
}

struct WeightedEdge {
    std::uint32_t a = 0, b = 0; // a < b
    double w = 0.0;
};

WeightedEdge edge(std::uint32_t a, std::uint32_t b, double w) {
    return a < b ? WeightedEdge{a, b, w} : WeightedEdge{b, a, w};
}

// Sorts edges by (a, b), a counting sort on a and a small sort per bucket
// (several times faster than one big sort), and merges repeats: their weights
// are summed, or the first is kept.
enum class Repeats { sum, keep_first };
std::vector<WeightedEdge> merge_edges(std::size_t n, const std::vector<WeightedEdge>& in, Repeats repeats) {
    std::vector<std::uint32_t> start(n + 1, 0);
    for (const WeightedEdge& e : in)
        ++start[e.a + 1];
    for (std::size_t v = 0; v < n; ++v)
        start[v + 1] += start[v];
    std::vector<WeightedEdge> sorted(in.size());
    std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
    for (const WeightedEdge& e : in)
        sorted[fill[e.a]++] = e;
    std::vector<WeightedEdge> out;
    out.reserve(in.size() / 2 + 1);
    for (std::size_t v = 0; v < n; ++v) {
        const auto first = sorted.begin() + start[v], last = sorted.begin() + start[v + 1];
        std::sort(first, last, [](const WeightedEdge& x, const WeightedEdge& y) { return x.b < y.b; });
        for (auto it = first; it != last;) {
            WeightedEdge merged = *it;
            for (++it; it != last && it->b == merged.b; ++it)
                if (repeats == Repeats::sum)
                    merged.w += it->w;
            out.push_back(merged);
        }
    }
    return out;
}

// Checks the mask and returns the per-vertex "takes part" flags.
std::vector<std::uint8_t> active_flags(const SurfaceMesh& mesh, std::span<const std::uint8_t> mask,
                                       const char* what) {
    const std::size_t n = mesh.vertex_count();
    if (mask.empty())
        return std::vector<std::uint8_t>(n, 1);
    if (mask.size() != n)
        throw Error(std::string(what) + ": the vertex mask has " + std::to_string(mask.size()) +
                    " entries but the mesh '" + mesh.name + "' has " + std::to_string(n) +
                    " vertices; pass one entry per vertex, or an empty mask for the whole mesh");
    std::vector<std::uint8_t> active(n);
    for (std::size_t v = 0; v < n; ++v)
        active[v] = mask[v] != 0 ? 1 : 0;
    return active;
}

void check_vertices(const SurfaceMesh& mesh, std::span<const std::uint32_t> vertices,
                    const std::vector<std::uint8_t>& active, const char* what, const char* role) {
    const std::size_t n = mesh.vertex_count();
    if (vertices.empty())
        throw Error(std::string(what) + ": no " + role +
                    " vertices were given; at least one is needed to fix the field");
    for (std::size_t k = 0; k < vertices.size(); ++k) {
        const std::uint32_t v = vertices[k];
        if (v >= n)
            throw Error(std::string(what) + ": " + role + " vertex #" + std::to_string(k) + " is index " +
                        std::to_string(v) + ", out of range for mesh '" + mesh.name + "' with " +
                        std::to_string(n) + " vertices (valid: 0.." + std::to_string(n == 0 ? 0 : n - 1) + ")");
        if (!active[v])
            throw Error(std::string(what) + ": " + role + " vertex #" + std::to_string(k) + " (index " +
                        std::to_string(v) + ") lies outside the vertex mask; add it to the mask or drop it");
    }
}

// Splits polygons into triangles: quads along the locally Delaunay diagonal,
// everything else as a fan.
template <class Fn>
void for_each_triangle(const SurfaceMesh& mesh, Fn&& fn) {
    auto cot_at = [&](std::uint32_t apex, std::uint32_t a, std::uint32_t b) {
        const Vec3d p = pos(mesh, apex);
        const Vec3d u = pos(mesh, a) - p;
        const Vec3d w = pos(mesh, b) - p;
        const double c = glm::length(glm::cross(u, w));
        return c > 0.0 ? glm::dot(u, w) / c : 0.0;
    };
    for (std::size_t f = 0; f + 1 < mesh.face_offsets.size(); ++f) {
        const std::uint32_t first = mesh.face_offsets[f];
        const std::uint32_t end = mesh.face_offsets[f + 1];
        const std::uint32_t* idx = mesh.face_indices.data() + first;
        const std::uint32_t count = end - first;
        if (count < 3)
            continue;
        if (count == 4) {
            // Diagonal 0-2 is opposite the corners 1 and 3; diagonal 1-3 is
            // opposite 0 and 2. Keep the one with the larger cotangent sum.
            const double d02 = cot_at(idx[1], idx[0], idx[2]) + cot_at(idx[3], idx[0], idx[2]);
            const double d13 = cot_at(idx[0], idx[1], idx[3]) + cot_at(idx[2], idx[1], idx[3]);
            if (d02 >= d13) {
                fn(idx[0], idx[1], idx[2]);
                fn(idx[0], idx[2], idx[3]);
            } else {
                fn(idx[1], idx[2], idx[3]);
                fn(idx[1], idx[3], idx[0]);
            }
            continue;
        }
        for (std::uint32_t k = 1; k + 1 < count; ++k)
            fn(idx[0], idx[k], idx[k + 1]);
    }
}

// The clamped cotangent weights of all triangulation edges with both ends
// active; only triangles with all three corners active contribute weight.
std::vector<WeightedEdge> cotangent_edges(const SurfaceMesh& mesh, const std::vector<std::uint8_t>& active,
                                          LaplacianStats& stats) {
    std::vector<WeightedEdge> half; // (edge, half-cotangent) per triangle corner
    half.reserve(mesh.face_indices.size() * 2);
    for_each_triangle(mesh, [&](std::uint32_t i, std::uint32_t j, std::uint32_t k) {
        const bool ai = active[i] != 0, aj = active[j] != 0, ak = active[k] != 0;
        if (!(ai && aj && ak)) {
            // Register the edges inside the mask without weight, so that
            // connectivity is that of the mask's edge graph.
            if (ai && aj) half.push_back(edge(i, j, 0.0));
            if (aj && ak) half.push_back(edge(j, k, 0.0));
            if (ak && ai) half.push_back(edge(k, i, 0.0));
            return;
        }
        const Vec3d pi = pos(mesh, i), pj = pos(mesh, j), pk = pos(mesh, k);
        const Vec3d eij = pj - pi, ejk = pk - pj, eki = pi - pk;
        const double twice_area = glm::length(glm::cross(eij, -eki));
        const double longest2 = std::max({glm::dot(eij, eij), glm::dot(ejk, ejk), glm::dot(eki, eki)});
        if (!(twice_area > 1e-12 * longest2)) {
            ++stats.degenerate_triangles;
            half.push_back(edge(i, j, 0.0));
            half.push_back(edge(j, k, 0.0));
            half.push_back(edge(k, i, 0.0));
            return;
        }
        // cot of the corner = dot of its two sides / (2 * area).
        const double cot_i = -glm::dot(eij, eki) / twice_area; // opposite edge j-k
        const double cot_j = -glm::dot(ejk, eij) / twice_area; // opposite edge k-i
        const double cot_k = -glm::dot(eki, ejk) / twice_area; // opposite edge i-j
        half.push_back(edge(j, k, 0.5 * cot_i));
        half.push_back(edge(k, i, 0.5 * cot_j));
        half.push_back(edge(i, j, 0.5 * cot_k));
    });
    std::vector<WeightedEdge> edges = merge_edges(mesh.vertex_count(), half, Repeats::sum);
    stats.min_raw_weight = kInf;
    for (WeightedEdge& e : edges) {
        double& w = e.w;
        stats.min_raw_weight = std::min(stats.min_raw_weight, w);
        if (w < -1e-9)
            ++stats.negative_weights;
        if (w < kMinEdgeWeight) {
            ++stats.clamped_low;
            w = kMinEdgeWeight;
        } else if (w > kMaxEdgeWeight) {
            ++stats.clamped_high;
            w = kMaxEdgeWeight;
        }
    }
    if (edges.empty())
        stats.min_raw_weight = 0.0;
    stats.edges = edges.size();
    return edges;
}

// The mesh graph of the edges with a weight beside each slot.
struct Adjacency {
    MeshGraph graph;
    std::vector<double> weights; // per slot of graph.neighbours
};

Adjacency build_adjacency(std::size_t n, const std::vector<WeightedEdge>& edges) {
    Adjacency adj{graph_from_edges(n, std::span<const WeightedEdge>(edges)), {}};
    adj.weights.resize(adj.graph.neighbours.size());
    for (std::size_t slot = 0; slot < adj.weights.size(); ++slot)
        adj.weights[slot] = edges[adj.graph.edge_of[slot]].w;
    return adj;
}

// Every connected part of the active graph must hold a constrained vertex.
void check_components(const SurfaceMesh& mesh, const Adjacency& adj, const std::vector<std::uint8_t>& active,
                      const std::vector<std::uint8_t>& is_constrained) {
    const std::size_t n = active.size();
    std::vector<std::uint8_t> seen(n, 0);
    std::vector<std::uint32_t> stack;
    std::size_t bad_parts = 0, bad_vertices = 0, first_size = 0;
    std::uint32_t first_vertex = 0;
    for (std::uint32_t start = 0; start < n; ++start) {
        if (!active[start] || seen[start])
            continue;
        std::size_t size = 0;
        bool has_constraint = false;
        seen[start] = 1;
        stack.assign(1, start);
        while (!stack.empty()) {
            const std::uint32_t v = stack.back();
            stack.pop_back();
            ++size;
            has_constraint = has_constraint || is_constrained[v] != 0;
            for (std::uint32_t e = adj.graph.offsets[v]; e < adj.graph.offsets[v + 1]; ++e) {
                const std::uint32_t u = adj.graph.neighbours[e];
                if (!seen[u]) {
                    seen[u] = 1;
                    stack.push_back(u);
                }
            }
        }
        if (!has_constraint) {
            if (bad_parts == 0) {
                first_size = size;
                first_vertex = start;
            }
            ++bad_parts;
            bad_vertices += size;
        }
    }
    if (bad_parts == 0)
        return;
    std::string msg = "harmonic field on mesh '" + mesh.name + "': a connected part of the domain with " +
                      std::to_string(first_size) + " vertices (containing vertex " + std::to_string(first_vertex) +
                      ") has no constrained vertex, so its values are undetermined";
    if (bad_parts > 1)
        msg += " (" + std::to_string(bad_parts) + " such parts, " + std::to_string(bad_vertices) +
               " vertices in all)";
    msg += "; constrain at least one vertex in every part, or leave those parts out of the mask";
    throw Error(msg);
}

} // namespace

struct HarmonicSolver::Impl {
    std::size_t n = 0;
    std::vector<std::uint32_t> constrained;
    std::vector<std::uint8_t> active;
    std::vector<std::uint32_t> free_vertices; // free index -> vertex
    Eigen::SparseMatrix<double> coupling;     // free x constrained: w_ij
    Eigen::SimplicialLDLT<Eigen::SparseMatrix<double>> ldlt;
    LaplacianStats stats;
};

HarmonicSolver::HarmonicSolver(const SurfaceMesh& mesh, std::span<const std::uint32_t> constrained,
                               std::span<const std::uint8_t> mask)
    : impl_(std::make_unique<Impl>()) {
    constexpr const char* what = "harmonic field";
    Impl& s = *impl_;
    s.n = mesh.vertex_count();
    s.active = active_flags(mesh, mask, what);
    check_vertices(mesh, constrained, s.active, what, "constrained");

    // Slot of each constrained vertex; -1 for free ones.
    std::vector<std::int64_t> slot(s.n, -1);
    std::vector<std::uint8_t> is_constrained(s.n, 0);
    for (std::size_t k = 0; k < constrained.size(); ++k) {
        const std::uint32_t v = constrained[k];
        if (is_constrained[v])
            throw Error(std::string(what) + ": vertex " + std::to_string(v) + " is constrained twice (#" +
                        std::to_string(slot[v]) + " and #" + std::to_string(k) + "); give each vertex one value");
        is_constrained[v] = 1;
        slot[v] = std::int64_t(k);
    }
    s.constrained.assign(constrained.begin(), constrained.end());

    const std::vector<WeightedEdge> edges = cotangent_edges(mesh, s.active, s.stats);
    const Adjacency adj = build_adjacency(s.n, edges);
    check_components(mesh, adj, s.active, is_constrained);

    // Free vertices get consecutive indices in the reduced system.
    std::vector<std::int64_t> free_index(s.n, -1);
    for (std::uint32_t v = 0; v < s.n; ++v) {
        if (s.active[v]) {
            ++s.stats.active_vertices;
            if (!is_constrained[v]) {
                free_index[v] = std::int64_t(s.free_vertices.size());
                s.free_vertices.push_back(v);
            }
        }
    }
    s.stats.free_vertices = s.free_vertices.size();

    // L_ff x_f = W_fc x_c with L_ff = diag(sum of weights) - W_ff: symmetric,
    // positive definite once every part holds a constraint (checked above).
    // Only its lower triangle is stored, built column by column: adjacency
    // lists come out of merge_edges sorted, and free indices keep the vertex
    // order, so the rows of each column are already in order.
    const auto nf = Eigen::Index(s.free_vertices.size());
    const auto nc = Eigen::Index(constrained.size());
    std::vector<int> outer(s.free_vertices.size() + 1, 0), inner;
    std::vector<double> values;
    inner.reserve(adj.graph.neighbours.size() / 2 + s.free_vertices.size());
    values.reserve(inner.capacity());
    std::vector<Eigen::Triplet<double>> c_entries;
    for (std::size_t fi = 0; fi < s.free_vertices.size(); ++fi) {
        const std::uint32_t v = s.free_vertices[fi];
        const std::size_t diagonal_at = values.size();
        inner.push_back(int(fi));
        values.push_back(0.0);
        double diagonal = 0.0;
        for (std::uint32_t e = adj.graph.offsets[v]; e < adj.graph.offsets[v + 1]; ++e) {
            const std::uint32_t u = adj.graph.neighbours[e];
            const double w = adj.weights[e];
            diagonal += w;
            if (free_index[u] > std::int64_t(fi)) {
                inner.push_back(int(free_index[u]));
                values.push_back(-w);
            } else if (free_index[u] < 0) {
                c_entries.emplace_back(Eigen::Index(fi), Eigen::Index(slot[u]), w);
            }
        }
        values[diagonal_at] = diagonal;
        outer[fi + 1] = int(values.size());
    }
    s.coupling.resize(nf, nc);
    s.coupling.setFromTriplets(c_entries.begin(), c_entries.end());
    if (nf > 0) {
        const Eigen::SparseMatrix<double> a = Eigen::Map<const Eigen::SparseMatrix<double>>(
            nf, nf, Eigen::Index(values.size()), outer.data(), inner.data(), values.data());
        s.ldlt.compute(a);
        if (s.ldlt.info() != Eigen::Success)
            throw Error("harmonic field on mesh '" + mesh.name + "': the Laplacian of " + std::to_string(nf) +
                        " free vertices could not be factored (numerically singular); check the mesh for "
                        "degenerate faces");
    }
}

HarmonicSolver::~HarmonicSolver() = default;
HarmonicSolver::HarmonicSolver(HarmonicSolver&&) noexcept = default;
HarmonicSolver& HarmonicSolver::operator=(HarmonicSolver&&) noexcept = default;

std::vector<double> HarmonicSolver::solve(std::span<const double> constrained_values) const {
    const Impl& s = *impl_;
    if (constrained_values.size() != s.constrained.size())
        throw Error("harmonic field: " + std::to_string(constrained_values.size()) +
                    " constraint values were given for " + std::to_string(s.constrained.size()) +
                    " constrained vertices; give one value per constrained vertex, in the same order");
    for (std::size_t k = 0; k < constrained_values.size(); ++k)
        if (!std::isfinite(constrained_values[k]))
            throw Error("harmonic field: the value for constrained vertex #" + std::to_string(k) + " (index " +
                        std::to_string(s.constrained[k]) + ") is not a finite number");

    std::vector<double> out(s.n, kNaN);
    for (std::size_t k = 0; k < s.constrained.size(); ++k)
        out[s.constrained[k]] = constrained_values[k];
    if (s.free_vertices.empty())
        return out;
    const Eigen::Map<const Eigen::VectorXd> xc(constrained_values.data(), Eigen::Index(constrained_values.size()));
    const Eigen::VectorXd rhs = s.coupling * xc;
    const Eigen::VectorXd xf = s.ldlt.solve(rhs);
    for (std::size_t fi = 0; fi < s.free_vertices.size(); ++fi)
        out[s.free_vertices[fi]] = xf[Eigen::Index(fi)];
    return out;
}

std::size_t HarmonicSolver::vertex_count() const { return impl_->n; }
std::span<const std::uint32_t> HarmonicSolver::constrained() const { return impl_->constrained; }
const LaplacianStats& HarmonicSolver::stats() const { return impl_->stats; }

std::vector<double> harmonic_field(const SurfaceMesh& mesh, std::span<const std::uint32_t> constrained,
                                   std::span<const double> values, std::span<const std::uint8_t> mask) {
    if (values.size() != constrained.size())
        throw Error("harmonic field: " + std::to_string(values.size()) + " constraint values were given for " +
                    std::to_string(constrained.size()) +
                    " constrained vertices; give one value per constrained vertex, in the same order");
    return HarmonicSolver(mesh, constrained, mask).solve(values);
}

MeshDistances geodesic_dijkstra(const SurfaceMesh& mesh, std::span<const std::uint32_t> sources,
                                std::span<const std::uint8_t> mask) {
    constexpr const char* what = "geodesic distance";
    const std::size_t n = mesh.vertex_count();
    const std::vector<std::uint8_t> active = active_flags(mesh, mask, what);
    check_vertices(mesh, sources, active, what, "source");

    // Vertices sharing a polygon are joined (sides and, for quads, diagonals).
    std::vector<WeightedEdge> edges;
    edges.reserve(mesh.face_indices.size() * 2);
    for (std::size_t f = 0; f + 1 < mesh.face_offsets.size(); ++f) {
        const std::uint32_t first = mesh.face_offsets[f];
        const std::uint32_t end = mesh.face_offsets[f + 1];
        for (std::uint32_t p = first; p < end; ++p) {
            for (std::uint32_t q = p + 1; q < end; ++q) {
                const std::uint32_t a = mesh.face_indices[p], b = mesh.face_indices[q];
                if (a == b || !active[a] || !active[b])
                    continue;
                edges.push_back(edge(a, b, glm::distance(pos(mesh, a), pos(mesh, b))));
            }
        }
    }
    const Adjacency adj = build_adjacency(n, merge_edges(n, edges, Repeats::keep_first));

    MeshDistances out;
    out.distance.assign(n, kInf);
    out.nearest_source.assign(n, MeshDistances::kNoSource);
    using Item = std::pair<double, std::uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    for (std::size_t k = 0; k < sources.size(); ++k) {
        const std::uint32_t v = sources[k];
        if (out.distance[v] > 0.0) { // the first listing of a repeated source wins
            out.distance[v] = 0.0;
            out.nearest_source[v] = std::uint32_t(k);
            queue.emplace(0.0, v);
        }
    }
    while (!queue.empty()) {
        const auto [d, v] = queue.top();
        queue.pop();
        if (d > out.distance[v])
            continue;
        for (std::uint32_t e = adj.graph.offsets[v]; e < adj.graph.offsets[v + 1]; ++e) {
            const std::uint32_t u = adj.graph.neighbours[e];
            const double nd = d + adj.weights[e];
            if (nd < out.distance[u]) {
                out.distance[u] = nd;
                out.nearest_source[u] = out.nearest_source[v];
                queue.emplace(nd, u);
            }
        }
    }
    for (std::size_t v = 0; v < n; ++v)
        if (!active[v])
            out.distance[v] = kNaN;
    return out;
}

std::vector<double> geodesic_distance_dijkstra(const SurfaceMesh& mesh, std::span<const std::uint32_t> sources,
                                               std::span<const std::uint8_t> mask) {
    return geodesic_dijkstra(mesh, sources, mask).distance;
}

} // namespace dv
