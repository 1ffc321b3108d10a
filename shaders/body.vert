#version 330 core
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;
layout(location = 2) in vec3 a_region_color;
layout(location = 3) in vec4 a_coordinates;
layout(location = 4) in vec3 a_validity;
#if DERMATOMES
layout(location = 5) in vec4 a_level_slots;   // the strongest four levels, as palette slots
layout(location = 6) in vec4 a_level_weights; // and their weights
layout(location = 7) in vec4 a_level_slots_b; // the same for the second map
layout(location = 8) in vec4 a_level_weights_b;
uniform float u_map_mix; // 0: first map, 1: second map
uniform int u_differences; // 1: compute how much the two maps disagree
#endif

uniform mat4 u_view;
uniform mat4 u_projection;

out vec3 v_position_view;
out vec3 v_normal_view;
out vec3 v_region_color;
out vec4 v_coordinates;
out vec3 v_validity;
#if DERMATOMES
// Weights over every palette slot: interpolating these (not colours, not the
// sparse pairs) keeps each level's share exact across a triangle whose
// corners carry different levels.
out vec4 v_level_weights[9]; // slot i is component i % 4 of vector i / 4
out float v_world_x; // the body's left is +x: which side's selection applies
out float v_disagreement;
#endif

void main() {
    vec4 p = u_view * vec4(a_position, 1.0);
    v_position_view = p.xyz;
    // The view matrix is a rotation plus translation, so it transforms normals too.
    v_normal_view = mat3(u_view) * a_normal;
    v_region_color = a_region_color;
    v_coordinates = a_coordinates;
    v_validity = a_validity;
#if DERMATOMES
    v_world_x = a_position.x;
    // Branch-free: each group of four slots gathers the weights whose slot
    // numbers match, from both maps.
    for (int g = 0; g < 9; ++g) {
        vec4 slots = vec4(4 * g, 4 * g + 1, 4 * g + 2, 4 * g + 3);
        vec4 w = vec4(0.0);
        for (int k = 0; k < 4; ++k) {
            w += (1.0 - u_map_mix) * a_level_weights[k] * vec4(equal(slots, vec4(floor(a_level_slots[k] + 0.5))));
            w += u_map_mix * a_level_weights_b[k] * vec4(equal(slots, vec4(floor(a_level_slots_b[k] + 0.5))));
        }
        v_level_weights[g] = w;
    }
    // How much the two maps disagree here: half the summed difference of
    // their weights, 0 (same roots) to 1 (no root in common).
    float shared = 0.0;
    if (u_differences == 1)
        for (int i = 0; i < 4; ++i)
            for (int j = 0; j < 4; ++j)
                if (abs(a_level_slots[i] - a_level_slots_b[j]) < 0.5)
                    shared += min(a_level_weights[i], a_level_weights_b[j]);
    v_disagreement = 1.0 - shared;
#endif
    gl_Position = u_projection * p;
}
