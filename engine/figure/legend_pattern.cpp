#include "figure/legend_pattern.h"

#include <glm/common.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace dv {

namespace {

float to_linear(std::uint8_t c) { return std::pow(float(c) / 255.0f, 2.2f); }
std::uint8_t to_srgb(float c) { return std::uint8_t(std::lround(255.0f * std::pow(std::clamp(c, 0.0f, 1.0f), 1.0f / 2.2f))); }

// Linear luminance of a fill over which marks are drawn dark, as the shader's.
constexpr float kLightFill = 0.18f;

bool light(Rgba fill) {
    return 0.2126f * to_linear(fill.r) + 0.7152f * to_linear(fill.g) + 0.0722f * to_linear(fill.b) > kLightFill;
}

// Whether the point (x, y) of a y-down image lies on the pattern's marks.
// The shader's frame has y up, so its rising stripes (x - y constant there)
// are x + y constant here.
bool on_mark(LevelPattern pattern, float x, float y, float scale) {
    const float stripe = kStripePeriod1080p * scale;
    auto stripes = [&](float u, float duty) { return u / stripe - std::floor(u / stripe) < duty; };
    switch (pattern) {
    case LevelPattern::Solid: return false;
    case LevelPattern::StripesRising: return stripes(x + y, 0.4f);
    case LevelPattern::StripesFalling: return stripes(x - y, 0.4f);
    case LevelPattern::Crosshatch: return stripes(x + y, 0.25f) || stripes(x - y, 0.25f);
    case LevelPattern::Dots: {
        const float period = kDotPeriod1080p * scale;
        const glm::vec2 q = glm::fract(glm::vec2(x, y) / period) - 0.5f;
        return glm::length(q) < 0.25f;
    }
    }
    return false;
}

} // namespace

Rgba pattern_mark(Rgba fill) {
    const glm::vec3 c(to_linear(fill.r), to_linear(fill.g), to_linear(fill.b));
    const glm::vec3 m = light(fill) ? c * 0.40f : glm::mix(c, glm::vec3(1.0f), 0.45f);
    return {to_srgb(m.r), to_srgb(m.g), to_srgb(m.b), fill.a};
}

float pattern_cover(LevelPattern pattern, float x, float y, float scale) {
    if (pattern == LevelPattern::Solid)
        return 0.0f;
    // 4 x 4 samples: swatches are small, and this keeps every pattern's
    // edges as soft as the shader's box-filtered ones.
    int on = 0;
    for (int j = 0; j < 4; ++j)
        for (int i = 0; i < 4; ++i)
            on += on_mark(pattern, x + (float(i) + 0.5f) / 4.0f, y + (float(j) + 0.5f) / 4.0f, scale);
    return float(on) / 16.0f;
}

std::string svg_pattern_defs(float scale) {
    // Stripes: bars across a tile as wide as their spacing, turned by 45
    // degrees; rotate(45) leans them like "/" in SVG's y-down frame. The
    // shader's period is along x, so the spacing across is period / sqrt 2.
    const float across = kStripePeriod1080p * scale / std::sqrt(2.0f), dot = kDotPeriod1080p * scale;
    std::string out;
    char buf[512];
    for (const char* tone : {"on-light", "on-dark"}) {
        const char* ink = std::string(tone) == "on-light" ? "fill=\"black\" fill-opacity=\"0.6\"" : "fill=\"white\" fill-opacity=\"0.45\"";
        auto stripes = [&](const char* name, int angle, float duty) {
            std::snprintf(buf, sizeof buf,
                          "    <pattern id=\"%s-%s\" patternUnits=\"userSpaceOnUse\" width=\"%.2f\" height=\"%.2f\" "
                          "patternTransform=\"rotate(%d)\"><rect width=\"%.2f\" height=\"%.2f\" %s/></pattern>\n",
                          name, tone, double(across), double(across), angle, double(across * duty), double(across), ink);
            out += buf;
        };
        stripes("stripes-rising", 45, 0.4f);
        stripes("stripes-falling", -45, 0.4f);
        stripes("crosshatch-rising", 45, 0.25f);
        stripes("crosshatch-falling", -45, 0.25f);
        std::snprintf(buf, sizeof buf,
                      "    <pattern id=\"dots-%s\" patternUnits=\"userSpaceOnUse\" width=\"%.2f\" height=\"%.2f\">"
                      "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" %s/></pattern>\n",
                      tone, double(dot), double(dot), double(dot * 0.5f), double(dot * 0.5f), double(dot * 0.25f), ink);
        out += buf;
    }
    return out;
}

std::vector<std::string> svg_pattern_ids(LevelPattern pattern, Rgba fill) {
    const std::string tone = light(fill) ? "-on-light" : "-on-dark";
    switch (pattern) {
    case LevelPattern::Solid: return {};
    case LevelPattern::StripesRising: return {"stripes-rising" + tone};
    case LevelPattern::StripesFalling: return {"stripes-falling" + tone};
    case LevelPattern::Dots: return {"dots" + tone};
    case LevelPattern::Crosshatch: return {"crosshatch-rising" + tone, "crosshatch-falling" + tone};
    }
    return {};
}

} // namespace dv
