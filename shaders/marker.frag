#version 330 core
// A round dot with a dark rim, readable on pale skin and on any band colour.
// The same in both colour attachments of the two-map pass (Renderer::draw_pair);
// with one attachment the second output goes nowhere.
layout(location = 0) out vec4 frag_color;
layout(location = 1) out vec4 frag_color_second;
void main() {
    float r = length(gl_PointCoord - vec2(0.5)) * 2.0;
    if (r > 1.0)
        discard;
    vec3 fill = vec3(0.95, 0.15, 0.35);
    vec3 rim = vec3(0.05);
    frag_color = vec4(mix(fill, rim, smoothstep(0.6, 0.8, r)), 1.0);
    frag_color_second = frag_color;
}
