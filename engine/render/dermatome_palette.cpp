#include "render/dermatome_palette.h"

#include "atlas/bake.h"

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

std::vector<glm::vec3> make_palette() {
    std::vector<glm::vec3> p(DenseWeights::kSlots);
    for (int slot = 0; slot < 31; ++slot) {
        const int level = slot + 1;
        const float hue = std::fmod(0.61803398875f * float(level) + 0.12f, 1.0f);
        p[std::size_t(slot)] = hsv_to_linear(hue, level % 2 ? 0.62f : 0.50f, level % 2 ? 0.93f : 0.80f);
    }
    p[std::size_t(DenseWeights::slot(kNoConsistentRoot))] = glm::pow(glm::vec3(0.62f, 0.62f, 0.60f), glm::vec3(2.2f));
    p[std::size_t(DenseWeights::slot(kNotShown))] = glm::pow(glm::vec3(0.78f, 0.74f, 0.70f), glm::vec3(2.2f));
    return p;
}
} // namespace

const std::vector<glm::vec3>& dermatome_palette() {
    static const std::vector<glm::vec3> palette = make_palette();
    return palette;
}

glm::vec3 level_color(Level level) { return dermatome_palette()[std::size_t(DenseWeights::slot(level))]; }

} // namespace dv
