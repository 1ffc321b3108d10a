#version 330 core
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;
layout(location = 2) in vec3 a_region_color;
layout(location = 3) in vec4 a_coordinates;
layout(location = 4) in vec3 a_validity;
#if DERMATOMES
// One map's levels packed in eight channels (render/dermatome_channels.h):
// this vertex's weight in each, and which palette slot each channel holds
// around this vertex.
layout(location = 5) in vec4 a_channel_weights_0;
layout(location = 6) in vec4 a_channel_weights_1;
layout(location = 7) in uvec4 a_channel_slots_0;
layout(location = 8) in uvec4 a_channel_slots_1;
layout(location = 9) in float a_disagreement; // 0 same roots in both maps .. 1 none in common
uniform vec3 u_palette[33]; // linear; slot 31 "no consistent root", 32 "not shown"
// Selected levels, one bit per level (bit n: level n, C1 = 1), per side.
uniform uint u_selected_left;
uniform uint u_selected_right;
#endif

uniform mat4 u_view;
uniform mat4 u_projection;

out vec3 v_position_view;
out vec3 v_normal_view;
#if DERMATOMES
// The weights interpolate; what each channel means is the same over a whole
// triangle, so its colour and flags come flat from the provoking vertex and
// the fragment shader never looks anything up.
out vec4 v_channel_weights[2];
flat out vec3 v_channel_colour[8];
// Per channel, one bit each: bits 0-7 selected on the left, 8-15 selected
// on the right, 16-23 "no consistent root".
flat out uint v_channel_flags;
// x: the body's left is +x, which side's selection applies; y: how much the
// two maps disagree here.
out vec2 v_side_disagreement;
#endif
#if ANATOMY
out vec3 v_region_color;
out vec4 v_coordinates;
out vec3 v_validity;
#endif

void main() {
    vec4 p = u_view * vec4(a_position, 1.0);
    v_position_view = p.xyz;
    // The view matrix is a rotation plus translation, so it transforms normals too.
    v_normal_view = mat3(u_view) * a_normal;
#if DERMATOMES
    v_channel_weights[0] = a_channel_weights_0;
    v_channel_weights[1] = a_channel_weights_1;
    uint flags = 0u;
    for (int c = 0; c < 8; ++c) {
        uint slot = c < 4 ? a_channel_slots_0[c] : a_channel_slots_1[c - 4];
        v_channel_colour[c] = u_palette[min(slot, 32u)];
        uint level_bit = slot < 31u ? 1u << (slot + 1u) : 0u; // slot s is level s + 1
        if ((u_selected_left & level_bit) != 0u)
            flags |= 1u << c;
        if ((u_selected_right & level_bit) != 0u)
            flags |= 1u << (c + 8);
        if (slot == 31u)
            flags |= 1u << (c + 16);
    }
    v_channel_flags = flags;
    v_side_disagreement = vec2(a_position.x, a_disagreement);
#endif
#if ANATOMY
    v_region_color = a_region_color;
    v_coordinates = a_coordinates;
    v_validity = a_validity;
#endif
    gl_Position = u_projection * p;
}
