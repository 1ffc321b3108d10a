#include "clinical/sensory_paint.h"

#include "core/error.h"

namespace dv {

std::string_view sensory_score_name(SensoryScore s) {
    switch (s) {
    case SensoryScore::Normal: return "normal";
    case SensoryScore::Altered: return "altered";
    case SensoryScore::Absent: return "absent";
    case SensoryScore::NotTestable: return "not testable";
    }
    return "normal";
}

std::string_view modality_name(Modality m) { return m == Modality::LightTouch ? "light touch" : "pin prick"; }
std::string_view body_side_name(BodySide s) { return s == BodySide::Left ? "left" : "right"; }

SensoryScore SensoryState::get(Modality m, BodySide side, Level level) const {
    if (!is_spinal(level))
        return SensoryScore::Normal;
    return scores_[std::size_t(m)][std::size_t(side)][std::size_t(level - 1)];
}

void SensoryState::set(Modality m, BodySide side, Level level, SensoryScore score) {
    if (is_spinal(level))
        scores_[std::size_t(m)][std::size_t(side)][std::size_t(level - 1)] = score;
}

void SensoryState::set_range(Modality m, BodySide side, Level from, Level to, SensoryScore score) {
    for (int l = from; l <= to; ++l)
        set(m, side, Level(l), score);
}

bool SensoryState::all_normal() const {
    for (const auto& modality : scores_)
        for (const auto& side : modality)
            for (SensoryScore s : side)
                if (s != SensoryScore::Normal)
                    return false;
    return true;
}

namespace {
glm::vec3 shares_of(SensoryScore s) {
    switch (s) {
    case SensoryScore::Altered: return {1, 0, 0};
    case SensoryScore::Absent: return {0, 1, 0};
    case SensoryScore::NotTestable: return {0, 0, 1};
    case SensoryScore::Normal: break;
    }
    return {0, 0, 0};
}
} // namespace

glm::vec3 paint_point(const SensoryState& state, Modality m, const PointWeights& weights, float side) {
    // The midline belongs to both sides; interpolated sides near it are
    // small but keep their sign, so only an exact 0 is shared.
    const float left = side > 0.0f ? 1.0f : side < 0.0f ? 0.0f : 0.5f;
    glm::vec3 out(0.0f);
    for (int i = 0; i < weights.count; ++i) {
        const LevelWeight& e = weights.entries[std::size_t(i)];
        out += e.weight * (left * shares_of(state.get(m, BodySide::Left, e.level)) +
                           (1.0f - left) * shares_of(state.get(m, BodySide::Right, e.level)));
    }
    return out;
}

SensoryPaint paint_sensory(const SensoryState& state, std::span<const PointWeights> weights,
                           std::span<const float> side) {
    if (weights.size() != side.size())
        throw InternalError("sensory paint: weights and sides are for different display skins");
    SensoryPaint paint;
    for (Modality m : {Modality::LightTouch, Modality::PinPrick}) {
        auto& out = paint.of(m);
        out.resize(weights.size());
        for (std::size_t v = 0; v < weights.size(); ++v)
            out[v] = paint_point(state, m, weights[v], side[v]);
    }
    return paint;
}

} // namespace dv
