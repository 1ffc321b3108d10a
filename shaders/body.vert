#version 330 core
// The skin and the eyes. Built once per variant: FEATURES holds the bits of
// what the view shows (FEATURE_*), and the ATTRIB_*, *_SLOT and other names
// come from engine/render/shader_interface.h (inserted before line 2).
#define HAS(feature) ((FEATURES & (feature)) != 0)

layout(location = ATTRIB_POSITION) in vec3 a_position;
layout(location = ATTRIB_NORMAL) in vec3 a_normal;

uniform mat4 u_view;
uniform mat4 u_projection;

out vec3 v_position_view;
out vec3 v_normal_view;
// Nipples and umbilicus, 0..1 (BodyModel::skin_marks); 0 on the eyes.
layout(location = ATTRIB_SKIN_MARK) in float a_skin_mark;
out float v_skin_mark;
// V1, V2, V3 weights of the trigeminal layer (BodyModel::trigeminal); 0 off the face.
layout(location = ATTRIB_TRIGEMINAL) in vec3 a_trigeminal;
out vec3 v_trigeminal;

#if HAS(FEATURE_ANATOMY)
layout(location = ATTRIB_REGION_COLOR) in vec3 a_region_color;
layout(location = ATTRIB_COORDINATES) in vec4 a_coordinates;
layout(location = ATTRIB_VALIDITY) in vec3 a_validity;
out vec3 v_region_color;
out vec4 v_coordinates;
out vec3 v_validity;
#endif

#if HAS(FEATURE_SENSORY)
// The sensory paint per modality: shares of altered, absent and not testable
// skin, the rest normal (Renderer::set_sensory).
layout(location = ATTRIB_SENSORY_TOUCH) in vec3 a_sensory_touch;
layout(location = ATTRIB_SENSORY_PAIN) in vec3 a_sensory_pain;
out vec3 v_sensory_touch;
out vec3 v_sensory_pain;
#endif

#if HAS(FEATURE_DERMATOMES)
// One map's levels packed in eight channels (render/dermatome_channels.h):
// this vertex's weight in each, and which palette slot each channel holds
// around this vertex.
layout(location = ATTRIB_CHANNEL_WEIGHTS_0) in vec4 a_channel_weights_0;
layout(location = ATTRIB_CHANNEL_WEIGHTS_1) in vec4 a_channel_weights_1;
layout(location = ATTRIB_CHANNEL_SLOTS_0) in uvec4 a_channel_slots_0;
layout(location = ATTRIB_CHANNEL_SLOTS_1) in uvec4 a_channel_slots_1;
uniform uint u_palette[PALETTE_SLOTS]; // linear RGB, packed (pack_palette_colour in shader_interface.h)

// Everything the fragment shader needs that is linear in the weights is
// summed here, per vertex, and interpolated: a channel holds the same level
// at every corner where it has weight (docs/shading.md), so the sums over
// each corner's own slots interpolate to exactly the per-level blend, with
// four values instead of eight weights and eight flat colours.
out vec4 v_blend;  // rgb: sum of weight x colour, a: total weight
#if HAS(FEATURE_BLANKS)
out float v_blank; // weight of "no consistent root"
#endif
// Where the strongest level changes is not linear in the weights: the
// fragment shader takes the two strongest channels' interpolated weights
// to draw flat bands with a narrow blend and the borders between them
// (docs/shading.md, "Flat bands, narrow overlaps").
out vec4 v_channel_weights[2];
// The colour of each channel's level over the triangle, flat from its
// provoking vertex, whose table covers all three corners' levels.
flat out vec3 v_channel_colour[CHANNELS];
#if HAS(FEATURE_PATTERNS)
// The colour-blind palette's pattern of each level (LevelPattern), and of
// each channel's level over the triangle, four bits per channel.
uniform uint u_pattern[PALETTE_SLOTS];
flat out uint v_channel_patterns;
#endif
#if HAS(FEATURE_SELECTION)
// Selected levels, one bit per level (bit n: level n, C1 = 1), per side.
uniform uint u_selected_left;
uniform uint u_selected_right;
layout(location = ATTRIB_SIDE) in float a_side;
out vec4 v_chosen_left;  // rgb: sum of weight x colour over the levels selected on the left, a: their weight
out vec4 v_chosen_right; // the same for the right
out vec4 v_chosen_either; // the same for levels selected on either side (the midline)
// Which channels are selected, a bit per channel: bits 0-7 on the left, 8-15
// on the right, 16-23 on either side; flat like the channels' colours.
flat out uint v_chosen_channels;
out float v_side;         // > 0 the body's left, < 0 its right, 0 the midline (SkinDisplayFields::side)
#endif
#if HAS(FEATURE_DIFFERENCES)
layout(location = ATTRIB_DISAGREEMENT) in float a_disagreement; // 0 same roots in both maps .. 1 none in common
out float v_disagreement;
#endif

vec3 palette_colour(uint slot) {
    uint bits = u_palette[slot];
    uvec3 fields = uvec3(bits, bits >> PALETTE_RED_BITS, bits >> (PALETTE_RED_BITS + PALETTE_GREEN_BITS)) &
                   uvec3((1u << PALETTE_RED_BITS) - 1u, (1u << PALETTE_GREEN_BITS) - 1u, (1u << PALETTE_BLUE_BITS) - 1u);
    return vec3(fields) * (vec3(1.0) / vec3((1u << PALETTE_RED_BITS) - 1u, (1u << PALETTE_GREEN_BITS) - 1u,
                                            (1u << PALETTE_BLUE_BITS) - 1u));
}

void sum_channels() {
    vec3 colour_sum = vec3(0.0);
    float total = 0.0, blank = 0.0;
#if HAS(FEATURE_PATTERNS)
    uint patterns = 0u;
#endif
#if HAS(FEATURE_SELECTION)
    vec4 left = vec4(0.0), right = vec4(0.0), either = vec4(0.0);
    uint chosen_channels = 0u;
#endif
    for (int c = 0; c < CHANNELS; ++c) {
        float w = c < 4 ? a_channel_weights_0[c] : a_channel_weights_1[c - 4];
        uint slot = min(c < 4 ? a_channel_slots_0[c] : a_channel_slots_1[c - 4], uint(NOT_SHOWN_SLOT));
        vec3 colour = palette_colour(slot);
        colour_sum += w * colour;
        total += w;
        if (slot == uint(NO_CONSISTENT_ROOT_SLOT))
            blank += w;
        v_channel_colour[c] = colour;
#if HAS(FEATURE_PATTERNS)
        patterns |= (u_pattern[slot] & 15u) << (4 * c);
#endif
#if HAS(FEATURE_SELECTION)
        uint level_bit = slot < uint(LEVEL_SLOTS) ? 1u << (slot + 1u) : 0u; // slot s is level s + 1
        if ((u_selected_left & level_bit) != 0u) {
            left += vec4(w * colour, w);
            chosen_channels |= 1u << uint(c);
        }
        if ((u_selected_right & level_bit) != 0u) {
            right += vec4(w * colour, w);
            chosen_channels |= 1u << uint(c + 8);
        }
        if (((u_selected_left | u_selected_right) & level_bit) != 0u) {
            either += vec4(w * colour, w);
            chosen_channels |= 1u << uint(c + 16);
        }
#endif
    }
    v_blend = vec4(colour_sum, total);
#if HAS(FEATURE_PATTERNS)
    v_channel_patterns = patterns;
#endif
#if HAS(FEATURE_BLANKS)
    v_blank = blank;
#endif
#if HAS(FEATURE_SELECTION)
    v_chosen_left = left;
    v_chosen_right = right;
    v_chosen_either = either;
    v_chosen_channels = chosen_channels;
#endif
}
#endif

void main() {
    vec4 p = u_view * vec4(a_position, 1.0);
    v_position_view = p.xyz;
    // The view matrix is a rotation plus translation, so it transforms normals too.
    v_normal_view = mat3(u_view) * a_normal;
    v_skin_mark = a_skin_mark;
#if HAS(FEATURE_SENSORY)
    v_sensory_touch = a_sensory_touch;
    v_sensory_pain = a_sensory_pain;
#endif
    v_trigeminal = a_trigeminal;
#if HAS(FEATURE_ANATOMY)
    v_region_color = a_region_color;
    v_coordinates = a_coordinates;
    v_validity = a_validity;
#endif
#if HAS(FEATURE_DERMATOMES)
    sum_channels();
    v_channel_weights[0] = a_channel_weights_0;
    v_channel_weights[1] = a_channel_weights_1;
#if HAS(FEATURE_SELECTION)
    v_side = a_side;
#endif
#if HAS(FEATURE_DIFFERENCES)
    v_disagreement = a_disagreement;
#endif
#endif
    gl_Position = u_projection * p;
}
