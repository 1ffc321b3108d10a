#include "render/shader_interface.h"

#include "render/dermatome_palette.h"

#include <glm/common.hpp>

#include <cmath>
#include <cstdio>
#include <utility>

namespace dv::shader {

std::uint32_t pack_palette_colour(glm::vec3 linear_rgb) {
    const glm::vec3 c = glm::clamp(linear_rgb, 0.0f, 1.0f);
    auto field = [](float v, int bits) { return std::uint32_t(std::lround(v * float((1u << bits) - 1u))); };
    return field(c.r, kPaletteRedBits) | field(c.g, kPaletteGreenBits) << kPaletteRedBits |
           field(c.b, kPaletteBlueBits) << (kPaletteRedBits + kPaletteGreenBits);
}

std::string glsl_interface_defines() {
    // GLSL names for the constants of shader_interface.h; the values are
    // only ever written there.
    static const std::pair<const char*, long> kConstants[] = {
        {"ATTRIB_POSITION", kAttribPosition},
        {"ATTRIB_NORMAL", kAttribNormal},
        {"ATTRIB_REGION_COLOR", kAttribRegionColor},
        {"ATTRIB_COORDINATES", kAttribCoordinates},
        {"ATTRIB_VALIDITY", kAttribValidity},
        {"ATTRIB_CHANNEL_WEIGHTS_0", kAttribChannelWeights0},
        {"ATTRIB_CHANNEL_WEIGHTS_1", kAttribChannelWeights1},
        {"ATTRIB_CHANNEL_SLOTS_0", kAttribChannelSlots0},
        {"ATTRIB_CHANNEL_SLOTS_1", kAttribChannelSlots1},
        {"ATTRIB_DISAGREEMENT", kAttribDisagreement},
        {"ATTRIB_SIDE", kAttribSide},
        {"ATTRIB_SKIN_MARK", kAttribSkinMark},
        {"ATTRIB_SENSORY_TOUCH", kAttribSensoryTouch},
        {"ATTRIB_SENSORY_PAIN", kAttribSensoryPain},
        {"ATTRIB_TRIGEMINAL", kAttribTrigeminal},
        {"ATTRIB_SECOND_MAP", kAttribSecondMap},
        {"PALETTE_SLOTS", kPaletteSlots},
        {"LEVEL_SLOTS", kLevelSlots},
        {"NO_CONSISTENT_ROOT_SLOT", kNoConsistentRootSlot},
        {"NOT_SHOWN_SLOT", kNotShownSlot},
        {"CHANNELS", kChannels},
        {"DISPLAY_SKIN", kDisplaySkin},
        {"DISPLAY_REGIONS", kDisplayRegions},
        {"DISPLAY_ALONG", kDisplayAlong},
        {"DISPLAY_AROUND", kDisplayAround},
        {"DISPLAY_SPINAL_LEVEL", kDisplaySpinalLevel},
        {"DISPLAY_DERMATOMES", kDisplayDermatomes},
        {"DISPLAY_SENSORY", kDisplaySensory},
        {"SENSORY_LIGHT_TOUCH", kSensoryLightTouch},
        {"SENSORY_PIN_PRICK", kSensoryPinPrick},
        {"SENSORY_BOTH", kSensoryBoth},
        {"EMPHASIS_DIM", kEmphasisDim},
        {"EMPHASIS_GLOW", kEmphasisGlow},
        {"FEATURE_ANATOMY", long(kFeatureAnatomy)},
        {"FEATURE_DERMATOMES", long(kFeatureDermatomes)},
        {"FEATURE_BAND_BORDERS", long(kFeatureBandBorders)},
        {"FEATURE_OVERLAP_HATCHING", long(kFeatureOverlapHatching)},
        {"FEATURE_SELECTION", long(kFeatureSelection)},
        {"FEATURE_DIFFERENCES", long(kFeatureDifferences)},
        {"FEATURE_BLANKS", long(kFeatureBlanks)},
        {"FEATURE_SENSORY", long(kFeatureSensory)},
        {"FEATURE_PATTERNS", long(kFeaturePatterns)},
        {"FEATURE_TWO_MAPS", long(kFeatureTwoMaps)},
        {"PATTERN_SOLID", long(LevelPattern::Solid)},
        {"PATTERN_STRIPES_RISING", long(LevelPattern::StripesRising)},
        {"PATTERN_STRIPES_FALLING", long(LevelPattern::StripesFalling)},
        {"PATTERN_DOTS", long(LevelPattern::Dots)},
        {"PATTERN_CROSSHATCH", long(LevelPattern::Crosshatch)},
        {"SCREEN_PATTERN_FEATURES", long(kScreenPatternFeatures)},
        {"FRAME_SCALED_FEATURES", long(kFrameScaledFeatures)},
        {"PALETTE_RED_BITS", kPaletteRedBits},
        {"PALETTE_GREEN_BITS", kPaletteGreenBits},
        {"PALETTE_BLUE_BITS", kPaletteBlueBits},
    };
    std::string out;
    for (const auto& [name, value] : kConstants)
        out += "#define " + std::string(name) + " " + std::to_string(value) + "\n";
    char gain[64];
    std::snprintf(gain, sizeof gain, "#define SHARPEN_GAIN %.6f\n", double(kSharpenGain));
    out += gain;
    return out;
}

} // namespace dv::shader
