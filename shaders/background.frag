#version 330 core
// A quiet studio backdrop: a vertical gradient, lighter behind the body, with
// a faint vignette so the eye rests on the figure.
in vec2 v_uv;
// The same in both colour attachments of the two-map pass (Renderer::draw_pair);
// with one attachment the second output goes nowhere.
layout(location = 0) out vec4 frag_color;
layout(location = 1) out vec4 frag_color_second;

void main() {
    vec3 top = vec3(0.235, 0.259, 0.298);
    vec3 bottom = vec3(0.090, 0.098, 0.114);
    vec3 c = mix(bottom, top, smoothstep(0.0, 1.0, v_uv.y));
    vec2 d = v_uv - vec2(0.5, 0.55);
    c *= 1.0 - 0.35 * dot(d, d);
    frag_color = vec4(c, 1.0);
    frag_color_second = frag_color;
}
