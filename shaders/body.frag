#version 330 core
// A studio portrait light for a sculpture-like body: a soft key from the upper
// left, a cooler fill from the right, a rim from behind that separates the
// silhouette from the backdrop, and sky/ground ambient. Lights are fixed to
// the camera so every view is lit the same way. Lighting is computed in linear
// space and written as sRGB.
in vec3 v_position_view;
in vec3 v_normal_view;

uniform vec3 u_albedo;   // linear
uniform vec3 u_up_view;  // world up, in view space

out vec4 frag_color;

vec3 linear_to_srgb(vec3 c) {
    c = clamp(c, 0.0, 1.0);
    return mix(c * 12.92, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(0.0031308, c));
}

// Wrapped diffuse lets light bleed past the terminator the way it does
// through skin; the bled part is tinted red like light scattered under it.
vec3 skin_diffuse(vec3 n, vec3 l, vec3 albedo) {
    float ndl = dot(n, l);
    float plain = max(ndl, 0.0);
    float wrapped = max((ndl + 0.35) / 1.35, 0.0);
    return albedo * (plain + (wrapped - plain) * vec3(0.85, 0.45, 0.35));
}

float specular(vec3 n, vec3 l, vec3 v, float shininess) {
    vec3 h = normalize(l + v);
    float fresnel = 0.04 + 0.96 * pow(1.0 - max(dot(h, v), 0.0), 5.0);
    return fresnel * pow(max(dot(n, h), 0.0), shininess) * (shininess + 8.0) / 25.0;
}

void main() {
    vec3 n = normalize(v_normal_view);
    vec3 v = normalize(-v_position_view);
    if (dot(n, v) < 0.0)
        n = normalize(n - 1.01 * dot(n, v) * v); // keep grazing normals facing us

    vec3 key_dir = normalize(vec3(-0.65, 0.55, 0.55));
    vec3 fill_dir = normalize(vec3(0.7, 0.05, 0.5));
    vec3 rim_dir = normalize(vec3(0.3, 0.4, -0.85));

    vec3 c = vec3(0.0);
    c += 1.75 * vec3(1.00, 0.97, 0.92) * skin_diffuse(n, key_dir, u_albedo);
    c += 0.30 * vec3(0.85, 0.92, 1.00) * skin_diffuse(n, fill_dir, u_albedo);
    float hemi = 0.5 + 0.5 * dot(n, u_up_view);
    c += u_albedo * mix(vec3(0.07, 0.06, 0.06), vec3(0.20, 0.21, 0.24), hemi);
    c += 0.25 * specular(n, key_dir, v, 24.0) * vec3(1.0, 0.97, 0.92);
    float rim = pow(1.0 - max(dot(n, v), 0.0), 3.0) * max(dot(n, rim_dir) + 0.4, 0.0);
    c += 0.45 * rim * vec3(0.90, 0.95, 1.00);

    // A gentle filmic shoulder keeps highlights from clipping to flat white.
    c = c / (1.0 + 0.25 * c);
    frag_color = vec4(linear_to_srgb(c), 1.0);
}
