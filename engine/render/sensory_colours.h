#pragma once
// The colours of the sensory view (an exam's scores or a lesion's predicted
// loss painted on the skin), in one place for the shader (uniforms set by
// the renderer) and the figure legends. Chosen to stay apart for the common
// colour-vision deficiencies (docs/lesions.md, "Colours"): normal skin is
// left untinted, altered is amber (bright, warm), absent a deep blue-violet
// (dark, cool) with darker stripes, not testable a mid grey with stripes
// the other way; they differ in lightness as well as hue, so they read in
// greyscale too.
#include <glm/vec3.hpp>

namespace dv {

struct SensoryColours {
    glm::vec3 altered{0.90f, 0.62f, 0.00f};      // sRGB, Okabe-Ito orange
    glm::vec3 absent{0.20f, 0.15f, 0.48f};       // sRGB, deep blue-violet
    glm::vec3 not_testable{0.55f, 0.55f, 0.55f}; // sRGB, mid grey
};
inline constexpr SensoryColours kSensoryColours{};

} // namespace dv
