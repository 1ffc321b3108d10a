#include "body/mesh_graph.h"

#include <algorithm>
#include <utility>

namespace dv {

MeshGraph polygon_side_graph(const SurfaceMesh& mesh) {
    std::vector<VertexPair> edges;
    edges.reserve(mesh.face_indices.size());
    for (std::size_t f = 0; f < mesh.face_count(); ++f) {
        const std::uint32_t first = mesh.face_offsets[f], end = mesh.face_offsets[f + 1];
        for (std::uint32_t k = first; k < end; ++k) {
            std::uint32_t u = mesh.face_indices[k], v = mesh.face_indices[k + 1 < end ? k + 1 : first];
            if (u > v)
                std::swap(u, v);
            if (u != v)
                edges.push_back({u, v});
        }
    }
    const auto key = [](const VertexPair& e) { return std::pair(e.a, e.b); };
    std::sort(edges.begin(), edges.end(), [&](const VertexPair& x, const VertexPair& y) { return key(x) < key(y); });
    edges.erase(std::unique(edges.begin(), edges.end(),
                            [&](const VertexPair& x, const VertexPair& y) { return key(x) == key(y); }),
                edges.end());
    return graph_from_edges(mesh.vertex_count(), std::span<const VertexPair>(edges));
}

} // namespace dv
