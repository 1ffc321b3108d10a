// A figure layout as SVG: the same shapes at the same pixel positions, with
// the text as <text> so slide software can edit it.
#include "figure/figure_layout.h"
#include "figure/legend_pattern.h"

#include <cstdio>
#include <sstream>

namespace dv {

namespace {

std::string escaped(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string number(float v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", double(v));
    return buf;
}

std::string paint(const char* attribute, Rgba c) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%s=\"rgb(%d,%d,%d)\" %s-opacity=\"%.3f\"", attribute, c.r, c.g, c.b, attribute,
                  double(c.a) / 255.0);
    return buf;
}

} // namespace

std::string layout_to_svg(const FigureLayout& layout, const std::string& image_href) {
    const float scale = figure_text_scale(layout.width, layout.height);
    const float stripe = std::max(6.0f, 9.0f * scale);
    std::ostringstream svg;
    svg << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\""
        << layout.width << "\" height=\"" << layout.height << "\" viewBox=\"0 0 " << layout.width << " "
        << layout.height << "\">\n"
        << "  <defs>\n    <pattern id=\"no-consistent-root\" patternUnits=\"userSpaceOnUse\" width=\"" << number(stripe)
        << "\" height=\"" << number(stripe) << "\" patternTransform=\"rotate(-45)\">\n"
        << "      <rect width=\"" << number(stripe * 0.5f) << "\" height=\"" << number(stripe)
        << "\" fill=\"black\" fill-opacity=\"0.45\"/>\n    </pattern>\n"
        << svg_pattern_defs(scale) << "  </defs>\n";
    if (!image_href.empty())
        svg << "  <image id=\"body\" x=\"0\" y=\"0\" width=\"" << layout.width << "\" height=\"" << layout.height
            << "\" xlink:href=\"" << escaped(image_href) << "\" href=\"" << escaped(image_href) << "\"/>\n";
    svg << "  <g id=\"labels-and-legend\" font-family=\"DejaVu Sans, Verdana, sans-serif\">\n";
    for (const FigureShape& shape : layout.shapes) {
        if (shape.kind == FigureShape::Kind::Rect) {
            const FigureRect* r = &shape.rect;
            const std::string geometry = "x=\"" + number(r->x0) + "\" y=\"" + number(r->y0) + "\" width=\"" +
                                         number(r->x1 - r->x0) + "\" height=\"" + number(r->y1 - r->y0) + "\" rx=\"" +
                                         number(r->radius) + "\"";
            svg << "    <rect " << geometry << " " << paint("fill", r->fill);
            if (r->outline.a > 0)
                svg << " " << paint("stroke", r->outline) << " stroke-width=\"" << number(1.5f * scale) << "\"";
            svg << "/>\n";
            if (r->hatched)
                svg << "    <rect " << geometry << " fill=\"url(#no-consistent-root)\"/>\n";
            for (const std::string& id : svg_pattern_ids(r->pattern, r->fill))
                svg << "    <rect " << geometry << " fill=\"url(#" << id << ")\"/>\n";
        } else if (shape.kind == FigureShape::Kind::Line) {
            const FigureLine* l = &shape.line;
            svg << "    <line x1=\"" << number(l->x0) << "\" y1=\"" << number(l->y0) << "\" x2=\"" << number(l->x1)
                << "\" y2=\"" << number(l->y1) << "\" " << paint("stroke", l->color) << " stroke-width=\""
                << number(l->width) << "\" stroke-linecap=\"round\"/>\n";
        } else {
            const FigureText* t = &shape.text;
            svg << "    <text x=\"" << number(t->x) << "\" y=\"" << number(t->baseline) << "\" font-size=\""
                << number(t->px) << "\"" << (t->bold ? " font-weight=\"bold\"" : "") << " " << paint("fill", t->color);
            if (t->halo.a > 0 && t->halo_px > 0.0f) // the outline drawn under the fill, as the PNG paints it
                svg << " " << paint("stroke", t->halo) << " stroke-width=\"" << number(2.0f * t->halo_px)
                    << "\" stroke-linejoin=\"round\" paint-order=\"stroke\" class=\"band-name\"";
            svg << ">" << escaped(t->text) << "</text>\n";
        }
    }
    svg << "  </g>\n</svg>\n";
    return svg.str();
}

} // namespace dv
