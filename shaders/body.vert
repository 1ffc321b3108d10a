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
// One program draws one map, or two at once for side by side
// (FEATURE_TWO_MAPS): the body's geometry, the costly part on software GL,
// is then transformed and rasterised once, and each map's values travel in
// their own element of the arrays below (map m: element m, channels
// 2m and 2m + 1). docs/shading.md, "Two maps in one pass".
#if HAS(FEATURE_TWO_MAPS)
#define MAPS 2
#else
#define MAPS 1
#endif
// One map's levels packed in eight channels (render/dermatome_channels.h):
// this vertex's weight in each, and which palette slot each channel holds
// around this vertex.
layout(location = ATTRIB_CHANNEL_WEIGHTS_0) in vec4 a_channel_weights_0;
layout(location = ATTRIB_CHANNEL_WEIGHTS_1) in vec4 a_channel_weights_1;
layout(location = ATTRIB_CHANNEL_SLOTS_0) in uvec4 a_channel_slots_0;
layout(location = ATTRIB_CHANNEL_SLOTS_1) in uvec4 a_channel_slots_1;
#if HAS(FEATURE_TWO_MAPS)
// The second map's ChannelVertex as four little-endian uints, a byte per
// value: weights of channels 0-3 and 4-7, then their slots. One location
// for a whole map keeps every location under the 16 that all GLs offer.
layout(location = ATTRIB_SECOND_MAP) in uvec4 a_second_map;
#endif

// Everything the fragment shader needs that is linear in the weights is
// summed here, per vertex, and interpolated: a channel holds the same level
// at every corner where it has weight (docs/shading.md), so the sums over
// each corner's own slots interpolate to exactly the per-level blend.
out vec4 v_blend[MAPS];  // rgb: sum of weight x colour, a: total weight
#if HAS(FEATURE_BLANKS)
out float v_blank[MAPS]; // weight of "no consistent root"
#endif
// Where the strongest level changes is not linear in the weights: the
// fragment shader takes the two strongest channels' interpolated weights
// to draw flat bands with a narrow blend and the borders between them
// (docs/shading.md, "Flat bands, narrow overlaps").
out vec4 v_channel_weights[2 * MAPS];
// The palette slot of each channel's level over the triangle, a byte per
// channel (0-3, 4-7), flat from its provoking vertex, whose table covers
// all three corners' levels. Slots, not colours: two numbers to
// interpolate instead of 24, which software GL sets up for every triangle.
flat out uvec2 v_channel_slots[MAPS];
#if HAS(FEATURE_SELECTION)
// Selected levels, one bit per level (bit n: level n, C1 = 1), per side.
uniform uint u_selected_left;
uniform uint u_selected_right;
layout(location = ATTRIB_SIDE) in float a_side;
out vec4 v_chosen_left[MAPS];   // rgb: sum of weight x colour over the levels selected on the left, a: their weight
out vec4 v_chosen_right[MAPS];  // the same for the right
out vec4 v_chosen_either[MAPS]; // the same for levels selected on either side (the midline)
// Which channels are selected, a bit per channel: bits 0-7 on the left, 8-15
// on the right, 16-23 on either side; flat like the channels' slots.
flat out uint v_chosen_channels[MAPS];
out float v_side;               // > 0 the body's left, < 0 its right, 0 the midline (SkinDisplayFields::side)
#endif
#if HAS(FEATURE_DIFFERENCES)
layout(location = ATTRIB_DISAGREEMENT) in float a_disagreement; // 0 same roots in both maps .. 1 none in common
out float v_disagreement;
#endif

// Map m's sums from its eight weights and slots (two of each per vec4/uvec4).
void sum_channels(int m, vec4 weights_lo, vec4 weights_hi, uvec4 slots_lo, uvec4 slots_hi) {
    vec3 colour_sum = vec3(0.0);
    float total = 0.0, blank = 0.0;
    uvec2 packed_slots = uvec2(0u);
#if HAS(FEATURE_SELECTION)
    vec4 left = vec4(0.0), right = vec4(0.0), either = vec4(0.0);
    uint chosen_channels = 0u;
#endif
    for (int c = 0; c < CHANNELS; ++c) {
        float w = c < 4 ? weights_lo[c] : weights_hi[c - 4];
        uint slot = min(c < 4 ? slots_lo[c] : slots_hi[c - 4], uint(NOT_SHOWN_SLOT));
        vec3 colour = palette_colour(slot);
        colour_sum += w * colour;
        total += w;
        if (slot == uint(NO_CONSISTENT_ROOT_SLOT))
            blank += w;
        if (c < 4)
            packed_slots.x |= slot << uint(8 * c);
        else
            packed_slots.y |= slot << uint(8 * (c - 4));
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
    v_blend[m] = vec4(colour_sum, total);
    v_channel_weights[2 * m] = weights_lo;
    v_channel_weights[2 * m + 1] = weights_hi;
    v_channel_slots[m] = packed_slots;
#if HAS(FEATURE_BLANKS)
    v_blank[m] = blank;
#endif
#if HAS(FEATURE_SELECTION)
    v_chosen_left[m] = left;
    v_chosen_right[m] = right;
    v_chosen_either[m] = either;
    v_chosen_channels[m] = chosen_channels;
#endif
}

#if HAS(FEATURE_TWO_MAPS)
uvec4 unpack_bytes(uint bits) { return (uvec4(bits) >> uvec4(0u, 8u, 16u, 24u)) & 255u; }
#endif
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
    sum_channels(0, a_channel_weights_0, a_channel_weights_1, a_channel_slots_0, a_channel_slots_1);
#if HAS(FEATURE_TWO_MAPS)
    // As GL normalises unsigned bytes: value / 255.
    sum_channels(1, vec4(unpack_bytes(a_second_map.x)) / 255.0, vec4(unpack_bytes(a_second_map.y)) / 255.0,
                 unpack_bytes(a_second_map.z), unpack_bytes(a_second_map.w));
#endif
#if HAS(FEATURE_SELECTION)
    v_side = a_side;
#endif
#if HAS(FEATURE_DIFFERENCES)
    v_disagreement = a_disagreement;
#endif
#endif
    gl_Position = u_projection * p;
}
