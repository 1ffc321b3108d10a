#include "render/dermatome_palette.h"

#include "atlas/bake.h"
#include "render/renderer.h"

#include <glm/common.hpp>
#include <glm/exponential.hpp>

#include <cmath>

namespace dv {

namespace {
glm::vec3 hsv_to_linear(float h, float s, float v) {
    const glm::vec3 k = glm::mod(glm::vec3(5.0f, 3.0f, 1.0f) + h * 6.0f, 6.0f);
    const glm::vec3 rgb = v - v * s * glm::clamp(glm::min(k, 4.0f - k), 0.0f, 1.0f);
    return glm::pow(rgb, glm::vec3(2.2f));
}

std::vector<glm::vec3> make_color_blind_safe() {
    // Okabe & Ito (2008): orange, sky blue, bluish green, yellow, blue,
    // vermillion, reddish purple.
    const glm::vec3 okabe_ito[] = {{0.90f, 0.62f, 0.0f},  {0.34f, 0.71f, 0.91f}, {0.0f, 0.62f, 0.45f},
                                   {0.94f, 0.89f, 0.26f}, {0.0f, 0.45f, 0.70f},  {0.84f, 0.37f, 0.0f},
                                   {0.80f, 0.47f, 0.65f}};
    std::vector<glm::vec3> p(DenseWeights::kSlots);
    for (int slot = 0; slot < 31; ++slot) {
        const int level = slot + 1;
        const glm::vec3 c = okabe_ito[level % 7];
        // Every other cycle lighter, so levels 7 apart still differ.
        const float lift = (level / 7) % 2 ? 0.30f : 0.0f;
        p[std::size_t(slot)] = glm::pow(glm::mix(c, glm::vec3(1.0f), lift), glm::vec3(2.2f));
    }
    p[std::size_t(DenseWeights::slot(kNoConsistentRoot))] = glm::pow(glm::vec3(0.62f, 0.62f, 0.60f), glm::vec3(2.2f));
    p[std::size_t(DenseWeights::slot(kNotShown))] = glm::pow(glm::vec3(0.78f, 0.74f, 0.70f), glm::vec3(2.2f));
    return p;
}

std::vector<glm::vec3> make_palette() {
    std::vector<glm::vec3> p(DenseWeights::kSlots);
    for (int slot = 0; slot < 31; ++slot) {
        const int level = slot + 1;
        const float hue = std::fmod(0.61803398875f * float(level) + 0.12f, 1.0f);
        float saturation = level % 2 ? 0.62f : 0.50f;
        // Hues near the skin's own (about 0.06) would pass for bare skin in
        // the dimmed chart and next to plain skin: make them vivid.
        const float from_skin = std::abs(hue - 0.062f);
        if (from_skin < 0.06f || from_skin > 0.94f)
            saturation = 0.85f;
        p[std::size_t(slot)] = hsv_to_linear(hue, saturation, level % 2 ? 0.93f : 0.80f);
    }
    p[std::size_t(DenseWeights::slot(kNoConsistentRoot))] = glm::pow(glm::vec3(0.62f, 0.62f, 0.60f), glm::vec3(2.2f));
    p[std::size_t(DenseWeights::slot(kNotShown))] = glm::pow(glm::vec3(0.78f, 0.74f, 0.70f), glm::vec3(2.2f));
    return p;
}
} // namespace

const std::vector<glm::vec3>& dermatome_palette(Palette palette) {
    static const std::vector<glm::vec3> standard = make_palette();
    static const std::vector<glm::vec3> safe = make_color_blind_safe();
    return palette == Palette::ColorBlindSafe ? safe : standard;
}

glm::vec3 level_color(Level level, Palette palette) {
    return dermatome_palette(palette)[std::size_t(DenseWeights::slot(level))];
}

} // namespace dv
