#pragma once
// Smooth display tessellation of the body by Catmull–Clark subdivision.
//
// The base mesh stays the mesh that everything is computed on (landmarks,
// body coordinates, baked dermatome weights); subdivision is only for display.
// So besides the refined surface this keeps the linear map from base vertices
// to refined vertices, and any per-vertex quantity of the base mesh is carried
// over with exactly the stencils the positions use: the weights then stay
// glued to the surface they were baked on.
#include "body/body_mesh.h"

#include <concepts>
#include <cstdint>
#include <span>
#include <vector>

namespace dv {

// One level of refinement as a sparse matrix in row form: refined vertex r is
// sum(weights[k] * coarse[indices[k]]) for k in [offsets[r], offsets[r + 1]).
// Catmull–Clark rows are convex (non-negative, summing to 1), which is what
// lets blend weights stay blend weights after interpolation.
struct SubdivisionStencil {
    std::size_t coarse_vertex_count = 0;
    std::vector<std::uint32_t> offsets; // refined vertex count + 1
    std::vector<std::uint32_t> indices;
    std::vector<float> weights;

    std::size_t row_count() const { return offsets.empty() ? 0 : offsets.size() - 1; }
};

// What interpolate() needs of a per-vertex value: a vector-space-like type.
template <class T>
concept Interpolatable = std::copyable<T> && requires(const T& a, const T& b, float w) {
    { a * w } -> std::convertible_to<T>;
    { a + b } -> std::convertible_to<T>;
};

class Subdivision {
public:
    static constexpr int max_levels = 3; // level 3 of the body is 856 k quads: beyond that is not display

    // levels = 0 keeps the base mesh (faces unchanged, normals recomputed);
    // each level turns every n-gon into n quads. Closed surfaces use the
    // smooth rules; boundary and non-manifold edges are treated as creases
    // (cubic B-spline along the edge) so open meshes refine sensibly, and
    // vertices where creases do not form a single curve stay fixed.
    // Throws dv::Error for levels outside [0, max_levels].
    Subdivision(const SurfaceMesh& base, int levels);

    int levels() const { return static_cast<int>(stencils_.size()); }
    std::size_t base_vertex_count() const { return base_vertex_count_; }

    // The refined mesh with smooth normals. Refined vertex i < base vertex
    // count is the refined position of base vertex i, so vertex-index
    // landmarks of the base mesh still name the same point on the skin.
    const SurfaceMesh& mesh() const { return mesh_; }

    // For each refined face, the base face it lies in: a pick on the display
    // mesh maps back to the mesh the anatomy is defined on.
    std::span<const std::uint32_t> base_face_of_face() const { return base_face_of_face_; }

    // Level by level, not composed: composing would make the rows of level 2
    // about 4x longer (wider support) for no gain in accuracy.
    std::span<const SubdivisionStencil> stencils() const { return stencils_; }

    // Carries a per-vertex attribute of the base mesh to the refined vertices
    // with the same stencils as the positions. Throws dv::Error when the
    // number of values is not the base vertex count.
    template <Interpolatable T> std::vector<T> interpolate(std::span<const T> base_values) const;
    template <Interpolatable T> std::vector<T> interpolate(const std::vector<T>& base_values) const {
        return interpolate(std::span<const T>(base_values));
    }

private:
    static void check_value_count(std::size_t given, std::size_t expected);

    std::size_t base_vertex_count_ = 0;
    std::vector<SubdivisionStencil> stencils_;
    SurfaceMesh mesh_;
    std::vector<std::uint32_t> base_face_of_face_;
};

template <Interpolatable T>
std::vector<T> apply_stencil(const SubdivisionStencil& stencil, std::span<const T> coarse) {
    std::vector<T> refined;
    refined.reserve(stencil.row_count());
    for (std::size_t r = 0; r < stencil.row_count(); ++r) {
        const std::uint32_t first = stencil.offsets[r];
        const std::uint32_t end = stencil.offsets[r + 1];
        T sum = coarse[stencil.indices[first]] * stencil.weights[first];
        for (std::uint32_t k = first + 1; k < end; ++k)
            sum = sum + coarse[stencil.indices[k]] * stencil.weights[k];
        refined.push_back(std::move(sum));
    }
    return refined;
}

template <Interpolatable T> std::vector<T> Subdivision::interpolate(std::span<const T> base_values) const {
    check_value_count(base_values.size(), base_vertex_count_);
    std::vector<T> values(base_values.begin(), base_values.end());
    for (const SubdivisionStencil& stencil : stencils_)
        values = apply_stencil(stencil, std::span<const T>(values));
    return values;
}

} // namespace dv
