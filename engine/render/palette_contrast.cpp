#include "render/palette_contrast.h"

#include "render/color_difference.h"
#include "render/dermatome_palette.h"

#include <algorithm>
#include <limits>

namespace dv {

std::vector<LevelPair> meeting_levels(const SurfaceMesh& skin, const std::vector<PointWeights>& weights) {
    auto strongest = [&](std::uint32_t v) { return weights[v].count ? weights[v].entries[0].level : kNotShown; };
    std::vector<LevelPair> pairs;
    for (std::size_t f = 0; f < skin.face_count(); ++f) {
        const std::uint32_t begin = skin.face_offsets[f], end = skin.face_offsets[f + 1];
        for (std::uint32_t k = begin; k < end; ++k) {
            const std::uint32_t next = k + 1 == end ? begin : k + 1;
            const Level a = strongest(skin.face_indices[k]), b = strongest(skin.face_indices[next]);
            if (a != b && is_spinal(a) && is_spinal(b))
                pairs.emplace_back(std::min(a, b), std::max(a, b));
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

std::vector<LevelPair> all_pairs(const std::vector<Level>& levels) {
    std::vector<LevelPair> pairs;
    for (std::size_t i = 0; i < levels.size(); ++i)
        for (std::size_t j = i + 1; j < levels.size(); ++j)
            if (levels[i] != levels[j])
                pairs.emplace_back(std::min(levels[i], levels[j]), std::max(levels[i], levels[j]));
    return pairs;
}

ClosestPair closest_pair(const std::vector<LevelPair>& pairs, Palette palette) {
    ClosestPair closest{std::numeric_limits<double>::infinity(), {}};
    for (const LevelPair& p : pairs) {
        const double d = ciede2000(level_lab(p.first, palette), level_lab(p.second, palette));
        if (d < closest.delta_e)
            closest = {d, p};
    }
    return closest;
}

} // namespace dv
