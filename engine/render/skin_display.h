#pragma once
// What the skin shows besides its shading: the anatomy diagnostics (regions,
// and isolines of each body coordinate) and the side each point belongs to —
// one value per base skin vertex, carried to the display mesh by the
// subdivision stencils.
#include "body/body_coordinates.h"
#include "render/shader_interface.h"

#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace dv {

// The ids are the shaders' (render/shader_interface.h).
enum class DisplayMode {
    Skin = shader::kDisplaySkin,
    Regions = shader::kDisplayRegions,
    Along = shader::kDisplayAlong,
    Around = shader::kDisplayAround,
    SpinalLevel = shader::kDisplaySpinalLevel,
    Dermatomes = shader::kDisplayDermatomes,
    Sensory = shader::kDisplaySensory, // an exam's or a lesion's paint (Renderer::set_sensory)
};
std::string_view display_mode_name(DisplayMode m); // "skin", "regions", "along", "around", "level", "dermatomes", "sensory"
std::optional<DisplayMode> parse_display_mode(std::string_view name);

struct SkinDisplayFields {
    std::vector<glm::vec3> region_color; // linear RGB; left and right in slightly different tones
    // x: along, y, z: cos and sin of the angle around the limb (interpolating
    // the pair, not the angle, keeps the 0/360 seam clean), w: spinal level;
    // each multiplied by its validity, so that interpolation across a region
    // border averages only the vertices that have a value (the shader divides
    // by the interpolated validity) instead of sweeping through a sentinel.
    std::vector<glm::vec4> coordinates;
    std::vector<glm::vec3> validity; // 1 where along, around, level exist; else 0
    // +1 on the body's left, -1 on its right, 0 on the midline
    // (BodyCoordinates::side): which side's selection lights the skin, so
    // that it follows the body's own midline wherever the body stands.
    // Interpolated, it keeps its sign inside each side.
    std::vector<float> side;
};

SkinDisplayFields make_skin_display_fields(const BodyCoordinates& coords);
glm::vec3 region_color(Region r, Side s); // the colour the regions display uses (linear RGB)

} // namespace dv
