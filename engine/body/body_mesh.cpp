#include "body/body_mesh.h"

#include "core/error.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <bit>
#include <cmath>
#include <map>
#include <unordered_map>

namespace dv {

std::vector<std::uint32_t> SurfaceMesh::triangle_indices() const {
    std::vector<std::uint32_t> out;
    out.reserve(triangle_count() * 3);
    for (std::size_t f = 0; f + 1 < face_offsets.size(); ++f) {
        const std::uint32_t first = face_offsets[f];
        const std::uint32_t end = face_offsets[f + 1];
        for (std::uint32_t k = first + 1; k + 1 < end; ++k) {
            out.push_back(face_indices[first]);
            out.push_back(face_indices[k]);
            out.push_back(face_indices[k + 1]);
        }
    }
    return out;
}

std::size_t SurfaceMesh::triangle_count() const {
    std::size_t n = 0;
    for (std::size_t f = 0; f + 1 < face_offsets.size(); ++f)
        n += face_offsets[f + 1] - face_offsets[f] - 2;
    return n;
}

Bounds SurfaceMesh::bounds() const {
    Bounds b;
    if (positions.empty())
        return b;
    b.min = b.max = positions.front();
    for (const glm::vec3& p : positions) {
        b.min = glm::min(b.min, p);
        b.max = glm::max(b.max, p);
    }
    return b;
}

Bounds BodyMesh::bounds() const {
    Bounds b = skin.bounds();
    for (const SurfaceMesh& m : others) {
        if (m.positions.empty())
            continue;
        const Bounds o = m.bounds();
        b.min = glm::min(b.min, o.min);
        b.max = glm::max(b.max, o.max);
    }
    return b;
}

void compute_smooth_normals(SurfaceMesh& mesh) {
    mesh.normals.assign(mesh.positions.size(), glm::vec3(0.0f));
    // Newell's method gives each polygon an area-weighted normal, also for
    // slightly non-planar quads; adding it to every corner weights by area.
    for (std::size_t f = 0; f + 1 < mesh.face_offsets.size(); ++f) {
        const std::uint32_t first = mesh.face_offsets[f];
        const std::uint32_t end = mesh.face_offsets[f + 1];
        glm::vec3 n(0.0f);
        for (std::uint32_t k = first; k < end; ++k) {
            const glm::vec3& a = mesh.positions[mesh.face_indices[k]];
            const glm::vec3& b = mesh.positions[mesh.face_indices[k + 1 < end ? k + 1 : first]];
            n += glm::vec3((a.y - b.y) * (a.z + b.z), (a.z - b.z) * (a.x + b.x), (a.x - b.x) * (a.y + b.y));
        }
        for (std::uint32_t k = first; k < end; ++k)
            mesh.normals[mesh.face_indices[k]] += n;
    }
    for (glm::vec3& n : mesh.normals) {
        const float len = glm::length(n);
        n = len > 0.0f ? n / len : glm::vec3(0.0f, 1.0f, 0.0f);
    }
}

EdgeCensus count_edges(const SurfaceMesh& mesh) {
    std::unordered_map<std::uint64_t, std::uint32_t> uses;
    uses.reserve(mesh.face_indices.size());
    for (std::size_t f = 0; f + 1 < mesh.face_offsets.size(); ++f) {
        const std::uint32_t first = mesh.face_offsets[f];
        const std::uint32_t end = mesh.face_offsets[f + 1];
        for (std::uint32_t k = first; k < end; ++k) {
            std::uint64_t a = mesh.face_indices[k];
            std::uint64_t b = mesh.face_indices[k + 1 < end ? k + 1 : first];
            if (a > b)
                std::swap(a, b);
            ++uses[(a << 32) | b];
        }
    }
    EdgeCensus c;
    c.edges = uses.size();
    for (const auto& [edge, count] : uses) {
        (void)edge;
        if (count == 1)
            ++c.boundary;
        else if (count > 2)
            ++c.non_manifold;
    }
    return c;
}

} // namespace dv
