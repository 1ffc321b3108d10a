#include "figure/level_image.h"

#include <glm/geometric.hpp>
#include <glm/mat4x4.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace dv {

namespace {

struct Projected {
    glm::vec2 xy{0.0f}; // pass pixels, top-left origin
    float z = 0.0f;      // NDC depth: affine in screen space, so it interpolates straight
    float inv_w = 0.0f;  // for perspective-correct weights
    bool ok = false;     // in front of the eye
};

// Which triangle covers each pass pixel, nearest the eye first; -1: none.
// The skin's triangles come first, then the other meshes' (occluders only).
struct Coverage {
    std::vector<float> depth;
    std::vector<std::int32_t> triangle;
};

std::vector<Projected> project(const std::vector<glm::vec3>& points, const glm::mat4& view_projection, float w, float h) {
    std::vector<Projected> out(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        const glm::vec4 clip = view_projection * glm::vec4(points[i], 1.0f);
        if (clip.w <= 1e-6f)
            continue;
        const float inv_w = 1.0f / clip.w;
        out[i] = {{(clip.x * inv_w * 0.5f + 0.5f) * w, (0.5f - clip.y * inv_w * 0.5f) * h},
                  clip.z * inv_w, inv_w, true};
    }
    return out;
}

float edge(glm::vec2 a, glm::vec2 b, glm::vec2 p) { return (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x); }

// Screen-space barycentric weights of pixel centre p, or false outside.
bool barycentric(const Projected& a, const Projected& b, const Projected& c, glm::vec2 p, glm::vec3& out) {
    const float area = edge(a.xy, b.xy, c.xy);
    if (std::abs(area) < 1e-12f)
        return false;
    out = glm::vec3(edge(b.xy, c.xy, p), edge(c.xy, a.xy, p), edge(a.xy, b.xy, p)) / area;
    return out.x >= 0.0f && out.y >= 0.0f && out.z >= 0.0f;
}

// Front faces only, counter-clockwise as the GL sees them (the renderer
// culls the same way): in these y-down pixels, a negative area.
void rasterise(const std::vector<Projected>& v, const std::vector<std::uint32_t>& triangles, std::int32_t first_id,
               int w, int h, Coverage& cover) {
    for (std::size_t t = 0; t + 2 < triangles.size(); t += 3) {
        const Projected& a = v[triangles[t]];
        const Projected& b = v[triangles[t + 1]];
        const Projected& c = v[triangles[t + 2]];
        if (!a.ok || !b.ok || !c.ok)
            continue;
        const float area = edge(a.xy, b.xy, c.xy);
        if (area > -1e-12f)
            continue;
        const float inv = 1.0f / area;
        const int x0 = std::max(0, int(std::floor(std::min({a.xy.x, b.xy.x, c.xy.x}) - 0.5f)));
        const int x1 = std::min(w - 1, int(std::ceil(std::max({a.xy.x, b.xy.x, c.xy.x}) - 0.5f)));
        const int y0 = std::max(0, int(std::floor(std::min({a.xy.y, b.xy.y, c.xy.y}) - 0.5f)));
        const int y1 = std::min(h - 1, int(std::ceil(std::max({a.xy.y, b.xy.y, c.xy.y}) - 0.5f)));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x) {
                const glm::vec2 p(float(x) + 0.5f, float(y) + 0.5f);
                const float l0 = edge(b.xy, c.xy, p) * inv, l1 = edge(c.xy, a.xy, p) * inv, l2 = edge(a.xy, b.xy, p) * inv;
                if (l0 < 0.0f || l1 < 0.0f || l2 < 0.0f)
                    continue;
                const float z = l0 * a.z + l1 * b.z + l2 * c.z;
                const std::size_t i = std::size_t(y) * std::size_t(w) + std::size_t(x);
                if (z < cover.depth[i] && z >= -1.0f) {
                    cover.depth[i] = z;
                    cover.triangle[i] = first_id + std::int32_t(t / 3);
                }
            }
    }
}

// The level a pixel shows: the heaviest of the corners' levels once their
// weights are interpolated (as the shader blends them), and the side.
struct Resolved {
    Level level = 0;
    float side = 0.0f;
    float facing = 0.0f;
};

Resolved resolve(const LevelImageRequest& r, const std::vector<Projected>& v, std::size_t tri, glm::vec2 p) {
    const std::vector<std::uint32_t>& tris = r.display.skin_triangles;
    const SurfaceMesh& mesh = r.display.skin.mesh();
    const std::array<std::uint32_t, 3> corner = {tris[3 * tri], tris[3 * tri + 1], tris[3 * tri + 2]};
    glm::vec3 bary(1.0f / 3.0f);
    barycentric(v[corner[0]], v[corner[1]], v[corner[2]], p, bary);
    // Perspective-correct, as the GL interpolates.
    glm::vec3 pc(bary.x * v[corner[0]].inv_w, bary.y * v[corner[1]].inv_w, bary.z * v[corner[2]].inv_w);
    pc /= std::max(pc.x + pc.y + pc.z, 1e-12f);
    std::array<LevelWeight, 3 * PointWeights::kMax> sum{};
    int n = 0;
    Resolved out;
    glm::vec3 normal(0.0f), point(0.0f);
    for (int k = 0; k < 3; ++k) {
        const std::uint32_t c = corner[std::size_t(k)];
        const PointWeights& pw = r.weights[c];
        for (int e = 0; e < pw.count; ++e) {
            const LevelWeight& lw = pw.entries[std::size_t(e)];
            int j = 0;
            while (j < n && sum[std::size_t(j)].level != lw.level)
                ++j;
            if (j == n)
                sum[std::size_t(n++)] = {lw.level, 0.0f};
            sum[std::size_t(j)].weight += pc[k] * lw.weight;
        }
        out.side += pc[k] * r.side[c];
        normal += pc[k] * mesh.normals[c];
        point += pc[k] * mesh.positions[c];
    }
    float best = 0.0f;
    for (int j = 0; j < n; ++j)
        if (sum[std::size_t(j)].weight > best) {
            best = sum[std::size_t(j)].weight;
            out.level = sum[std::size_t(j)].level;
        }
    const float len = glm::length(normal) * glm::length(r.camera.eye() - point);
    out.facing = len > 0.0f ? glm::dot(normal, r.camera.eye() - point) / len : 0.0f;
    return out;
}

bool lit(const LevelSelection& s, Level level, float side) {
    if (!is_spinal(level))
        return false;
    if (s.empty())
        return true;
    const std::uint32_t bit = 1u << level;
    if (side > 0.0f)
        return (s.left & bit) != 0;
    if (side < 0.0f)
        return (s.right & bit) != 0;
    return ((s.left | s.right) & bit) != 0;
}

} // namespace

Level LevelImage::at_image_pixel(glm::vec2 p) const {
    const int x = int(std::floor(p.x / scale)), y = int(std::floor(p.y / scale));
    return x >= 0 && y >= 0 && x < width && y < height ? at(x, y) : Level(0);
}

LevelImage render_level_image(const LevelImageRequest& r) {
    LevelImage out;
    if (r.width <= 0 || r.height <= 0)
        return out;
    out.scale = std::max(1.0f, float(std::max(r.width, r.height)) / float(kLevelImageSide));
    out.width = std::max(1, int(std::ceil(float(r.width) / out.scale)));
    out.height = std::max(1, int(std::ceil(float(r.height) / out.scale)));
    const std::size_t n = std::size_t(out.width) * std::size_t(out.height);
    out.level.assign(n, 0);
    out.side.assign(n, 0);
    // The image's own projection, with the pass's pixels a scaled copy of its pixels.
    const glm::mat4 vp = r.camera.projection(float(r.width) / float(r.height)) * r.camera.view();
    const float pw = float(r.width) / out.scale, ph = float(r.height) / out.scale; // the image in pass pixels
    Coverage cover{std::vector<float>(n, std::numeric_limits<float>::infinity()), std::vector<std::int32_t>(n, -1)};
    const std::vector<Projected> skin =
        project(r.display.skin.mesh().positions, vp, pw, ph);
    rasterise(skin, r.display.skin_triangles, 0, out.width, out.height, cover);
    const std::int32_t skin_triangles = std::int32_t(r.display.skin_triangles.size() / 3);
    for (std::size_t m = 0; m < r.display.others.size(); ++m)
        rasterise(project(r.display.others[m].positions, vp, pw, ph),
                  r.display.other_triangles[m], skin_triangles, out.width, out.height, cover);
    for (int y = 0; y < out.height; ++y)
        for (int x = 0; x < out.width; ++x) {
            const std::size_t i = std::size_t(y) * std::size_t(out.width) + std::size_t(x);
            if (cover.triangle[i] < 0 || cover.triangle[i] >= skin_triangles)
                continue;
            const Resolved px = resolve(r, skin, std::size_t(cover.triangle[i]), {float(x) + 0.5f, float(y) + 0.5f});
            if (px.facing < kLevelImageMinFacing || !lit(r.selection, px.level, px.side))
                continue;
            out.level[i] = px.level;
            out.side[i] = px.side < 0.0f ? -1 : 1;
        }
    return out;
}

} // namespace dv
