#include "body/ray_cast.h"

#include <glm/common.hpp>
#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>
#include <vector>

namespace dv {

namespace {

struct Triangle {
    glm::vec3 a, b, c;
    std::uint32_t face;
    std::array<std::uint32_t, 3> vertices;
};

struct Node {
    glm::vec3 min{std::numeric_limits<float>::max()}, max{-std::numeric_limits<float>::max()};
    std::uint32_t first = 0, count = 0; // leaf: triangles [first, first+count)
    std::uint32_t left = 0;             // inner: children left and left+1
};

// Slab test; returns the entry distance or +inf when the box is missed.
float hit_box(const Node& n, glm::vec3 origin, glm::vec3 inv_dir, float t_max) {
    const glm::vec3 t0 = (n.min - origin) * inv_dir;
    const glm::vec3 t1 = (n.max - origin) * inv_dir;
    const glm::vec3 lo = glm::min(t0, t1), hi = glm::max(t0, t1);
    const float enter = std::max({lo.x, lo.y, lo.z, 0.0f});
    const float leave = std::min({hi.x, hi.y, hi.z, t_max});
    return enter <= leave ? enter : std::numeric_limits<float>::infinity();
}

// Möller–Trumbore; returns the distance or a negative number on a miss.
float hit_triangle(const Triangle& t, glm::vec3 origin, glm::vec3 dir) {
    const glm::vec3 e1 = t.b - t.a, e2 = t.c - t.a;
    const glm::vec3 p = glm::cross(dir, e2);
    const float det = glm::dot(e1, p);
    if (std::abs(det) < 1e-12f)
        return -1.0f;
    const float inv = 1.0f / det;
    const glm::vec3 s = origin - t.a;
    const float u = glm::dot(s, p) * inv;
    if (u < 0.0f || u > 1.0f)
        return -1.0f;
    const glm::vec3 q = glm::cross(s, e1);
    const float v = glm::dot(dir, q) * inv;
    if (v < 0.0f || u + v > 1.0f)
        return -1.0f;
    return glm::dot(e2, q) * inv;
}

} // namespace

struct RayCaster::Impl {
    std::vector<Triangle> triangles;
    std::vector<Node> nodes;
    std::vector<glm::vec3> positions;

    void grow(Node& n) const {
        for (std::uint32_t i = n.first; i < n.first + n.count; ++i)
            for (const glm::vec3& p : {triangles[i].a, triangles[i].b, triangles[i].c}) {
                n.min = glm::min(n.min, p);
                n.max = glm::max(n.max, p);
            }
    }

    // Median split on the longest axis of the centroids: simple, and plenty
    // for tens of thousands of triangles.
    void build(std::uint32_t node) {
        grow(nodes[node]);
        if (nodes[node].count <= 8)
            return;
        const std::uint32_t first = nodes[node].first, count = nodes[node].count;
        glm::vec3 cmin(std::numeric_limits<float>::max()), cmax(-std::numeric_limits<float>::max());
        for (std::uint32_t i = first; i < first + count; ++i) {
            const glm::vec3 c = triangles[i].a + triangles[i].b + triangles[i].c;
            cmin = glm::min(cmin, c);
            cmax = glm::max(cmax, c);
        }
        const glm::vec3 extent = cmax - cmin;
        const int axis = extent.x > extent.y ? (extent.x > extent.z ? 0 : 2) : (extent.y > extent.z ? 1 : 2);
        const auto begin = triangles.begin() + first;
        std::nth_element(begin, begin + count / 2, begin + count, [axis](const Triangle& l, const Triangle& r) {
            return (l.a + l.b + l.c)[axis] < (r.a + r.b + r.c)[axis];
        });
        const auto left = static_cast<std::uint32_t>(nodes.size());
        nodes.push_back({});
        nodes.push_back({});
        nodes[left].first = first;
        nodes[left].count = count / 2;
        nodes[left + 1].first = first + count / 2;
        nodes[left + 1].count = count - count / 2;
        nodes[node].left = left;
        nodes[node].count = 0;
        build(left);
        build(left + 1);
    }
};

RayCaster::RayCaster(const SurfaceMesh& mesh) : impl_(std::make_unique<Impl>()) {
    impl_->positions = mesh.positions;
    for (std::uint32_t f = 0; f < mesh.face_count(); ++f) {
        const std::uint32_t first = mesh.face_offsets[f], end = mesh.face_offsets[f + 1];
        for (std::uint32_t k = first + 1; k + 1 < end; ++k) {
            const std::uint32_t i0 = mesh.face_indices[first], i1 = mesh.face_indices[k], i2 = mesh.face_indices[k + 1];
            impl_->triangles.push_back({mesh.positions[i0], mesh.positions[i1], mesh.positions[i2], f, {i0, i1, i2}});
        }
    }
    impl_->nodes.reserve(2 * impl_->triangles.size() / 4 + 2);
    impl_->nodes.push_back({});
    impl_->nodes[0].count = static_cast<std::uint32_t>(impl_->triangles.size());
    if (!impl_->triangles.empty())
        impl_->build(0);
}

RayCaster::~RayCaster() = default;
RayCaster::RayCaster(RayCaster&&) noexcept = default;
RayCaster& RayCaster::operator=(RayCaster&&) noexcept = default;

std::optional<RayHit> RayCaster::cast(glm::vec3 origin, glm::vec3 direction, float min_distance,
                                      float max_distance) const {
    const float length = glm::length(direction);
    if (length <= 0.0f || impl_->triangles.empty())
        return std::nullopt;
    const glm::vec3 dir = direction / length;
    // A zero component would make 0 * inf = NaN in the slab test for a ray
    // that starts on a box face (a midline ray at x = 0, say); nudge it.
    auto safe = [](float c) { return std::abs(c) < 1e-9f ? (c < 0.0f ? -1e-9f : 1e-9f) : c; };
    const glm::vec3 inv(1.0f / safe(dir.x), 1.0f / safe(dir.y), 1.0f / safe(dir.z));
    float best = max_distance;
    const Triangle* best_triangle = nullptr;
    std::uint32_t stack[64];
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const Node& n = impl_->nodes[stack[--top]];
        if (hit_box(n, origin, inv, best) == std::numeric_limits<float>::infinity())
            continue;
        if (n.count > 0) {
            for (std::uint32_t i = n.first; i < n.first + n.count; ++i) {
                const float t = hit_triangle(impl_->triangles[i], origin, dir);
                if (t > min_distance && t < best) {
                    best = t;
                    best_triangle = &impl_->triangles[i];
                }
            }
        } else if (top + 2 <= 64) {
            stack[top++] = n.left;
            stack[top++] = n.left + 1;
        }
    }
    if (!best_triangle)
        return std::nullopt;
    RayHit hit;
    hit.distance = best;
    hit.face = best_triangle->face;
    hit.point = origin + dir * best;
    float nearest = std::numeric_limits<float>::max();
    for (std::uint32_t v : best_triangle->vertices) {
        const float d = glm::length(impl_->positions[v] - hit.point);
        if (d < nearest) {
            nearest = d;
            hit.nearest_vertex = v;
        }
    }
    return hit;
}

bool RayCaster::visible(glm::vec3 eye, glm::vec3 point, float tolerance) const {
    const float distance = glm::length(point - eye);
    return !cast(eye, point - eye, 0.0f, distance - tolerance).has_value();
}

} // namespace dv
