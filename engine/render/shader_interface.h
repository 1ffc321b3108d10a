#pragma once
// The numbers the C++ renderer and the GLSL in shaders/ must agree on:
// vertex attribute locations, the palette's slots, the channel count,
// display-mode and emphasis ids, and the feature bits that select a variant
// of the body program. C++ uses the constants below; every shader gets each
// of them as a #define (glsl_interface_defines(), inserted after its
// #version line by gl::build_program), so no shader repeats a literal and a
// change here reaches both sides (docs/shading.md).
#include "atlas/bake.h"
#include "atlas/border_ramp.h"
#include "render/dermatome_channels.h"

#include <glm/vec3.hpp>

#include <cstdint>
#include <string>

namespace dv::shader {

// Vertex attribute locations of the body's meshes (shaders/body.vert) and
// of the landmark dots (shaders/marker.vert, position only).
inline constexpr int kAttribPosition = 0;
inline constexpr int kAttribNormal = 1;
inline constexpr int kAttribRegionColor = 2;
inline constexpr int kAttribCoordinates = 3;
inline constexpr int kAttribValidity = 4;
// A map's eight channels (render/dermatome_channels.h) arrive as two vec4s
// of weights and two uvec4s of palette slots: GLSL 3.30 takes only a plain
// number as a location, so each half has its own.
inline constexpr int kAttribChannelWeights0 = 5;
inline constexpr int kAttribChannelWeights1 = 6;
inline constexpr int kAttribChannelSlots0 = 7;
inline constexpr int kAttribChannelSlots1 = 8;
inline constexpr int kAttribDisagreement = 9;
inline constexpr int kAttribSide = 10; // +1 the body's left, -1 its right, 0 the midline (SkinDisplayFields::side)
inline constexpr int kAttribSkinMark = 11; // 0..1, nipples and umbilicus (BodyModel::skin_marks)
// Sensory paint per modality: shares of altered, absent, not testable
// (normal is the rest), clinical/sensory_paint.h; Renderer::set_sensory.
inline constexpr int kAttribSensoryTouch = 12;
inline constexpr int kAttribSensoryPain = 13;
inline constexpr int kAttribTrigeminal = 14; // V1, V2, V3 weights (BodyModel::trigeminal, atlas/trigeminal.h)
// The second map of the two-map pass, a whole ChannelVertex as one uvec4:
// the last of the 16 locations every GL 3.3 and WebGL 2 offers.
inline constexpr int kAttribSecondMap = 15;

// The dermatome palette, indexed as DenseWeights::slot: levels first (slot s
// is level s + 1, whose selection bit is s + 1), then the two blank kinds.
inline constexpr int kPaletteSlots = DenseWeights::kSlots;
inline constexpr int kLevelSlots = DenseWeights::slot(kNoConsistentRoot);
inline constexpr int kNoConsistentRootSlot = DenseWeights::slot(kNoConsistentRoot);
inline constexpr int kNotShownSlot = DenseWeights::slot(kNotShown);
static_assert(DenseWeights::slot(1) == 0 && kNotShownSlot == kPaletteSlots - 1);
// Palette colours go to the vertex shader packed in one uint each (linear
// RGB as unsigned fixed point, red in the low bits): one uniform read per
// channel instead of three, in the dermatome view's most repeated work.
// 11, 11 and 10 bits keep every colour within 1/255 once written as sRGB.
inline constexpr int kPaletteRedBits = 11;
inline constexpr int kPaletteGreenBits = 11;
inline constexpr int kPaletteBlueBits = 10;
static_assert(kPaletteRedBits + kPaletteGreenBits + kPaletteBlueBits == 32);
std::uint32_t pack_palette_colour(glm::vec3 linear_rgb);
// The shaders hold the channels as two vec4s.
inline constexpr int kChannels = kDermatomeChannels;
static_assert(kChannels == 8, "shaders/body.vert and body.frag hold the channels as two vec4s");

// Display modes (DisplayMode in render/skin_display.h takes its values from here).
inline constexpr int kDisplaySkin = 0;
inline constexpr int kDisplayRegions = 1;
inline constexpr int kDisplayAlong = 2;
inline constexpr int kDisplayAround = 3;
inline constexpr int kDisplaySpinalLevel = 4;
inline constexpr int kDisplayDermatomes = 5;
inline constexpr int kDisplaySensory = 6;

// Which modality the sensory view paints (u_sensory_modality).
inline constexpr int kSensoryLightTouch = 0;
inline constexpr int kSensoryPinPrick = 1;
inline constexpr int kSensoryBoth = 2; // light touch in rising stripes, pin prick in falling ones

// How a selection shows (u_emphasis, with the selection feature).
inline constexpr int kEmphasisDim = 1;  // selected levels in colour on plain skin
inline constexpr int kEmphasisGlow = 2; // selected levels glowing over a dimmed chart

// Feature bits of the body program: each variant is built with FEATURES set
// to its bits, so that a view pays only for what it shows (on software GL a
// branch on a uniform still runs both sides). Anatomy and dermatomes are
// exclusive; the rest refine the dermatomes.
inline constexpr unsigned kFeatureAnatomy = 1u;         // regions, along, around, spinal level
inline constexpr unsigned kFeatureDermatomes = 2u;      // the maps
inline constexpr unsigned kFeatureBandBorders = 4u;     // lines where the strongest level changes
inline constexpr unsigned kFeatureOverlapHatching = 8u; // overlaps as stripes of both roots
inline constexpr unsigned kFeatureSelection = 16u;      // lit levels per side, dimmed or glowing
inline constexpr unsigned kFeatureDifferences = 32u;    // where the two maps disagree (overrides the selection)
inline constexpr unsigned kFeatureBlanks = 64u;         // hatched "no consistent root", for maps that have it
// Sensory paint (an exam or a lesion) instead of the chart's colours; with
// dermatomes + band borders it keeps the map's borders over the paint.
inline constexpr unsigned kFeatureSensory = 128u;
inline constexpr unsigned kFeaturePatterns = 256u;      // the colour-blind palette's patterns (u_pattern)
// Two maps at once, each into its own colour attachment (Renderer::draw_pair):
// with the dermatomes and their refinements, or alone for plain meshes (the eyes).
inline constexpr unsigned kFeatureTwoMaps = 512u;
// Features drawn in window pixels (the u_frame_origin and u_pattern_scale
// uniforms); band borders are sized with the frame like them (u_pattern_scale).
inline constexpr unsigned kScreenPatternFeatures =
    kFeatureOverlapHatching | kFeatureDifferences | kFeatureBlanks | kFeaturePatterns | kFeatureSensory;
inline constexpr unsigned kFrameScaledFeatures = kScreenPatternFeatures | kFeatureBandBorders;

// Flat bands, narrow overlaps (docs/shading.md): the blend between two
// levels shown on the skin is kBlendHalfWidthM either side of their border,
// whatever the mesh. The baked weights ramp over kBorderRampM
// (atlas/border_ramp.h), so the fragment shader multiplies the difference of
// the two strongest shares by SHARPEN_GAIN to get back a ramp of this width.
inline constexpr float kBlendHalfWidthM = 0.003f;
inline constexpr float kSharpenGain = kBorderRampM / kBlendHalfWidthM;

// "#define NAME value" lines for all of the above, for GLSL.
std::string glsl_interface_defines();

} // namespace dv::shader
