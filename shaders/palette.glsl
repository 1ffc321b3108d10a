// The dermatome palette, shared by body.vert and body.frag of the dermatome
// variants (inserted before each by render/programs.cpp): linear RGB per
// palette slot, one packed uint each (pack_palette_colour in
// render/shader_interface.h), so a lookup is one uniform read.
uniform uint u_palette[PALETTE_SLOTS];

vec3 palette_colour(uint slot) {
    uint bits = u_palette[slot];
    uvec3 fields = uvec3(bits, bits >> PALETTE_RED_BITS, bits >> (PALETTE_RED_BITS + PALETTE_GREEN_BITS)) &
                   uvec3((1u << PALETTE_RED_BITS) - 1u, (1u << PALETTE_GREEN_BITS) - 1u, (1u << PALETTE_BLUE_BITS) - 1u);
    return vec3(fields) * (vec3(1.0) / vec3((1u << PALETTE_RED_BITS) - 1u, (1u << PALETTE_GREEN_BITS) - 1u,
                                            (1u << PALETTE_BLUE_BITS) - 1u));
}
