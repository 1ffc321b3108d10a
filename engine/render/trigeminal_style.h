#pragma once
// How the trigeminal layer looks (docs/trigeminal.md): one neutral
// grey-violet family, V1 lightest and V3 darkest, drawn with a fine hatch so
// it never reads as a spinal level; the shader takes these colours as a
// uniform and the figure legend lists the layer with the same swatch.
#include <glm/vec3.hpp>

#include <array>
#include <string_view>

namespace dv {

// Linear RGB, sRGB about #a79cbc, #8b7fa3 and #6e6386.
inline const std::array<glm::vec3, 3> kTrigeminalColors{
    glm::vec3(0.386f, 0.332f, 0.503f), // V1 ophthalmic
    glm::vec3(0.258f, 0.212f, 0.366f), // V2 maxillary
    glm::vec3(0.155f, 0.125f, 0.238f), // V3 mandibular
};

inline constexpr std::string_view kTrigeminalLegend = "V1–V3: trigeminal, not spinal";

} // namespace dv
