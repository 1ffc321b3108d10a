#pragma once
// The text and marks over a figure (legend, labels, side markers) laid out
// once as simple shapes in image pixels, then either painted into the image
// (figure_paint) or written as SVG with editable text (figure_svg): the two
// outputs cannot disagree about where anything is.
#include "figure/font.h"
#include "render/dermatome_palette.h"

#include <glm/vec2.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dv {

struct FigureRect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0; // pixels, top-left origin
    Rgba fill;
    float radius = 0.0f;  // rounded corners
    bool hatched = false; // darker diagonal stripes over the fill ("no consistent root")
    Rgba outline{0, 0, 0, 0};
    LevelPattern pattern = LevelPattern::Solid; // the colour-blind palette's (figure/legend_pattern.h)
};
struct FigureText {
    float x = 0, baseline = 0, px = 0; // px: font size in pixels
    bool bold = false;
    Rgba color;
    std::string text; // UTF-8, one line
    Rgba halo{0, 0, 0, 0}; // a thin outline around the glyphs (band names on the body); alpha 0: none
    float halo_px = 0.0f;  // its width
};
struct FigureLine {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0, width = 1.0f;
    Rgba color;
};
// One of the three, tagged (std::variant trips GCC 12's maybe-uninitialized
// warning on the strings inside).
struct FigureShape {
    enum class Kind { Rect, Text, Line } kind;
    FigureRect rect;
    FigureText text;
    FigureLine line;
    FigureShape(FigureRect r) : kind(Kind::Rect), rect(r) {}
    FigureShape(FigureText t) : kind(Kind::Text), text(std::move(t)) {}
    FigureShape(FigureLine l) : kind(Kind::Line), line(l) {}
};

// A box in image pixels (top-left origin) that lettering occupies.
struct FigureBox {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool overlaps(const FigureBox& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

struct FigureLayout {
    int width = 0, height = 0;
    std::vector<FigureShape> shapes; // painted in order
    std::vector<FigureBox> occupied; // the legend's card, the markers, the labels: what later lettering must avoid
};

// The legend's words for skin the map leaves out (its "not shown" zones),
// drawn in the palette's pale "not shown" tone.
inline constexpr std::string_view kNotShownLegend = "not shown by this map";

// What the legend says.
struct LegendEntry {
    std::string text; // "T4", "T10 (left)"
    Rgba swatch;
    bool hatched = false;
    LevelPattern pattern = LevelPattern::Solid; // as the level is drawn on the skin
};
struct LegendContent {
    std::string title;    // the map's title
    std::string byline;   // "Keegan & Garrett, 1948"
    std::string subtitle; // "Anterior view; T4, T10 lit on both sides"
    std::vector<LegendEntry> entries;
    std::vector<std::string> citations; // full references, wrapped to the legend's width
    // A card across the top (side-by-side figures, upright images) instead
    // of a column at the top left (wide images).
    bool band = false;
};

// A label with a leader line to a point on the body.
struct FigureLabel {
    glm::vec2 anchor; // pixel of the point
    std::string text;
    bool leftward = false; // the label goes left of its point (points left of the body's axis)
};
// "R" / "L" beside the body.
struct SideMarker {
    glm::vec2 at; // centre of the letter, pixels
    std::string letter;
    std::string title; // "body's right" (the SVG's tooltip)
};

// Sizes follow the image: a 3840x2160 figure gets twice the lettering of a
// 1920x1080 one, so a legend reads the same on a slide either way.
float figure_text_scale(int width, int height);

FigureLayout layout_figure(int width, int height, const FigureFonts& fonts, const std::optional<LegendContent>& legend,
                           const std::vector<FigureLabel>& labels, const std::vector<SideMarker>& markers);

// The legend's card alone: where a figure must keep the body out of.
FigureRect legend_card(int width, int height, const FigureFonts& fonts, const LegendContent& legend);

// Paints the shapes over the image, antialiased, blending with its alpha.
void paint_layout(Image& image, const FigureLayout& layout, const FigureFonts& fonts);

// An SVG of the shapes (text as <text>, editable), over the PNG named by
// `image_href` (relative to the SVG; empty: no image beneath).
std::string layout_to_svg(const FigureLayout& layout, const std::string& image_href);

} // namespace dv
