#include "atlas/overlap.h"

#include "core/error.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>

namespace dv {

namespace {

// Lumped vertex areas: a quarter of each quad (a third of each triangle).
std::vector<double> vertex_areas(const SurfaceMesh& m) {
    std::vector<double> area(m.vertex_count(), 0.0);
    for (std::size_t f = 0; f < m.face_count(); ++f) {
        const std::uint32_t b = m.face_offsets[f], e = m.face_offsets[f + 1];
        double a = 0.0;
        for (std::uint32_t k = b + 1; k + 1 < e; ++k)
            a += 0.5 * double(glm::length(glm::cross(m.positions[m.face_indices[k]] - m.positions[m.face_indices[b]],
                                                     m.positions[m.face_indices[k + 1]] - m.positions[m.face_indices[b]])));
        for (std::uint32_t k = b; k < e; ++k)
            area[m.face_indices[k]] += a / double(e - b);
    }
    return area;
}

// The coupled edges of each vertex, with t times their Laplacian weight
// (each edge seen from each of its faces adds t / 2).
struct Coupling {
    std::vector<std::uint32_t> offsets, neighbour;
    std::vector<double> weight;
};

Coupling couple(const SurfaceMesh& skin, const std::vector<Level>& label, double t,
                const std::function<bool(Level, Level)>& apart) {
    const std::size_t n = skin.vertex_count();
    std::vector<std::vector<std::pair<std::uint32_t, double>>> adjacent(n);
    auto add = [&](std::uint32_t a, std::uint32_t b) {
        for (auto& [v, w] : adjacent[a])
            if (v == b) {
                w += 0.5 * t;
                return;
            }
        adjacent[a].emplace_back(b, 0.5 * t);
    };
    for (std::size_t f = 0; f < skin.face_count(); ++f) {
        const std::uint32_t b = skin.face_offsets[f], e = skin.face_offsets[f + 1];
        for (std::uint32_t k = b; k < e; ++k) {
            const std::uint32_t i = skin.face_indices[k], j = skin.face_indices[k + 1 < e ? k + 1 : b];
            if (t == 0.0 || apart(label[i], label[j]))
                continue;
            add(i, j);
            add(j, i);
        }
    }
    Coupling c;
    c.offsets.reserve(n + 1);
    c.offsets.push_back(0);
    for (const auto& list : adjacent) {
        for (const auto& [v, w] : list) {
            c.neighbour.push_back(v);
            c.weight.push_back(w);
        }
        c.offsets.push_back(std::uint32_t(c.neighbour.size()));
    }
    return c;
}

// A vertex's share of each level while the step is being solved: a few
// levels at most, since the step reaches only a few centimetres.
struct Mix {
    static constexpr int kMax = 8;
    std::array<std::uint8_t, kMax> slot{};
    std::array<float, kMax> w{};
    int count = 0;
};

float largest_change(const Mix& before, const Mix& after) {
    float change = 0.0f;
    for (int i = 0; i < after.count; ++i) {
        float was = 0.0f;
        for (int j = 0; j < before.count; ++j)
            if (before.slot[std::size_t(j)] == after.slot[std::size_t(i)])
                was = before.w[std::size_t(j)];
        change = std::max(change, std::abs(after.w[std::size_t(i)] - was));
    }
    return change;
}

// One Gauss-Seidel update of a vertex's row: its area times its starting
// shares, plus t times what its coupled neighbours hold now (only the levels
// that may enter its skin), over the row's diagonal.
class Relaxation {
public:
    using Entry = std::array<std::array<bool, DenseWeights::kSlots>, DenseWeights::kSlots>;
    Relaxation(const std::vector<double>& area, const Coupling& c, const std::vector<Mix>& initial,
               const std::vector<Level>& label, const Entry& may_enter)
        : area_(area), c_(c), initial_(initial), label_(label), may_enter_(may_enter) {}

    Mix operator()(std::uint32_t v, const std::vector<Mix>& mix) {
        used_ = 0;
        double diagonal = area_[v];
        for (int i = 0; i < initial_[v].count; ++i)
            add(initial_[v].slot[std::size_t(i)], area_[v] * double(initial_[v].w[std::size_t(i)]));
        const auto& enters = may_enter_[std::size_t(DenseWeights::slot(label_[v]))];
        for (std::uint32_t k = c_.offsets[v]; k < c_.offsets[v + 1]; ++k) {
            const Mix& m = mix[c_.neighbour[k]];
            diagonal += c_.weight[k];
            for (int i = 0; i < m.count; ++i)
                if (enters[m.slot[std::size_t(i)]])
                    add(m.slot[std::size_t(i)], c_.weight[k] * double(m.w[std::size_t(i)]));
        }
        // Keep the strongest few; what is dropped is below any visible share.
        std::sort(touched_.begin(), touched_.begin() + used_,
                  [&](std::uint8_t a, std::uint8_t b) { return sum_[a] > sum_[b]; });
        Mix next;
        for (int i = 0; i < used_ && i < Mix::kMax; ++i) {
            next.slot[std::size_t(i)] = touched_[std::size_t(i)];
            next.w[std::size_t(i)] = float(double(sum_[touched_[std::size_t(i)]]) / diagonal);
            next.count = i + 1;
        }
        for (int i = 0; i < used_; ++i) {
            sum_[touched_[std::size_t(i)]] = 0.0f;
            seen_[touched_[std::size_t(i)]] = false;
        }
        return next;
    }

private:
    void add(std::uint8_t s, double w) {
        if (!seen_[s]) {
            seen_[s] = true;
            touched_[std::size_t(used_++)] = s;
        }
        sum_[s] += float(w);
    }

    const std::vector<double>& area_;
    const Coupling& c_;
    const std::vector<Mix>& initial_;
    const std::vector<Level>& label_;
    const Entry& may_enter_;
    std::array<float, DenseWeights::kSlots> sum_{};
    std::array<bool, DenseWeights::kSlots> seen_{};
    std::array<std::uint8_t, DenseWeights::kSlots> touched_{};
    int used_ = 0;
};

// The heat step can carry a wide neighbour's share past a narrow zone's own
// on the vertices nearest the border (on a little toe's dorsum, a strip of
// the sole), which would move the border a vertex into the zone and, where
// two rows of vertices zigzag along it, break the zone into pieces. The
// zones say where a level is strongest, so the vertex's own level takes the
// largest share and the level that had it takes the own level's: the same
// shares, in the order the map draws.
void keep_own_strongest(DenseWeights& d, Level own) {
    const std::size_t mine = std::size_t(DenseWeights::slot(own));
    std::size_t top = mine;
    for (std::size_t s = 0; s < d.w.size(); ++s)
        if (d.w[s] > d.w[top])
            top = s;
    std::swap(d.w[mine], d.w[top]);
}

} // namespace

std::vector<PointWeights> spread_levels(const SurfaceMesh& skin, const std::vector<Level>& label,
                                        const std::vector<PointWeights>& start, double t,
                                        const std::function<bool(Level, Level)>& apart) {
    const std::size_t n = skin.vertex_count();
    const std::vector<double> area = vertex_areas(skin);
    const Coupling c = couple(skin, label, t, apart);
    // Which levels may spread into skin of each level (by slot).
    Relaxation::Entry may_enter{};
    for (int a = 0; a < DenseWeights::kSlots; ++a)
        for (int b = 0; b < DenseWeights::kSlots; ++b)
            may_enter[std::size_t(a)][std::size_t(b)] = !apart(DenseWeights::level_of(a), DenseWeights::level_of(b));
    std::vector<Mix> mix(n);
    for (std::size_t v = 0; v < n; ++v) {
        for (int i = 0; i < start[v].count; ++i) {
            mix[v].slot[std::size_t(i)] = std::uint8_t(DenseWeights::slot(start[v].entries[std::size_t(i)].level));
            mix[v].w[std::size_t(i)] = start[v].entries[std::size_t(i)].weight;
        }
        mix[v].count = start[v].count;
    }
    const std::vector<Mix> initial = mix;

    // Gauss-Seidel on a work list. A vertex whose coupled neighbours all
    // share its one level already solves its row, so only the vertices at
    // borders start on the list, and a vertex goes back on it only when a
    // neighbour moved. The rows are diagonally dominant (area against t times
    // the edges), so every sweep shrinks the error; it stops when no vertex
    // moves by more than kTolerance, a quarter of the 1/255 step of a colour.
    constexpr float kTolerance = 1e-3f;
    std::deque<std::uint32_t> work;
    std::vector<char> queued(n, 0);
    for (std::uint32_t v = 0; v < n; ++v)
        for (std::uint32_t k = c.offsets[v]; k < c.offsets[v + 1]; ++k)
            if ((label[c.neighbour[k]] != label[v] || mix[v].count > 1 || mix[c.neighbour[k]].count > 1) && !queued[v]) {
                queued[v] = 1;
                work.push_back(v);
            }
    Relaxation relax(area, c, initial, label, may_enter);
    std::size_t updates = 0;
    const std::size_t update_limit = 200 * n + 1000;
    while (!work.empty()) {
        if (++updates > update_limit)
            throw InternalError("the overlap between zones did not settle");
        const std::uint32_t v = work.front();
        work.pop_front();
        queued[v] = 0;
        const Mix next = relax(v, mix);
        const float change = largest_change(mix[v], next);
        mix[v] = next;
        if (change <= kTolerance)
            continue;
        for (std::uint32_t k = c.offsets[v]; k < c.offsets[v + 1]; ++k) {
            const std::uint32_t u = c.neighbour[k];
            if (!queued[u]) {
                queued[u] = 1;
                work.push_back(u);
            }
        }
    }

    std::vector<PointWeights> weights(n);
    for (std::size_t v = 0; v < n; ++v) {
        DenseWeights d;
        for (int i = 0; i < mix[v].count; ++i)
            d.w[mix[v].slot[std::size_t(i)]] = mix[v].w[std::size_t(i)];
        // The vertex's own level always survives, so a narrow strip never vanishes.
        d.w[std::size_t(DenseWeights::slot(label[v]))] += 1e-3f;
        keep_own_strongest(d, label[v]);
        weights[v] = to_sparse(d);
    }
    return weights;
}

} // namespace dv
