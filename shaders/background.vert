#version 330 core
// One triangle that covers the screen; no vertex buffer needed.
out vec2 v_uv;
// The part of the frame this draw covers: offset and scale in 0..1 (all of
// it, 0 0 1 1, except for a tile of a larger image).
uniform vec4 u_uv_rect;
void main() {
    vec2 p = vec2((gl_VertexID << 1) & 2, gl_VertexID & 2);
    v_uv = u_uv_rect.xy + p * u_uv_rect.zw;
    gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}
