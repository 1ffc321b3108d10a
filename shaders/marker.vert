#version 330 core
layout(location = ATTRIB_POSITION) in vec3 a_position; // names from engine/render/shader_interface.h
uniform mat4 u_view;
uniform mat4 u_projection;
uniform float u_point_size;
void main() {
    vec4 p = u_view * vec4(a_position, 1.0);
    // Lift the dot 4 mm toward the eye so the skin under it does not hide it,
    // while skin that is really in front (the far side of a limb) still does.
    p.xyz += normalize(-p.xyz) * 0.004;
    gl_Position = u_projection * p;
    gl_PointSize = u_point_size;
}
