#include "body/subdivision.h"

#include "core/error.h"

#include <algorithm>
#include <string>
#include <utility>

namespace dv {

namespace {

struct Topology {
    std::size_t vertex_count = 0;
    std::vector<std::uint32_t> face_offsets;
    std::vector<std::uint32_t> face_indices;

    std::size_t face_count() const { return face_offsets.empty() ? 0 : face_offsets.size() - 1; }
};

// Builds one stencil row from (index, weight) terms that may repeat an index.
// Rows have at most a few dozen terms, so a linear search merges repeats
// faster than sorting. Weights are summed in double so that rows sum to 1 to
// float precision.
class RowBuilder {
public:
    void add(std::uint32_t index, double weight) {
        for (auto& [i, w] : terms_)
            if (i == index) {
                w += weight;
                return;
            }
        terms_.emplace_back(index, weight);
    }

    void add_face_average(const Topology& t, std::size_t face, double weight) {
        const std::uint32_t first = t.face_offsets[face];
        const std::uint32_t end = t.face_offsets[face + 1];
        const double w = weight / static_cast<double>(end - first);
        for (std::uint32_t k = first; k < end; ++k)
            add(t.face_indices[k], w);
    }

    void emit(SubdivisionStencil& s) {
        for (const auto& [i, w] : terms_) {
            s.indices.push_back(i);
            s.weights.push_back(static_cast<float>(w));
        }
        s.offsets.push_back(static_cast<std::uint32_t>(s.indices.size()));
        terms_.clear();
    }

private:
    std::vector<std::pair<std::uint32_t, double>> terms_;
};

// How the faces of one level hang together: each corner's face and the next
// corner round that face, every vertex's ring of half-edges, and the edges.
struct Connectivity {
    std::vector<std::uint32_t> face_of_corner, next_corner;
    // Every half-edge (corner k: face_indices[k] -> next) listed at both of
    // its ends, as (other end << 32 | corner), sorted per vertex: the entries
    // of one edge then sit together, which gives edges, their faces, and each
    // vertex's ring without a hash map (the hash map was the slow part).
    std::vector<std::uint32_t> ring_offsets;
    std::vector<std::uint64_t> ring;
    // Edges, each owned by its lower-numbered end; edge_ring holds where its
    // entries start in that end's ring and how many faces use it.
    std::vector<std::uint32_t> edge_of_corner;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edge_ring;
    std::vector<std::uint32_t> edge_from;

    static std::uint32_t other_end(std::uint64_t entry) { return static_cast<std::uint32_t>(entry >> 32); }
    static std::uint32_t corner_of(std::uint64_t entry) { return static_cast<std::uint32_t>(entry); }
};

void find_corners(const Topology& t, Connectivity& c) {
    c.face_of_corner.resize(t.face_indices.size());
    c.next_corner.resize(t.face_indices.size());
    for (std::uint32_t f = 0; f < t.face_count(); ++f) {
        const std::uint32_t first = t.face_offsets[f];
        const std::uint32_t end = t.face_offsets[f + 1];
        for (std::uint32_t k = first; k < end; ++k) {
            c.face_of_corner[k] = f;
            c.next_corner[k] = k + 1 < end ? k + 1 : first;
        }
    }
}

void find_rings(const Topology& t, Connectivity& c) {
    const std::size_t nv = t.vertex_count;
    const std::size_t nc = t.face_indices.size();
    c.ring_offsets.assign(nv + 1, 0);
    for (std::size_t k = 0; k < nc; ++k) {
        ++c.ring_offsets[t.face_indices[k] + 1];
        ++c.ring_offsets[t.face_indices[c.next_corner[k]] + 1];
    }
    for (std::size_t v = 0; v < nv; ++v)
        c.ring_offsets[v + 1] += c.ring_offsets[v];
    c.ring.resize(2 * nc);
    std::vector<std::uint32_t> fill(c.ring_offsets.begin(), c.ring_offsets.end() - 1);
    for (std::uint32_t k = 0; k < nc; ++k) {
        const std::uint32_t a = t.face_indices[k];
        const std::uint32_t b = t.face_indices[c.next_corner[k]];
        c.ring[fill[a]++] = (std::uint64_t{b} << 32) | k;
        c.ring[fill[b]++] = (std::uint64_t{a} << 32) | k;
    }
    for (std::size_t v = 0; v < nv; ++v)
        std::sort(c.ring.begin() + c.ring_offsets[v], c.ring.begin() + c.ring_offsets[v + 1]);
}

void find_edges(const Topology& t, Connectivity& c) {
    const std::size_t nv = t.vertex_count;
    const std::size_t nc = t.face_indices.size();
    c.edge_of_corner.resize(nc);
    c.edge_ring.reserve(nc / 2 + nv);
    c.edge_from.reserve(nc / 2 + nv);
    for (std::uint32_t v = 0; v < nv; ++v) {
        for (std::uint32_t i = c.ring_offsets[v]; i < c.ring_offsets[v + 1];) {
            const std::uint32_t u = Connectivity::other_end(c.ring[i]);
            std::uint32_t j = i;
            while (j < c.ring_offsets[v + 1] && Connectivity::other_end(c.ring[j]) == u)
                ++j;
            if (u > v) {
                const auto e = static_cast<std::uint32_t>(c.edge_ring.size());
                for (std::uint32_t k = i; k < j; ++k)
                    c.edge_of_corner[Connectivity::corner_of(c.ring[k])] = e;
                c.edge_ring.emplace_back(i, j - i);
                c.edge_from.push_back(v);
            }
            i = j;
        }
    }
}

Connectivity connect(const Topology& t) {
    Connectivity c;
    find_corners(t, c);
    find_rings(t, c);
    find_edges(t, c);
    return c;
}

// The vertex point of v: smooth inside, the crease rule along a boundary or
// non-manifold edge, kept in place at a corner of creases.
void add_vertex_point(const Topology& t, const Connectivity& c, std::uint32_t v, RowBuilder& row,
                      std::vector<std::uint32_t>& neighbours, std::vector<std::uint32_t>& creases) {
    const std::uint32_t first = c.ring_offsets[v];
    const std::uint32_t end = c.ring_offsets[v + 1];
    std::size_t faces = 0;
    neighbours.clear();
    creases.clear();
    for (std::uint32_t i = first; i < end;) {
        const std::uint32_t u = Connectivity::other_end(c.ring[i]);
        std::uint32_t j = i;
        while (j < end && Connectivity::other_end(c.ring[j]) == u)
            ++j;
        neighbours.push_back(u);
        if (j - i != 2) // a boundary or non-manifold edge acts as a crease
            creases.push_back(u);
        i = j;
    }
    for (std::uint32_t i = first; i < end; ++i)
        if (t.face_indices[Connectivity::corner_of(c.ring[i])] == v) // this corner of the face sits at v
            ++faces;

    if (neighbours.empty()) {
        row.add(v, 1.0); // isolated vertex
    } else if (creases.empty()) {
        // (Q + 2R + (n - 3) P) / n, written out in coarse vertices: the
        // edge midpoints R give P and the neighbours 1/n^2 each.
        const double n = static_cast<double>(neighbours.size());
        row.add(v, (n - 2.0) / n);
        for (const std::uint32_t u : neighbours)
            row.add(u, 1.0 / (n * n));
        for (std::uint32_t i = first; i < end; ++i) {
            const std::uint32_t k = Connectivity::corner_of(c.ring[i]);
            if (t.face_indices[k] == v)
                row.add_face_average(t, c.face_of_corner[k], 1.0 / (n * static_cast<double>(faces)));
        }
    } else if (creases.size() == 2) {
        row.add(v, 0.75);
        row.add(creases[0], 0.125);
        row.add(creases[1], 0.125);
    } else {
        row.add(v, 1.0); // a corner of creases, or a dart: keep it where it is
    }
}

void add_edge_point(const Topology& t, const Connectivity& c, std::size_t e, RowBuilder& row) {
    const auto [at, uses] = c.edge_ring[e];
    const std::uint32_t a = c.edge_from[e];
    const std::uint32_t b = Connectivity::other_end(c.ring[at]);
    if (uses == 2) {
        row.add(a, 0.25);
        row.add(b, 0.25);
        row.add_face_average(t, c.face_of_corner[Connectivity::corner_of(c.ring[at])], 0.25);
        row.add_face_average(t, c.face_of_corner[Connectivity::corner_of(c.ring[at + 1])], 0.25);
    } else {
        row.add(a, 0.5);
        row.add(b, 0.5);
    }
}

// Each n-gon becomes n quads, one per corner, wound like the parent.
Topology split_faces(const Topology& t, const Connectivity& c, std::vector<std::uint32_t>& parent_face) {
    const std::size_t nv = t.vertex_count, ne = c.edge_ring.size(), nc = t.face_indices.size();
    Topology out;
    out.vertex_count = nv + ne + t.face_count();
    out.face_offsets.reserve(nc + 1);
    out.face_indices.reserve(4 * nc);
    out.face_offsets.push_back(0);
    parent_face.clear();
    parent_face.reserve(nc);
    const auto edge_base = static_cast<std::uint32_t>(nv);
    const auto face_base = static_cast<std::uint32_t>(nv + ne);
    for (std::uint32_t f = 0; f < t.face_count(); ++f) {
        const std::uint32_t first = t.face_offsets[f];
        const std::uint32_t end = t.face_offsets[f + 1];
        for (std::uint32_t k = first; k < end; ++k) {
            const std::uint32_t prev = k == first ? end - 1 : k - 1;
            out.face_indices.push_back(t.face_indices[k]);
            out.face_indices.push_back(edge_base + c.edge_of_corner[k]);
            out.face_indices.push_back(face_base + f);
            out.face_indices.push_back(edge_base + c.edge_of_corner[prev]);
            out.face_offsets.push_back(static_cast<std::uint32_t>(out.face_indices.size()));
            parent_face.push_back(f);
        }
    }
    return out;
}

// One Catmull–Clark step. Refined vertices are numbered [vertex points |
// edge points | face points]: vertex points first so that a vertex keeps its
// index through every level.
Topology refine(const Topology& t, SubdivisionStencil& stencil, std::vector<std::uint32_t>& parent_face) {
    const std::size_t nv = t.vertex_count;
    const std::size_t nf = t.face_count();
    const Connectivity c = connect(t);
    const std::size_t ne = c.edge_ring.size();

    stencil = SubdivisionStencil{};
    stencil.coarse_vertex_count = nv;
    stencil.offsets.reserve(nv + ne + nf + 1);
    stencil.indices.reserve(9 * nv + 6 * ne + 4 * nf);
    stencil.weights.reserve(stencil.indices.capacity());
    stencil.offsets.push_back(0);
    RowBuilder row;
    std::vector<std::uint32_t> neighbours, creases; // reused for every vertex
    for (std::uint32_t v = 0; v < nv; ++v) {
        add_vertex_point(t, c, v, row, neighbours, creases);
        row.emit(stencil);
    }
    for (std::size_t e = 0; e < ne; ++e) {
        add_edge_point(t, c, e, row);
        row.emit(stencil);
    }
    for (std::size_t f = 0; f < nf; ++f) {
        row.add_face_average(t, f, 1.0);
        row.emit(stencil);
    }
    return split_faces(t, c, parent_face);
}

void validate(const SurfaceMesh& base) {
    const std::size_t nv = base.positions.size();
    if (base.face_offsets.empty())
        return;
    if (base.face_offsets.front() != 0 || base.face_offsets.back() != base.face_indices.size())
        throw Error("cannot subdivide mesh '" + base.name + "': its face offsets do not cover its face indices");
    for (std::size_t f = 0; f < base.face_count(); ++f) {
        const std::uint32_t first = base.face_offsets[f];
        const std::uint32_t end = base.face_offsets[f + 1];
        if (end < first + 3)
            throw Error("cannot subdivide mesh '" + base.name + "': face " + std::to_string(f) +
                        " has fewer than 3 vertices");
        for (std::uint32_t k = first; k < end; ++k) {
            const std::uint32_t a = base.face_indices[k];
            const std::uint32_t b = base.face_indices[k + 1 < end ? k + 1 : first];
            if (a >= nv || b >= nv)
                throw Error("cannot subdivide mesh '" + base.name + "': face " + std::to_string(f) +
                            " refers to vertex " + std::to_string(std::max(a, b)) + " of " + std::to_string(nv));
            if (a == b)
                throw Error("cannot subdivide mesh '" + base.name + "': face " + std::to_string(f) +
                            " repeats vertex " + std::to_string(a) + " along an edge; weld or clean the mesh");
        }
    }
}

} // namespace

Subdivision::Subdivision(const SurfaceMesh& base, int levels) : base_vertex_count_(base.positions.size()) {
    if (levels < 0 || levels > max_levels)
        throw Error("subdivision level " + std::to_string(levels) + " is out of range; use 0 to " +
                    std::to_string(max_levels));
    validate(base);

    Topology topology{base.positions.size(), base.face_offsets, base.face_indices};
    if (topology.face_offsets.empty())
        topology.face_offsets.push_back(0);
    base_face_of_face_.resize(topology.face_count());
    for (std::size_t f = 0; f < base_face_of_face_.size(); ++f)
        base_face_of_face_[f] = static_cast<std::uint32_t>(f);

    std::vector<std::uint32_t> parent;
    for (int level = 0; level < levels; ++level) {
        SubdivisionStencil& stencil = stencils_.emplace_back();
        topology = refine(topology, stencil, parent);
        std::vector<std::uint32_t> base_face(parent.size());
        for (std::size_t f = 0; f < parent.size(); ++f)
            base_face[f] = base_face_of_face_[parent[f]];
        base_face_of_face_ = std::move(base_face);
    }

    mesh_.name = base.name;
    mesh_.positions = interpolate(base.positions);
    mesh_.face_offsets = std::move(topology.face_offsets);
    mesh_.face_indices = std::move(topology.face_indices);
    if (levels == 0 && base.normals.size() == base.positions.size())
        mesh_.normals = base.normals;
    else
        compute_smooth_normals(mesh_);
}

void Subdivision::check_value_count(std::size_t given, std::size_t expected) {
    if (given != expected)
        throw Error("cannot interpolate " + std::to_string(given) + " per-vertex values over a mesh with " +
                    std::to_string(expected) + " base vertices; give one value per base vertex");
}

} // namespace dv
