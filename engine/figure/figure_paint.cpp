// Painting a figure layout into pixels: shapes antialiased by their distance
// to each pixel centre, text through the font rasteriser.
#include "figure/figure_layout.h"
#include "figure/legend_pattern.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>

namespace dv {

namespace {

// Signed distance from p to a rounded rectangle (negative inside).
float rounded_rect_distance(glm::vec2 p, const FigureRect& r) {
    const glm::vec2 centre((r.x0 + r.x1) * 0.5f, (r.y0 + r.y1) * 0.5f);
    const glm::vec2 half((r.x1 - r.x0) * 0.5f, (r.y1 - r.y0) * 0.5f);
    const float radius = std::min({r.radius, half.x, half.y});
    const glm::vec2 q = glm::abs(p - centre) - half + radius;
    return glm::length(glm::max(q, 0.0f)) + std::min(std::max(q.x, q.y), 0.0f) - radius;
}

void paint_rect(Image& image, const FigureRect& r, float scale) {
    const int x0 = std::max(0, int(std::floor(r.x0)) - 2), x1 = std::min(image.width, int(std::ceil(r.x1)) + 2);
    const int y0 = std::max(0, int(std::floor(r.y0)) - 2), y1 = std::min(image.height, int(std::ceil(r.y1)) + 2);
    const float stripe = std::max(6.0f, 9.0f * scale); // hatching period, as the body's in spirit
    const float edge = std::max(1.0f, 1.5f * scale);
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) {
            const float d = rounded_rect_distance({float(x) + 0.5f, float(y) + 0.5f}, r);
            const float cover = std::clamp(0.5f - d, 0.0f, 1.0f);
            if (cover <= 0.0f)
                continue;
            Rgba c = r.fill;
            if (r.hatched && std::fmod(float(x + y), stripe) < stripe * 0.5f) {
                c.r = std::uint8_t(c.r * 0.55f);
                c.g = std::uint8_t(c.g * 0.55f);
                c.b = std::uint8_t(c.b * 0.55f);
            }
            blend_pixel(image.pixel(x, y), c, cover);
            if (r.pattern != LevelPattern::Solid)
                blend_pixel(image.pixel(x, y), pattern_mark(r.fill), cover * pattern_cover(r.pattern, float(x), float(y), scale));
            if (r.outline.a > 0)
                blend_pixel(image.pixel(x, y), r.outline, std::clamp(edge * 0.5f + 0.5f - std::abs(d + edge * 0.5f), 0.0f, 1.0f));
        }
}

void paint_line(Image& image, const FigureLine& l) {
    const glm::vec2 a(l.x0, l.y0), b(l.x1, l.y1);
    const float pad = l.width + 2.0f;
    const int x0 = std::max(0, int(std::floor(std::min(a.x, b.x) - pad))), x1 = std::min(image.width, int(std::ceil(std::max(a.x, b.x) + pad)));
    const int y0 = std::max(0, int(std::floor(std::min(a.y, b.y) - pad))), y1 = std::min(image.height, int(std::ceil(std::max(a.y, b.y) + pad)));
    const glm::vec2 ab = b - a;
    const float len2 = std::max(glm::dot(ab, ab), 1e-6f);
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) {
            const glm::vec2 p(float(x) + 0.5f, float(y) + 0.5f);
            const float t = std::clamp(glm::dot(p - a, ab) / len2, 0.0f, 1.0f);
            const float d = glm::length(p - (a + t * ab));
            const float cover = std::clamp(l.width * 0.5f + 0.5f - d, 0.0f, 1.0f);
            if (cover > 0.0f)
                blend_pixel(image.pixel(x, y), l.color, cover);
        }
}

// A thin outline of `halo` around the glyphs, under them: the text's own
// coverage, grown by the halo's width.
void paint_halo(Image& image, const FigureText& t, const Font& font) {
    const int pad = int(std::ceil(t.halo_px)) + 2;
    const int ox = int(std::floor(t.x)) - pad, oy = int(std::floor(t.baseline - font.ascent(t.px))) - pad;
    const int w = int(std::ceil(font.width(t.text, t.px))) + 2 * pad + 2;
    const int h = int(std::ceil(font.ascent(t.px) + font.descent(t.px))) + 2 * pad + 2;
    Image glyphs(w, h); // transparent: drawing white over it leaves the coverage in alpha
    font.draw(glyphs, t.x - float(ox), t.baseline - float(oy), t.text, t.px, Rgba{255, 255, 255, 255});
    const int r = int(std::ceil(t.halo_px));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const int ix = ox + x, iy = oy + y;
            if (ix < 0 || iy < 0 || ix >= image.width || iy >= image.height)
                continue;
            float cover = 0.0f;
            for (int dy = -r; dy <= r; ++dy)
                for (int dx = -r; dx <= r; ++dx) {
                    const int gx = x + dx, gy = y + dy;
                    if (gx < 0 || gy < 0 || gx >= w || gy >= h)
                        continue;
                    const float a = float(glyphs.pixel(gx, gy)[3]) / 255.0f;
                    const float reach = std::clamp(t.halo_px + 0.5f - std::sqrt(float(dx * dx + dy * dy)), 0.0f, 1.0f);
                    cover = std::max(cover, a * reach);
                }
            if (cover > 0.0f)
                blend_pixel(image.pixel(ix, iy), t.halo, cover);
        }
}

} // namespace

void paint_layout(Image& image, const FigureLayout& layout, const FigureFonts& fonts) {
    const float scale = figure_text_scale(layout.width, layout.height);
    for (const FigureShape& shape : layout.shapes) {
        if (shape.kind == FigureShape::Kind::Rect)
            paint_rect(image, shape.rect, scale);
        else if (shape.kind == FigureShape::Kind::Line)
            paint_line(image, shape.line);
        else {
            const Font& font = shape.text.bold ? fonts.bold : fonts.regular;
            if (shape.text.halo.a > 0 && shape.text.halo_px > 0.0f)
                paint_halo(image, shape.text, font);
            font.draw(image, shape.text.x, shape.text.baseline, shape.text.text, shape.text.px, shape.text.color);
        }
    }
}

} // namespace dv
