#pragma once
// Vertex adjacency of a mesh in compressed rows: the one graph structure that
// the body coordinates (flood fills, joint cuts, ring detection) and the
// harmonic fields (Laplacian assembly, Dijkstra) walk.
#include "body/body_mesh.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace dv {

struct MeshGraph {
    // The neighbours of v are neighbours[offsets[v] .. offsets[v + 1]); a
    // position in that array is a "slot", one per direction of each edge,
    // so per-edge data (a weight, a "cut here" flag) can sit beside it.
    std::vector<std::uint32_t> offsets; // vertex_count() + 1 entries
    std::vector<std::uint32_t> neighbours;
    std::vector<std::uint32_t> edge_of; // per slot: index of the edge in the list the graph was built from

    std::size_t vertex_count() const { return offsets.empty() ? 0 : offsets.size() - 1; }
    std::span<const std::uint32_t> neighbours_of(std::uint32_t v) const {
        return {neighbours.data() + offsets[v], neighbours.data() + offsets[v + 1]};
    }
};

// An undirected edge, a < b.
struct VertexPair {
    std::uint32_t a = 0, b = 0;
};

// The graph of an edge list without repeats. Each vertex's neighbours come
// out in the order of the list, so a list sorted by (a, b) gives sorted rows.
// Edge is any type with members a and b (VertexPair, or one that also
// carries a weight).
template <class Edge>
MeshGraph graph_from_edges(std::size_t vertex_count, std::span<const Edge> edges) {
    MeshGraph g;
    g.offsets.assign(vertex_count + 1, 0);
    for (const Edge& e : edges) {
        ++g.offsets[e.a + 1];
        ++g.offsets[e.b + 1];
    }
    for (std::size_t v = 0; v < vertex_count; ++v)
        g.offsets[v + 1] += g.offsets[v];
    g.neighbours.resize(g.offsets[vertex_count]);
    g.edge_of.resize(g.offsets[vertex_count]);
    std::vector<std::uint32_t> fill(g.offsets.begin(), g.offsets.end() - 1);
    for (std::size_t k = 0; k < edges.size(); ++k) {
        const Edge& e = edges[k];
        g.edge_of[fill[e.a]] = static_cast<std::uint32_t>(k);
        g.neighbours[fill[e.a]++] = e.b;
        g.edge_of[fill[e.b]] = static_cast<std::uint32_t>(k);
        g.neighbours[fill[e.b]++] = e.a;
    }
    return g;
}

// Two vertices are neighbours when they are consecutive corners of a polygon
// (its sides; no diagonals). Rows come out sorted.
MeshGraph polygon_side_graph(const SurfaceMesh& mesh);

} // namespace dv
