#pragma once
// Smooth scalar fields on the skin: harmonic functions (the cotangent
// Laplacian with Dirichlet constraints) and edge-graph geodesic distances.
// These turn a few landmarks into body coordinates (docs/body-coordinates.md):
// along-limb 0 on the proximal joint ring and 1 on the distal one, a trunk
// spinal level pinned at the landmarks of body/spinal_pins.cpp.
//
// The discretisation, in short:
//   * Polygons are split into triangles: a quad along its locally Delaunay
//     diagonal (the one whose two opposite angles sum to at most pi), any other
//     polygon as a fan. This removes the negative diagonal weights that an
//     arbitrary fan split of a skewed quad gives.
//   * Edge weight w_ij = (cot a + cot b) / 2 over the triangles on the edge,
//     then clamped to [kMinEdgeWeight, kMaxEdgeWeight]. Clamping from below
//     makes every off-diagonal entry negative and every row diagonally
//     dominant (an M-matrix), so each free value is a convex combination of
//     its neighbours: the discrete maximum principle holds, a field never
//     leaves the range of its constraints and never has an interior extremum.
//     The floor is a tiny positive number rather than 0 so that the matrix
//     graph is exactly the mesh's edge graph (no vertex gets cut loose by a
//     bad triangle), which is also the graph that the component check uses;
//     it is small enough (1e-8 against typical weights of 0.5) not to disturb
//     fields where the raw weight is exactly 0 (right angles).
//     On the default body 689 of 40 134 edges (1.7 %) have negative raw
//     weights (down to -0.84), mostly in the face, the feet and the hands,
//     a dozen on the trunk; clamping them changes fields only locally.
//     On clean meshes few edges are clamped and the cotangent Laplacian's
//     linear precision is kept (a planar linear function is reproduced
//     exactly); intrinsic Delaunay would remove the remaining error, but the
//     fields here only need to be smooth, monotone and landmark-faithful.
//     Triangles with (near) zero area add nothing.
//   * With a mask, only the triangles whose three corners are in the mask
//     contribute: the region is a surface with a border and gets the natural
//     (Neumann, zero-flux) condition there, exactly as if the region had been
//     cut out as its own mesh. Edges between mask vertices that lie on no
//     inside triangle keep the floor weight, so connectivity is that of the
//     mask's edge graph.
#include "body/body_mesh.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace dv {

inline constexpr double kMinEdgeWeight = 1e-8; // dimensionless (cotangents)
inline constexpr double kMaxEdgeWeight = 1e4;

// What the Laplacian build found; useful to judge a mesh's quality.
struct LaplacianStats {
    std::size_t active_vertices = 0;     // in the mask (or all vertices)
    std::size_t free_vertices = 0;       // active and not constrained
    std::size_t edges = 0;               // triangulation edges with both ends active
    std::size_t negative_weights = 0;    // raw weight clearly negative (< -1e-9): obtuse pairs
    std::size_t clamped_low = 0;         // raw weight below kMinEdgeWeight (negative or ~0), raised to it
    std::size_t clamped_high = 0;        // raw weight above kMaxEdgeWeight
    std::size_t degenerate_triangles = 0; // (near) zero area, skipped
    double min_raw_weight = 0.0;         // before clamping
};

// Factors the Laplacian once for a fixed set of constrained vertices; every
// solve() then costs one pair of triangular solves. Move-only.
class HarmonicSolver {
public:
    // constrained: vertex indices with a fixed value (distinct, in range).
    // mask: empty = every vertex takes part; otherwise mask.size() ==
    // vertex_count() and mask[v] != 0 marks the vertices taking part.
    // Throws dv::Error when there are no constraints, an index is out of
    // range or repeated, a constrained vertex is outside the mask, the mask
    // has the wrong size, or a connected part of the domain has no
    // constraint (its field would be undetermined).
    HarmonicSolver(const SurfaceMesh& mesh, std::span<const std::uint32_t> constrained,
                   std::span<const std::uint8_t> mask = {});
    ~HarmonicSolver();
    HarmonicSolver(HarmonicSolver&&) noexcept;
    HarmonicSolver& operator=(HarmonicSolver&&) noexcept;
    HarmonicSolver(const HarmonicSolver&) = delete;
    HarmonicSolver& operator=(const HarmonicSolver&) = delete;

    // constrained_values[k] is the value at constrained[k]. Returns one value
    // per mesh vertex: the constrained values exactly, the harmonic
    // interpolation elsewhere in the domain, NaN outside the mask.
    std::vector<double> solve(std::span<const double> constrained_values) const;

    std::size_t vertex_count() const;
    std::span<const std::uint32_t> constrained() const;
    const LaplacianStats& stats() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// One-shot convenience: HarmonicSolver(mesh, constrained, mask).solve(values).
std::vector<double> harmonic_field(const SurfaceMesh& mesh, std::span<const std::uint32_t> constrained,
                                   std::span<const double> values, std::span<const std::uint8_t> mask = {});

// Multi-source Dijkstra over the mesh graph in which two vertices are joined
// when they share a polygon (for quads: the four sides and both diagonals,
// which brings a grid's error from 41 % to under 8 %). Distances are lengths
// of vertex paths, so they over-estimate the true geodesic a little: good for
// "which landmark is nearest", not for measuring.
struct MeshDistances {
    std::vector<double> distance;              // +inf where unreachable, NaN outside the mask
    std::vector<std::uint32_t> nearest_source; // index into `sources`; kNoSource where unreached
    static constexpr std::uint32_t kNoSource = 0xffffffffu;
};

// Throws dv::Error for no sources, an index out of range, a source outside the
// mask, or a mask of the wrong size.
MeshDistances geodesic_dijkstra(const SurfaceMesh& mesh, std::span<const std::uint32_t> sources,
                                std::span<const std::uint8_t> mask = {});

std::vector<double> geodesic_distance_dijkstra(const SurfaceMesh& mesh, std::span<const std::uint32_t> sources,
                                               std::span<const std::uint8_t> mask = {});

} // namespace dv
