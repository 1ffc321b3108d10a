#include "clinical/sensory_paint.h"

#include "core/error.h"

#include <glm/common.hpp>

#include <algorithm>
#include <cmath>

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

namespace {

float blank_share(const PointWeights& p) {
    float b = 0.0f;
    for (int i = 0; i < p.count; ++i)
        if (!is_spinal(p.entries[std::size_t(i)].level))
            b += p.entries[std::size_t(i)].weight;
    return std::clamp(b, 0.0f, 1.0f);
}

std::vector<std::vector<std::uint32_t>> neighbours(std::size_t n, std::span<const std::uint32_t> triangles) {
    std::vector<std::vector<std::uint32_t>> out(n);
    for (std::size_t t = 0; t + 2 < triangles.size(); t += 3)
        for (int k = 0; k < 3; ++k) {
            const std::uint32_t a = triangles[t + std::size_t(k)], b = triangles[t + std::size_t((k + 1) % 3)];
            out[a].push_back(b);
            out[b].push_back(a);
        }
    return out;
}

} // namespace

void fill_blank_skin(SensoryPaint& paint, std::span<const PointWeights> weights,
                     std::span<const std::uint32_t> triangles) {
    const std::size_t n = weights.size();
    if (paint.light_touch.size() != n || paint.pin_prick.size() != n)
        throw InternalError("fill_blank_skin: paint and weights are for different display skins");
    std::vector<float> blank(n);
    bool any = false;
    for (std::size_t v = 0; v < n; ++v)
        any = (blank[v] = blank_share(weights[v])) > 0.0f || any;
    if (!any)
        return;
    // Skin with almost no root has no paint of its own to go by.
    constexpr float kOwnSupply = 0.02f;
    const auto adjacent = neighbours(n, triangles);
    for (Modality m : {Modality::LightTouch, Modality::PinPrick}) {
        std::vector<glm::vec3>& p = paint.of(m);
        // Paint per unit of root weight; fixed where a vertex has roots of its own.
        std::vector<glm::vec3> rate(n, glm::vec3(0.0f));
        std::vector<std::uint32_t> unknown;
        for (std::size_t v = 0; v < n; ++v) {
            if (1.0f - blank[v] >= kOwnSupply)
                rate[v] = p[v] / (1.0f - blank[v]);
            else
                unknown.push_back(std::uint32_t(v));
        }
        // Start from the known skin inwards (each blank vertex the mean of
        // its neighbours already reached), so the sweeps below only smooth
        // and need not carry the paint across a wide blank area.
        std::vector<bool> reached(n, true);
        for (std::uint32_t v : unknown)
            reached[v] = false;
        for (bool grew = true; grew;) {
            grew = false;
            for (std::uint32_t v : unknown) {
                if (reached[v])
                    continue;
                glm::vec3 sum(0.0f);
                int count = 0;
                for (std::uint32_t u : adjacent[v])
                    if (reached[u])
                        sum += rate[u], ++count;
                if (count > 0) {
                    rate[v] = sum / float(count);
                    reached[v] = grew = true;
                }
            }
        }
        // Gauss-Seidel sweeps of the mean over the neighbours, until no share moves by 1e-4.
        for (int sweep = 0; sweep < 500; ++sweep) {
            float moved = 0.0f;
            for (std::uint32_t v : unknown) {
                if (adjacent[v].empty())
                    continue;
                glm::vec3 mean(0.0f);
                for (std::uint32_t u : adjacent[v])
                    mean += rate[u];
                mean /= float(adjacent[v].size());
                const glm::vec3 d = glm::abs(mean - rate[v]);
                moved = std::max({moved, d.x, d.y, d.z});
                rate[v] = mean;
            }
            if (moved < 1e-4f)
                break;
        }
        for (std::size_t v = 0; v < n; ++v)
            p[v] = glm::clamp(p[v] + blank[v] * rate[v], 0.0f, 1.0f);
    }
}

} // namespace dv
