// The clean-up after the flood fills: a cut that does not close leaves small
// islands of one region inside another; each joins the neighbour it shares
// most edges with, until every region (limbs: every region and side) is one
// connected piece.
#include "body/region_steps.h"

#include <algorithm>
#include <array>
#include <utility>

namespace dv::coordinates {

namespace {

constexpr std::size_t kKeys = static_cast<std::size_t>(Region::Count) * 3;
// The most passes; each moves every island at once, two or three suffice.
constexpr int kMaxPasses = 8;

// Connected pieces of equal key, each with its size and key.
struct Pieces {
    std::vector<int> of;              // per vertex
    std::vector<std::size_t> size;    // per piece
    std::vector<int> key;             // per piece
};

template <class Key>
Pieces find_pieces(const MeshGraph& g, std::size_t n, Key&& key) {
    Pieces p;
    p.of.assign(n, -1);
    std::vector<std::uint32_t> stack;
    for (std::uint32_t v = 0; v < n; ++v) {
        if (p.of[v] >= 0) continue;
        const int id = static_cast<int>(p.size.size());
        const int kv = key(v);
        std::size_t count = 0;
        stack.assign(1, v);
        p.of[v] = id;
        while (!stack.empty()) {
            const std::uint32_t a = stack.back();
            stack.pop_back();
            ++count;
            for (std::uint32_t b : g.neighbours_of(a)) {
                if (p.of[b] < 0 && key(b) == kv) {
                    p.of[b] = id;
                    stack.push_back(b);
                }
            }
        }
        p.size.push_back(count);
        p.key.push_back(kv);
    }
    return p;
}

} // namespace

void keep_one_piece_per_region(const BodySkin& body, RegionLabels& labels) {
    const std::size_t n = body.vertex_count();
    const MeshGraph& g = body.graph;
    // One key per region, and per side for limb regions.
    const auto key = [&](std::uint32_t v) {
        const Region r = static_cast<Region>(labels.label[v]);
        return axial(r) ? labels.label[v] * 3 : labels.label[v] * 3 + static_cast<int>(labels.side[v]);
    };
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        const Pieces pieces = find_pieces(g, n, key);
        // Largest piece per key (ties: lowest id, deterministic).
        std::vector<int> best(kKeys, -1);
        for (std::size_t c = 0; c < pieces.size.size(); ++c) {
            int& b = best[static_cast<std::size_t>(pieces.key[c])];
            if (b < 0 || pieces.size[c] > pieces.size[static_cast<std::size_t>(b)]) b = static_cast<int>(c);
        }
        const auto kept = [&](int c) { return best[static_cast<std::size_t>(pieces.key[std::size_t(c)])] == c; };
        bool changed = false;
        for (std::size_t c = 0; c < pieces.size.size(); ++c) changed = changed || !kept(static_cast<int>(c));
        if (!changed) break;
        // Each island's votes: edges to the keys around it.
        std::vector<std::array<int, kKeys>> votes(pieces.size.size());
        for (auto& a : votes) a.fill(0);
        for (std::uint32_t v = 0; v < n; ++v) {
            const int c = pieces.of[v];
            if (kept(c)) continue;
            for (std::uint32_t w : g.neighbours_of(v))
                if (pieces.of[w] != c) ++votes[static_cast<std::size_t>(c)][static_cast<std::size_t>(key(w))];
        }
        std::vector<int> new_label = labels.label;
        std::vector<Side> new_side = labels.side;
        for (std::uint32_t v = 0; v < n; ++v) {
            if (kept(pieces.of[v])) continue;
            const auto& vc = votes[static_cast<std::size_t>(pieces.of[v])];
            const auto it = std::max_element(vc.begin(), vc.end());
            if (*it == 0) continue;
            const int kk = static_cast<int>(it - vc.begin());
            new_label[v] = kk / 3;
            if (!axial(static_cast<Region>(kk / 3))) new_side[v] = static_cast<Side>(kk % 3);
        }
        labels.label = std::move(new_label);
        labels.side = std::move(new_side);
    }
}

} // namespace dv::coordinates
