// Smooth fields on the mesh: the harmonic solver that turns landmarks into
// body coordinates, and the Dijkstra distances used for nearest-landmark
// decisions. Small hand-built meshes check the mathematics exactly; the
// default body checks that it behaves and is fast on the real skin.
#include "body/body_mesh.h"
#include "body/harmonic_field.h"
#include "body/mesh_graph.h"
#include "core/error.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <numeric>
#include <string>
#include <tuple>
#include <vector>

namespace {

// Deterministic pseudo-random numbers in [-1, 1].
struct Lcg {
    std::uint64_t state;
    double next() {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return double(state >> 11) / double(1ull << 53) * 2.0 - 1.0;
    }
};

// A planar (nx+1) x (ny+1) grid of quads in the xz plane, cells sx by sy,
// inner vertices moved by up to `jitter` cells. Vertex (i, j) = j*(nx+1)+i.
dv::SurfaceMesh grid(int nx, int ny, float sx = 1.0f, float sy = 1.0f, double jitter = 0.0) {
    dv::SurfaceMesh m;
    m.name = "grid";
    Lcg rng{12345};
    for (int j = 0; j <= ny; ++j) {
        for (int i = 0; i <= nx; ++i) {
            float x = float(i), z = float(j);
            const bool inner = i > 0 && i < nx && j > 0 && j < ny;
            const double dx = rng.next() * jitter, dz = rng.next() * jitter;
            if (inner) {
                x += float(dx);
                z += float(dz);
            }
            m.positions.emplace_back(x * sx, 0.0f, z * sy);
        }
    }
    m.face_offsets.push_back(0);
    const auto id = [nx](int i, int j) { return std::uint32_t(j * (nx + 1) + i); };
    for (int j = 0; j < ny; ++j) {
        for (int i = 0; i < nx; ++i) {
            for (std::uint32_t v : {id(i, j), id(i + 1, j), id(i + 1, j + 1), id(i, j + 1)})
                m.face_indices.push_back(v);
            m.face_offsets.push_back(std::uint32_t(m.face_indices.size()));
        }
    }
    return m;
}

// A closed cube of side n cells, projected onto the unit sphere and jittered
// hard enough to give obtuse triangles (negative cotangent weights). Every
// third quad is stored as two triangles so both polygon paths are used.
dv::SurfaceMesh lumpy_sphere(int n, double jitter) {
    dv::SurfaceMesh m;
    m.name = "lumpy sphere";
    std::map<std::tuple<int, int, int>, std::uint32_t> ids;
    const auto vertex = [&](int x, int y, int z) {
        const auto key = std::make_tuple(x, y, z);
        if (auto it = ids.find(key); it != ids.end())
            return it->second;
        const auto v = std::uint32_t(m.positions.size());
        ids.emplace(key, v);
        glm::vec3 p(float(x) / float(n) - 0.5f, float(y) / float(n) - 0.5f, float(z) / float(n) - 0.5f);
        m.positions.push_back(p / std::sqrt(p.x * p.x + p.y * p.y + p.z * p.z));
        return v;
    };
    m.face_offsets.push_back(0);
    int face = 0;
    const auto quad = [&](std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d) {
        if (++face % 3 == 0) {
            for (std::uint32_t v : {a, b, c})
                m.face_indices.push_back(v);
            m.face_offsets.push_back(std::uint32_t(m.face_indices.size()));
            for (std::uint32_t v : {a, c, d})
                m.face_indices.push_back(v);
        } else {
            for (std::uint32_t v : {a, b, c, d})
                m.face_indices.push_back(v);
        }
        m.face_offsets.push_back(std::uint32_t(m.face_indices.size()));
    };
    // Each side: the fixed axis at 0 or n, (u, v) over the other two.
    for (int axis = 0; axis < 3; ++axis) {
        for (int side = 0; side <= n; side += n) {
            const auto at = [&](int u, int v) {
                int c[3];
                c[axis] = side;
                c[(axis + 1) % 3] = u;
                c[(axis + 2) % 3] = v;
                return vertex(c[0], c[1], c[2]);
            };
            for (int u = 0; u < n; ++u)
                for (int v = 0; v < n; ++v) {
                    if (side == 0)
                        quad(at(u, v), at(u, v + 1), at(u + 1, v + 1), at(u + 1, v));
                    else
                        quad(at(u, v), at(u + 1, v), at(u + 1, v + 1), at(u, v + 1));
                }
        }
    }
    Lcg rng{777};
    const float step = float(jitter) * 2.0f / float(n);
    for (glm::vec3& p : m.positions) {
        p += step * glm::vec3(float(rng.next()), float(rng.next()), float(rng.next()));
        p /= std::sqrt(p.x * p.x + p.y * p.y + p.z * p.z);
    }
    return m;
}

// The message of the dv::Error that f throws; a marker when it throws none.
template <class F>
std::string error_of(F&& f) {
    try {
        f();
    } catch (const dv::Error& e) {
        return e.what();
    }
    return "<no dv::Error thrown>";
}

double correlation(const std::vector<double>& a, const std::vector<double>& b) {
    const double n = double(a.size());
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / n;
    const double mb = std::accumulate(b.begin(), b.end(), 0.0) / n;
    double sab = 0.0, saa = 0.0, sbb = 0.0;
    for (std::size_t k = 0; k < a.size(); ++k) {
        sab += (a[k] - ma) * (b[k] - mb);
        saa += (a[k] - ma) * (a[k] - ma);
        sbb += (b[k] - mb) * (b[k] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

std::vector<double> ranks(const std::vector<double>& x) {
    std::vector<std::size_t> order(x.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t p, std::size_t q) { return x[p] < x[q]; });
    std::vector<double> r(x.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        r[order[k]] = double(k);
    return r;
}

double ms_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// Vertices of the grid column i.
std::vector<std::uint32_t> column(int nx, int ny, int i) {
    std::vector<std::uint32_t> out;
    for (int j = 0; j <= ny; ++j)
        out.push_back(std::uint32_t(j * (nx + 1) + i));
    return out;
}

} // namespace

TEST_CASE("A field fixed at 0 and 1 on opposite edges of a plane is linear in between", "[harmonic]") {
    const int nx = 24, ny = 16;
    // Rectangular cells of aspect 3 and a jittered grid: cotangent weights
    // (unlike uniform ones) reproduce linear functions on both.
    for (const auto& [sx, sy, jitter] : {std::make_tuple(0.5f, 1.5f, 0.0), std::make_tuple(1.0f, 1.0f, 0.12)}) {
        const dv::SurfaceMesh m = grid(nx, ny, sx, sy, jitter);
        std::vector<std::uint32_t> fixed = column(nx, ny, 0);
        const std::vector<std::uint32_t> right = column(nx, ny, nx);
        fixed.insert(fixed.end(), right.begin(), right.end());
        std::vector<double> values(fixed.size(), 0.0);
        std::fill(values.begin() + long(right.size()), values.end(), 1.0);

        const dv::HarmonicSolver solver(m, fixed, {});
        INFO("cell " << sx << " x " << sy << ", jitter " << jitter << ", negative weights "
                     << solver.stats().negative_weights);
        const std::vector<double> u = solver.solve(values);
        const double width = double(nx) * double(sx);
        double worst = 0.0;
        for (std::size_t v = 0; v < m.vertex_count(); ++v)
            worst = std::max(worst, std::abs(u[v] - double(m.positions[v].x) / width));
        CHECK(worst < 1e-6);
        CHECK(solver.stats().negative_weights == 0);
    }
}

TEST_CASE("Constrained vertices keep their values exactly and one factorisation serves many fields",
          "[harmonic]") {
    const dv::SurfaceMesh m = grid(12, 9, 1.0f, 1.0f, 0.1);
    const std::vector<std::uint32_t> fixed = {0, 12, 50, 77, 129};
    const dv::HarmonicSolver solver(m, fixed, {});
    CHECK(solver.stats().free_vertices == m.vertex_count() - fixed.size());
    const std::vector<double> a = {0.1, -3.25, 7.0 / 3.0, 1e-9, 42.0};
    const std::vector<double> b = {1.0, 2.0, 3.0, 4.0, 5.0};
    const std::vector<double> ua = solver.solve(a);
    const std::vector<double> ub = solver.solve(b);
    for (std::size_t k = 0; k < fixed.size(); ++k) {
        CHECK(ua[fixed[k]] == a[k]); // exact, not approximately
        CHECK(ub[fixed[k]] == b[k]);
    }
    // The solve is linear in the values, and constants stay constant.
    std::vector<double> mix(a.size());
    for (std::size_t k = 0; k < a.size(); ++k)
        mix[k] = 2.0 * a[k] - 0.5 * b[k];
    const std::vector<double> umix = solver.solve(mix);
    const std::vector<double> ones = solver.solve(std::vector<double>(fixed.size(), 1.0));
    for (std::size_t v = 0; v < m.vertex_count(); ++v) {
        CHECK(umix[v] == Approx(2.0 * ua[v] - 0.5 * ub[v]).margin(1e-9));
        CHECK(ones[v] == Approx(1.0).margin(1e-12));
    }
    // The one-shot function agrees with the solver.
    const std::vector<double> once = dv::harmonic_field(m, fixed, a);
    for (std::size_t v = 0; v < m.vertex_count(); ++v)
        CHECK(once[v] == Approx(ua[v]).margin(1e-12));
}

TEST_CASE("A field on a closed, badly shaped surface obeys the maximum principle", "[harmonic]") {
    const dv::SurfaceMesh m = lumpy_sphere(12, 0.45);
    Lcg rng{99};
    std::vector<std::uint32_t> fixed;
    std::vector<double> values;
    for (std::uint32_t v = 5; v < m.vertex_count(); v += 97) {
        fixed.push_back(v);
        values.push_back(0.5 + 2.5 * rng.next()); // in [-2, 3]
    }
    const dv::HarmonicSolver solver(m, fixed, {});
    // The jitter must really produce negative cotangent weights, or this
    // test would not exercise the clamping.
    INFO("edges " << solver.stats().edges << ", negative " << solver.stats().negative_weights
                  << ", min raw weight " << solver.stats().min_raw_weight);
    CHECK(solver.stats().min_raw_weight < -0.1);
    CHECK(solver.stats().negative_weights > 20);

    const std::vector<double> u = solver.solve(values);
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    for (std::size_t v = 0; v < m.vertex_count(); ++v) {
        REQUIRE(std::isfinite(u[v]));
        CHECK(u[v] >= *lo - 1e-12);
        CHECK(u[v] <= *hi + 1e-12);
    }
    // Also no interior extremum: every free value lies within the range of
    // its neighbours (a convex combination of them).
    std::vector<double> nlo(m.vertex_count(), 1e300), nhi(m.vertex_count(), -1e300);
    for (std::size_t f = 0; f < m.face_count(); ++f) {
        const std::uint32_t first = m.face_offsets[f], end = m.face_offsets[f + 1];
        for (std::uint32_t p = first; p < end; ++p)
            for (std::uint32_t q = first; q < end; ++q) {
                if (p == q)
                    continue;
                const std::uint32_t a = m.face_indices[p], b = m.face_indices[q];
                nlo[a] = std::min(nlo[a], u[b]);
                nhi[a] = std::max(nhi[a], u[b]);
            }
    }
    std::vector<std::uint8_t> is_fixed(m.vertex_count(), 0);
    for (std::uint32_t v : fixed)
        is_fixed[v] = 1;
    std::size_t extrema = 0;
    for (std::size_t v = 0; v < m.vertex_count(); ++v)
        if (!is_fixed[v] && (u[v] < nlo[v] - 1e-12 || u[v] > nhi[v] + 1e-12))
            ++extrema;
    CHECK(extrema == 0);
}

TEST_CASE("A masked solve is the solve on the cut-out region and ignores everything outside",
          "[harmonic]") {
    const int nx = 20, ny = 10, cut = 10;
    dv::SurfaceMesh full = grid(nx, ny, 1.0f, 1.0f, 0.15);
    std::vector<std::uint8_t> mask(full.vertex_count(), 0);
    for (int j = 0; j <= ny; ++j)
        for (int i = 0; i <= cut; ++i)
            mask[std::size_t(j * (nx + 1) + i)] = 1;

    // The same region as a mesh of its own, with the same positions.
    dv::SurfaceMesh part = grid(cut, ny);
    for (int j = 0; j <= ny; ++j)
        for (int i = 0; i <= cut; ++i)
            part.positions[std::size_t(j * (cut + 1) + i)] = full.positions[std::size_t(j * (nx + 1) + i)];

    // Two point constraints: a field that feels the region's border.
    const std::vector<std::uint32_t> fixed_full = {std::uint32_t(0), std::uint32_t(6 * (nx + 1) + cut)};
    const std::vector<std::uint32_t> fixed_part = {std::uint32_t(0), std::uint32_t(6 * (cut + 1) + cut)};
    const std::vector<double> values = {0.0, 1.0};
    const std::vector<double> u = dv::harmonic_field(full, fixed_full, values, mask);
    const std::vector<double> expected = dv::harmonic_field(part, fixed_part, values);

    // Moving every vertex outside the mask changes nothing.
    dv::SurfaceMesh moved = full;
    Lcg rng{5};
    for (std::size_t v = 0; v < moved.vertex_count(); ++v)
        if (!mask[v])
            moved.positions[v] += glm::vec3(float(rng.next()), float(rng.next()), float(rng.next()));
    const std::vector<double> u_moved = dv::harmonic_field(moved, fixed_full, values, mask);

    for (int j = 0; j <= ny; ++j) {
        for (int i = 0; i <= nx; ++i) {
            const auto v = std::size_t(j * (nx + 1) + i);
            if (i <= cut) {
                CHECK(u[v] == Approx(expected[std::size_t(j * (cut + 1) + i)]).margin(1e-10));
                CHECK(u_moved[v] == Approx(u[v]).margin(1e-10));
            } else {
                CHECK(std::isnan(u[v]));
            }
        }
    }
}

TEST_CASE("The harmonic solver explains what is wrong with its input", "[harmonic]") {
    const dv::SurfaceMesh m = grid(4, 4);
    const std::vector<std::uint32_t> none;
    CHECK_THAT(error_of([&] { dv::HarmonicSolver s(m, none); }), Catch::Contains("no constrained vertices"));

    const std::vector<std::uint32_t> out_of_range = {0, 25};
    CHECK_THAT(error_of([&] { dv::HarmonicSolver s(m, out_of_range); }),
               Catch::Contains("index 25, out of range") && Catch::Contains("25 vertices"));

    const std::vector<std::uint32_t> twice = {3, 7, 3};
    CHECK_THAT(error_of([&] { dv::HarmonicSolver s(m, twice); }), Catch::Contains("vertex 3 is constrained twice"));

    std::vector<std::uint8_t> mask(m.vertex_count(), 1);
    mask[7] = 0;
    const std::vector<std::uint32_t> outside = {0, 7};
    CHECK_THAT(error_of([&] { dv::HarmonicSolver s(m, outside, mask); }),
               Catch::Contains("(index 7) lies outside the vertex mask"));

    const std::vector<std::uint8_t> short_mask(10, 1);
    const std::vector<std::uint32_t> one = {0};
    CHECK_THAT(error_of([&] { dv::HarmonicSolver s(m, one, short_mask); }),
               Catch::Contains("mask has 10 entries") && Catch::Contains("25 vertices"));

    const dv::HarmonicSolver ok(m, one);
    const std::vector<double> two_values = {0.0, 1.0};
    CHECK_THAT(error_of([&] { (void)ok.solve(two_values); }),
               Catch::Contains("2 constraint values were given for 1 constrained"));
    const std::vector<double> nan_value = {std::nan("")};
    CHECK_THAT(error_of([&] { (void)ok.solve(nan_value); }), Catch::Contains("not a finite number"));

    // Two separate sheets; only the first is constrained.
    dv::SurfaceMesh two = grid(4, 4);
    const dv::SurfaceMesh other = grid(2, 3); // 12 vertices
    const auto base = std::uint32_t(two.positions.size());
    for (glm::vec3 p : other.positions)
        two.positions.push_back(p + glm::vec3(10.0f, 0.0f, 0.0f));
    for (std::size_t f = 0; f < other.face_count(); ++f) {
        for (std::uint32_t k = other.face_offsets[f]; k < other.face_offsets[f + 1]; ++k)
            two.face_indices.push_back(other.face_indices[k] + base);
        two.face_offsets.push_back(std::uint32_t(two.face_indices.size()));
    }
    CHECK_THAT(error_of([&] { dv::HarmonicSolver s(two, one); }),
               Catch::Contains("connected part of the domain with 12 vertices") &&
                   Catch::Contains("containing vertex 25") && Catch::Contains("no constrained vertex"));
    // Leaving the unconstrained part out of the mask makes it solvable.
    std::vector<std::uint8_t> first_only(two.vertex_count(), 0);
    std::fill(first_only.begin(), first_only.begin() + base, std::uint8_t{1});
    CHECK_NOTHROW(dv::HarmonicSolver(two, one, first_only));
    // A mask that splits the first sheet in two also leaves a part free.
    std::vector<std::uint8_t> split(two.vertex_count(), 0);
    for (std::uint32_t v = 0; v < base; ++v)
        split[v] = (v % 5) != 2 ? 1 : 0; // drop the middle column
    CHECK_THAT(error_of([&] { dv::HarmonicSolver s(two, one, split); }),
               Catch::Contains("with 10 vertices") && Catch::Contains("containing vertex 3"));
}

TEST_CASE("Dijkstra distances measure along the mesh and pick the nearest landmark", "[harmonic]") {
    const int nx = 10, ny = 6;
    const dv::SurfaceMesh m = grid(nx, ny);
    const auto id = [](int i, int j) { return std::uint32_t(j * (nx + 1) + i); };
    const std::vector<std::uint32_t> corner = {id(0, 0)};
    const std::vector<double> d = dv::geodesic_distance_dijkstra(m, corner);
    for (int j = 0; j <= ny; ++j)
        for (int i = 0; i <= nx; ++i) {
            const double euclid = std::hypot(double(i), double(j));
            // Sides and diagonals: the octile distance, within 8.3 % of the truth.
            const double octile = double(std::max(i, j)) + (std::sqrt(2.0) - 1.0) * double(std::min(i, j));
            CHECK(d[id(i, j)] == Approx(octile).margin(1e-6));
            CHECK(d[id(i, j)] >= euclid - 1e-6);
            CHECK(d[id(i, j)] <= 1.083 * euclid + 1e-6);
        }

    const std::vector<std::uint32_t> ends = {id(0, 3), id(nx, 3)};
    const dv::MeshDistances near = dv::geodesic_dijkstra(m, ends);
    for (int j = 0; j <= ny; ++j) {
        CHECK(near.nearest_source[id(2, j)] == 0);
        CHECK(near.nearest_source[id(nx - 2, j)] == 1);
    }

    // A wall with one gap: the way round is longer, and the wall is NaN.
    std::vector<std::uint8_t> mask(m.vertex_count(), 1);
    for (int j = 0; j < ny; ++j)
        mask[id(5, j)] = 0;
    const std::vector<double> walled = dv::geodesic_distance_dijkstra(m, corner, mask);
    CHECK(std::isnan(walled[id(5, 0)]));
    CHECK(walled[id(6, 0)] > d[id(6, 0)] + 5.0);
    CHECK(std::isfinite(walled[id(nx, 0)]));
    // Cut the gap too: the far side is unreachable.
    mask[id(5, ny)] = 0;
    const std::vector<double> cut = dv::geodesic_distance_dijkstra(m, corner, mask);
    CHECK(std::isinf(cut[id(nx, 0)]));
    CHECK(dv::geodesic_dijkstra(m, corner, mask).nearest_source[id(nx, 0)] == dv::MeshDistances::kNoSource);

    const std::vector<std::uint32_t> none, bad = {1000};
    CHECK_THAT(error_of([&] { (void)dv::geodesic_distance_dijkstra(m, none); }), Catch::Contains("no source"));
    CHECK_THAT(error_of([&] { (void)dv::geodesic_distance_dijkstra(m, bad); }),
               Catch::Contains("index 1000, out of range"));
}

TEST_CASE("On the default body a head-to-foot field runs downward and solves fast", "[harmonic]") {
    const dv::SurfaceMesh& skin = dv::test::default_body().skin;
    // 0 at the top of the head, 1 at the lowest vertex of each foot (the
    // body faces +z, so the feet lie either side of x = 0).
    std::uint32_t top = 0, foot[2] = {0, 0};
    bool seen[2] = {false, false};
    for (std::uint32_t v = 0; v < skin.vertex_count(); ++v) {
        const glm::vec3& p = skin.positions[v];
        if (p.y > skin.positions[top].y)
            top = v;
        const int side = p.x < 0.0f ? 0 : 1;
        if (!seen[side] || p.y < skin.positions[foot[side]].y) {
            foot[side] = v;
            seen[side] = true;
        }
    }
    const std::vector<std::uint32_t> fixed = {top, foot[0], foot[1]};
    const std::vector<double> values = {0.0, 1.0, 1.0};

    // Median of a few runs: factor (Laplacian build + ordering + Cholesky)
    // and one solve.
    std::vector<double> factor_ms, solve_ms;
    std::vector<double> u;
    dv::LaplacianStats stats;
    for (int run = 0; run < 5; ++run) {
        auto t0 = std::chrono::steady_clock::now();
        const dv::HarmonicSolver solver(skin, fixed);
        factor_ms.push_back(ms_since(t0));
        t0 = std::chrono::steady_clock::now();
        u = solver.solve(values);
        solve_ms.push_back(ms_since(t0));
        stats = solver.stats();
    }
    std::sort(factor_ms.begin(), factor_ms.end());
    std::sort(solve_ms.begin(), solve_ms.end());
    std::printf("[harmonic] default body: %zu vertices, %zu edges (%zu with negative cotangent weight, min %.3f; "
                "%zu degenerate triangles); factor %.1f ms, solve %.2f ms (median of 5)\n",
                skin.vertex_count(), stats.edges, stats.negative_weights, stats.min_raw_weight,
                stats.degenerate_triangles, factor_ms[2], solve_ms[2]);

    std::vector<double> neg_y(skin.vertex_count());
    for (std::size_t v = 0; v < skin.vertex_count(); ++v) {
        REQUIRE(std::isfinite(u[v]));
        REQUIRE(u[v] >= 0.0);
        REQUIRE(u[v] <= 1.0);
        neg_y[v] = -double(skin.positions[v].y);
    }
    const double pearson = correlation(u, neg_y);
    const double spearman = correlation(ranks(u), ranks(neg_y));
    std::printf("[harmonic] head-to-feet field vs -y: Pearson %.3f, Spearman %.3f\n", pearson, spearman);
    CHECK(pearson > 0.9); // 0.98 today; the arms, at mid values, keep it from 1

    const auto t0 = std::chrono::steady_clock::now();
    const std::vector<std::uint32_t> head = {top};
    const std::vector<double> d = dv::geodesic_distance_dijkstra(skin, head);
    std::printf("[harmonic] default body: Dijkstra from the top of the head %.1f ms\n", ms_since(t0));
    for (double x : d)
        REQUIRE(std::isfinite(x)); // the skin is one closed piece
    const double height = double(dv::test::default_body().height_m());
    CHECK(d[foot[0]] > 0.9 * height);
    CHECK(d[foot[0]] < 1.5 * height);
}

TEST_CASE("Mesh graph: polygon sides, each once, in sorted rows, with their edge beside each slot", "[harmonic]") {
    // A 2 x 1 grid: vertices 0 1 2 along the bottom, 3 4 5 along the top.
    const dv::MeshGraph g = dv::polygon_side_graph(grid(2, 1));
    REQUIRE(g.vertex_count() == 6);
    const auto row = [&](std::uint32_t v) {
        const auto nb = g.neighbours_of(v);
        return std::vector<std::uint32_t>(nb.begin(), nb.end());
    };
    CHECK(row(0) == std::vector<std::uint32_t>{1, 3});       // no diagonal to 4
    CHECK(row(1) == std::vector<std::uint32_t>{0, 2, 4});    // the shared side 1-4 once
    CHECK(row(4) == std::vector<std::uint32_t>{1, 3, 5});
    CHECK(g.neighbours.size() == 2 * 7);                       // 7 sides, both directions
    // Slots of one edge name the same edge from both ends.
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> edge;
    for (std::uint32_t v = 0; v < 6; ++v)
        for (std::uint32_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k) {
            const std::uint32_t w = g.neighbours[k];
            const auto key = std::pair(std::min(v, w), std::max(v, w));
            if (edge.count(key)) CHECK(edge[key] == g.edge_of[k]);
            edge[key] = g.edge_of[k];
        }
    CHECK(edge.size() == 7);
}
