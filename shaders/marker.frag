#version 330 core
// A round dot with a dark rim, readable on pale skin and on any band colour.
out vec4 frag_color;
void main() {
    float r = length(gl_PointCoord - vec2(0.5)) * 2.0;
    if (r > 1.0)
        discard;
    vec3 fill = vec3(0.95, 0.15, 0.35);
    vec3 rim = vec3(0.05);
    frag_color = vec4(mix(fill, rim, smoothstep(0.6, 0.8, r)), 1.0);
}
