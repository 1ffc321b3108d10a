#include "model/prepared_map.h"

#include "core/error.h"

#include <algorithm>

namespace dv {

std::vector<float> map_disagreement(const PackedMap& a, const PackedMap& b) {
    if (a.weights.size() != b.weights.size())
        throw Error("internal error: comparing maps packed for different display meshes");
    std::vector<float> disagreement(a.weights.size(), 0.0f);
    for (std::size_t v = 0; v < disagreement.size(); ++v) {
        const PointWeights& p = a.weights[v];
        float shared = 0.0f;
        for (int i = 0; i < p.count; ++i)
            shared += std::min(p.entries[std::size_t(i)].weight, b.weights[v].weight_of(p.entries[std::size_t(i)].level));
        disagreement[v] = std::clamp(1.0f - shared, 0.0f, 1.0f);
    }
    return disagreement;
}

} // namespace dv
