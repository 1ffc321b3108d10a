#include "atlas/border_ramp.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <unordered_map>

namespace dv {

namespace {

// A piece of border: a segment across one face (from where it crosses one
// edge to where it crosses another) or, where a face holds more than one
// border, the single point where it crosses an edge. `a` and `b` are the
// levels on either side; `ends` the vertices of the edges it crosses.
struct BorderPiece {
    glm::vec3 p0, p1;
    Level a, b;
    std::array<std::uint32_t, 4> ends;
    int end_count;
};

float distance_to(const BorderPiece& s, glm::vec3 p) {
    const glm::vec3 d = s.p1 - s.p0;
    const float len2 = glm::dot(d, d);
    const float t = len2 > 0.0f ? std::clamp(glm::dot(p - s.p0, d) / len2, 0.0f, 1.0f) : 0.0f;
    return glm::length(p - (s.p0 + t * d));
}

struct Crossing {
    glm::vec3 at;
    Level a, b;         // the levels of the edge's first and second vertex
    std::uint32_t i, j; // the edge's vertices
};

// Where the border runs along edge (i, j) whose ends are claimed by different
// levels: found by bisection in body coordinates, to a 128th of the edge.
Crossing cross(const SurfaceMesh& skin, const std::vector<Level>& label, const LevelBetween& level_between,
               std::uint32_t i, std::uint32_t j) {
    float lo = 0.0f, hi = 1.0f;
    for (int step = 0; step < 7; ++step) {
        const float mid = 0.5f * (lo + hi);
        const std::optional<Level> l = level_between(i, j, mid);
        if (!l) { // different regions: halfway
            lo = hi = 0.5f;
            break;
        }
        (*l == label[i] ? lo : hi) = mid;
    }
    const float t = 0.5f * (lo + hi);
    return {skin.positions[i] + t * (skin.positions[j] - skin.positions[i]), label[i], label[j], i, j};
}

std::vector<BorderPiece> border_pieces(const SurfaceMesh& skin, const std::vector<Level>& label,
                                       const LevelBetween& level_between) {
    std::unordered_map<std::uint64_t, Crossing> crossings; // each edge bisected once, from either face
    std::vector<BorderPiece> pieces;
    std::vector<Crossing> in_face;
    for (std::size_t f = 0; f < skin.face_count(); ++f) {
        const std::uint32_t b = skin.face_offsets[f], e = skin.face_offsets[f + 1];
        in_face.clear();
        for (std::uint32_t k = b; k < e; ++k) {
            const std::uint32_t i = skin.face_indices[k], j = skin.face_indices[k + 1 < e ? k + 1 : b];
            if (label[i] == label[j])
                continue;
            const std::uint64_t key = (std::uint64_t(std::min(i, j)) << 32) | std::max(i, j);
            auto it = crossings.find(key);
            if (it == crossings.end())
                it = crossings.emplace(key, cross(skin, label, level_between, std::min(i, j), std::max(i, j))).first;
            in_face.push_back(it->second);
        }
        const bool one_border = in_face.size() == 2 && std::minmax(in_face[0].a, in_face[0].b) ==
                                                            std::minmax(in_face[1].a, in_face[1].b);
        if (one_border) {
            const Crossing &c0 = in_face[0], &c1 = in_face[1];
            pieces.push_back({c0.at, c1.at, c0.a, c0.b, {c0.i, c0.j, c1.i, c1.j}, 4});
            continue;
        }
        for (const Crossing& c : in_face)
            pieces.push_back({c.at, c.at, c.a, c.b, {c.i, c.j, c.i, c.j}, 2});
    }
    return pieces;
}

// For one vertex: the distance to the nearest border of its own level, and
// to each other level whose border with it lies within the ramp.
struct Nearby {
    float own = kBorderRampM;
    std::array<LevelWeight, 6> other{}; // weight holds the distance
    int count = 0;
    void note(Level level, float d) {
        own = std::min(own, d);
        for (int i = 0; i < count; ++i)
            if (other[std::size_t(i)].level == level) {
                other[std::size_t(i)].weight = std::min(other[std::size_t(i)].weight, d);
                return;
            }
        if (count < int(other.size()))
            other[std::size_t(count++)] = {level, d};
    }
};

} // namespace

std::vector<PointWeights> border_ramp_shares(const SurfaceMesh& skin, const std::vector<Level>& label,
                                             const LevelBetween& level_between, const LevelsApart& apart) {
    const std::size_t n = skin.vertex_count();
    std::vector<std::vector<std::uint32_t>> neighbours(n);
    for (std::size_t f = 0; f < skin.face_count(); ++f) {
        const std::uint32_t b = skin.face_offsets[f], e = skin.face_offsets[f + 1];
        for (std::uint32_t k = b; k < e; ++k) {
            const std::uint32_t i = skin.face_indices[k], j = skin.face_indices[k + 1 < e ? k + 1 : b];
            if (std::find(neighbours[i].begin(), neighbours[i].end(), j) == neighbours[i].end()) {
                neighbours[i].push_back(j);
                neighbours[j].push_back(i);
            }
        }
    }
    // Each piece of border reaches the vertices within the ramp, by a walk
    // over the mesh from the vertex next to it (so skin across a narrow gap,
    // such as between the thighs, is not reached through the air).
    const std::vector<BorderPiece> pieces = border_pieces(skin, label, level_between);
    std::vector<Nearby> nearby(n);
    std::vector<std::uint32_t> visited(n, 0), walk;
    for (std::uint32_t p = 0; p < pieces.size(); ++p) {
        const BorderPiece& piece = pieces[p];
        if (apart(piece.a, piece.b)) {
            // No overlap across an axial line: only the crossed edges'
            // own vertices hold both, enough to place the line.
            for (int k = 0; k < piece.end_count; ++k) {
                const std::uint32_t v = piece.ends[std::size_t(k)];
                nearby[v].note(label[v] == piece.a ? piece.b : piece.a, distance_to(piece, skin.positions[v]));
            }
            continue;
        }
        walk.assign(1, piece.ends[0]);
        visited[piece.ends[0]] = p + 1;
        for (std::size_t k = 0; k < walk.size(); ++k) {
            const std::uint32_t v = walk[k];
            const float d = distance_to(piece, skin.positions[v]);
            if (d >= kBorderRampM && k > 0)
                continue;
            if (label[v] == piece.a)
                nearby[v].note(piece.b, d);
            else if (label[v] == piece.b)
                nearby[v].note(piece.a, d);
            for (std::uint32_t u : neighbours[v])
                if (visited[u] != p + 1) {
                    visited[u] = p + 1;
                    walk.push_back(u);
                }
        }
    }
    std::vector<PointWeights> shares(n);
    for (std::size_t v = 0; v < n; ++v) {
        const Nearby& near = nearby[v];
        if (near.count == 0) {
            shares[v].entries[shares[v].count++] = {label[v], 1.0f};
            continue;
        }
        auto ramp = [](float d) { return 0.5f * std::min(d, kBorderRampM) / kBorderRampM; };
        DenseWeights w;
        w.w[std::size_t(DenseWeights::slot(label[v]))] = 0.5f + ramp(near.own);
        for (int i = 0; i < near.count; ++i)
            w.w[std::size_t(DenseWeights::slot(near.other[std::size_t(i)].level))] +=
                0.5f - ramp(near.other[std::size_t(i)].weight);
        shares[v] = to_sparse(w);
    }
    return shares;
}

} // namespace dv
