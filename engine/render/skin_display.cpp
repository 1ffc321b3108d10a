#include "render/skin_display.h"

#include <glm/common.hpp>
#include <glm/exponential.hpp>
#include <glm/trigonometric.hpp>

#include <array>
#include <cmath>

namespace dv {

namespace {
constexpr std::array<std::pair<DisplayMode, std::string_view>, 7> kModes{{
    {DisplayMode::Skin, "skin"},
    {DisplayMode::Regions, "regions"},
    {DisplayMode::Along, "along"},
    {DisplayMode::Around, "around"},
    {DisplayMode::SpinalLevel, "level"},
    {DisplayMode::Dermatomes, "dermatomes"},
    {DisplayMode::Sensory, "sensory"},
}};

// Neighbouring regions get far-apart hues (stepping the hue by the golden
// angle), so every border is visible.
glm::vec3 hue_color(float hue01, float saturation, float value) {
    const glm::vec3 k = glm::mod(glm::vec3(5.0f, 3.0f, 1.0f) + hue01 * 6.0f, 6.0f);
    const glm::vec3 rgb = value - value * saturation * glm::clamp(glm::min(k, 4.0f - k), 0.0f, 1.0f);
    return glm::pow(rgb, glm::vec3(2.2f));
}
} // namespace

std::string_view display_mode_name(DisplayMode m) {
    for (const auto& [mode, name] : kModes)
        if (mode == m)
            return name;
    return "skin";
}

std::optional<DisplayMode> parse_display_mode(std::string_view name) {
    for (const auto& [mode, mode_name] : kModes)
        if (mode_name == name)
            return mode;
    return std::nullopt;
}

glm::vec3 region_color(Region r, Side s) {
    const float hue = std::fmod(0.61803398875f * float(static_cast<int>(r)) + 0.05f, 1.0f);
    return hue_color(hue, 0.55f, s == Side::Right ? 0.80f : 0.95f);
}

SkinDisplayFields make_skin_display_fields(const BodyCoordinates& coords) {
    SkinDisplayFields f;
    const std::size_t n = coords.region.size();
    f.region_color.resize(n);
    f.coordinates.resize(n);
    f.validity.resize(n);
    f.side.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        f.region_color[i] = region_color(coords.region[i], coords.side[i]);
        const float along = coords.along[i];
        const float around = coords.around_deg[i];
        const float level = coords.spinal_level[i];
        f.coordinates[i] = glm::vec4(std::isnan(along) ? 0.0f : along,
                                     std::isnan(around) ? 0.0f : std::cos(glm::radians(around)),
                                     std::isnan(around) ? 0.0f : std::sin(glm::radians(around)),
                                     std::isnan(level) ? 0.0f : level);
        f.validity[i] = glm::vec3(std::isnan(along) ? 0.0f : 1.0f, std::isnan(around) ? 0.0f : 1.0f,
                                  std::isnan(level) ? 0.0f : 1.0f);
        f.side[i] = coords.side[i] == Side::Left ? 1.0f : coords.side[i] == Side::Right ? -1.0f : 0.0f;
    }
    return f;
}

} // namespace dv
