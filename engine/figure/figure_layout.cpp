#include "figure/figure_layout.h"

#include <algorithm>
#include <cmath>

namespace dv {

namespace {

const Rgba kInk{24, 27, 33, 255};
const Rgba kMutedInk{70, 76, 88, 255};
const Rgba kCard{255, 255, 255, 236};
const Rgba kCardEdge{120, 126, 138, 160};
const Rgba kLabelBox{18, 20, 26, 215};
const Rgba kLabelText{248, 248, 244, 255};
const Rgba kLeader{18, 20, 26, 230};
const Rgba kHalo{250, 250, 246, 200};

// Greedy word wrap to `max_width` pixels.
std::vector<std::string> wrap(const std::string& text, const Font& font, float px, float max_width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t space = text.find(' ', i);
        const std::string word = text.substr(i, space == std::string::npos ? std::string::npos : space - i);
        i = space == std::string::npos ? text.size() : space + 1;
        const std::string candidate = line.empty() ? word : line + " " + word;
        if (!line.empty() && font.width(candidate, px) > max_width) {
            lines.push_back(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

using Box = FigureBox;

} // namespace

float figure_text_scale(int width, int height) {
    return std::max(0.45f, std::min(float(width) / 1920.0f, float(height) / 1080.0f));
}

FigureLayout layout_figure(int width, int height, const FigureFonts& fonts, const std::optional<LegendContent>& legend,
                           const std::vector<FigureLabel>& labels, const std::vector<SideMarker>& markers) {
    FigureLayout out;
    out.width = width;
    out.height = height;
    const float s = figure_text_scale(width, height);
    std::vector<Box> taken;

    if (legend) {
        // A white card in the top-left corner: on a 16:9 figure the body
        // stands in the middle third, so the card never covers it.
        const float margin = 28.0f * s, pad = 22.0f * s;
        const float card_w = legend->band ? float(width) - 2.0f * margin
                                          : std::clamp(0.27f * float(width), 300.0f * s, float(width) - 2.0f * margin);
        const float inner = card_w - 2.0f * pad;
        const float title_px = 30.0f * s, text_px = 22.0f * s, small_px = 17.5f * s;
        std::vector<FigureShape> body;
        float y = margin + pad;
        auto text_lines = [&](const std::string& text, float px, bool bold, Rgba color, float gap_after) {
            const Font& f = bold ? fonts.bold : fonts.regular;
            for (const std::string& line : wrap(text, f, px, inner)) {
                y += f.ascent(px);
                body.push_back(FigureText{margin + pad, y, px, bold, color, line});
                y += f.descent(px) + 0.15f * px;
            }
            y += gap_after;
        };
        text_lines(legend->title, title_px, true, kInk, 2.0f * s);
        if (!legend->byline.empty())
            text_lines(legend->byline, text_px, false, kInk, 4.0f * s);
        if (!legend->subtitle.empty())
            text_lines(legend->subtitle, small_px, false, kMutedInk, 10.0f * s);
        if (!legend->entries.empty()) {
            // Level swatches in as many columns as fit, filled row by row;
            // the blank kinds ("no consistent root", "not shown") each on a
            // row of their own.
            const float sw = 24.0f * s, gap = 10.0f * s;
            std::vector<const LegendEntry*> grid, rows;
            float widest = 0.0f;
            for (const LegendEntry& e : legend->entries) {
                const bool own_row = e.text.size() > 4; // level names are short
                (own_row ? rows : grid).push_back(&e);
                if (!own_row)
                    widest = std::max(widest, fonts.regular.width(e.text, text_px));
            }
            const float cell = sw + gap + widest + 18.0f * s;
            const int columns = std::max(1, int(inner / cell));
            const float row_h = std::max(sw, text_px * 1.25f) + 6.0f * s;
            auto swatch = [&](const LegendEntry& e, float x, float top) {
                body.push_back(FigureRect{x, top, x + sw, top + sw, e.swatch, 3.0f * s, e.hatched, {60, 60, 60, 200}, e.pattern});
                body.push_back(FigureText{x + sw + gap, top + sw * 0.5f + text_px * 0.36f, text_px, false, kInk, e.text});
            };
            for (std::size_t i = 0; i < grid.size(); ++i)
                swatch(*grid[i], margin + pad + float(int(i) % columns) * cell, y + float(int(i) / columns) * row_h);
            y += float((grid.size() + std::size_t(columns) - 1) / std::size_t(columns)) * row_h;
            for (const LegendEntry* e : rows) {
                swatch(*e, margin + pad, y);
                y += row_h;
            }
            y += 8.0f * s;
        }
        for (const std::string& c : legend->citations)
            text_lines(c, small_px, false, kMutedInk, 6.0f * s);
        const float card_h = y - margin + pad - 6.0f * s;
        const FigureRect card{margin, margin, margin + card_w, margin + card_h, kCard, 12.0f * s, false, kCardEdge};
        out.shapes.push_back(card);
        out.shapes.insert(out.shapes.end(), body.begin(), body.end());
        taken.push_back({card.x0, card.y0, card.x1, card.y1});
    }

    for (SideMarker m : markers) {
        const float r = 30.0f * s, px = 36.0f * s;
        // Clear of the legend card: below it when the marker would sit on it.
        for (const Box& b : taken)
            if (m.at.x + r > b.x0 && m.at.x - r < b.x1 && m.at.y + r > b.y0 && m.at.y - r < b.y1)
                m.at.y = std::min(b.y1 + r + 12.0f * s, float(height) - r);
        out.shapes.push_back(FigureRect{m.at.x - r, m.at.y - r, m.at.x + r, m.at.y + r, kLabelBox, r});
        const float w = fonts.bold.width(m.letter, px);
        out.shapes.push_back(FigureText{m.at.x - w * 0.5f, m.at.y + px * 0.36f, px, true, kLabelText, m.letter});
        taken.push_back({m.at.x - r, m.at.y - r, m.at.x + r, m.at.y + r});
    }

    // Labels go outward from the body's axis, on the side of their point, stepping up or down a line until clear of the
    // legend and of each other (T10's key point and the umbilicus sit a few
    // pixels apart).
    const float px = 21.0f * s, padx = 8.0f * s, pady = 5.0f * s;
    const float text_h = fonts.regular.ascent(px) + fonts.regular.descent(px);
    std::vector<Box> dots;
    for (const FigureLabel& l : labels) {
        const float w = fonts.regular.width(l.text, px) + 2.0f * padx, h = text_h + 2.0f * pady;
        const bool leftward = l.leftward;
        const float reach = 70.0f * s;
        float x0 = leftward ? l.anchor.x - reach - w : l.anchor.x + reach;
        x0 = std::clamp(x0, 4.0f, std::max(4.0f, float(width) - w - 4.0f));
        Box box{x0, l.anchor.y - h * 0.5f, x0 + w, l.anchor.y + h * 0.5f};
        for (float shift : {0.0f, -1.0f, 1.0f, -2.0f, 2.0f, -3.0f, 3.0f, -4.0f, 4.0f}) {
            Box b = box;
            b.y0 += shift * (h + 4.0f * s);
            b.y1 += shift * (h + 4.0f * s);
            if (std::none_of(taken.begin(), taken.end(), [&](const Box& t) { return t.overlaps(b); })) {
                box = b;
                break;
            }
        }
        taken.push_back(box);
        dots.push_back({l.anchor.x - 7.0f * s, l.anchor.y - 7.0f * s, l.anchor.x + 7.0f * s, l.anchor.y + 7.0f * s});
        const float edge_x = leftward ? box.x1 : box.x0;
        // A light halo under the dark leader and dot keeps both visible on
        // skin, on the dark backdrop and on a slide's white alike.
        const glm::vec2 end(edge_x, (box.y0 + box.y1) * 0.5f);
        out.shapes.push_back(FigureLine{l.anchor.x, l.anchor.y, end.x, end.y, 5.0f * s, kHalo});
        out.shapes.push_back(FigureRect{l.anchor.x - 7.0f * s, l.anchor.y - 7.0f * s, l.anchor.x + 7.0f * s,
                                        l.anchor.y + 7.0f * s, kHalo, 7.0f * s});
        out.shapes.push_back(FigureLine{l.anchor.x, l.anchor.y, end.x, end.y, 2.2f * s, kLeader});
        out.shapes.push_back(FigureRect{l.anchor.x - 4.5f * s, l.anchor.y - 4.5f * s, l.anchor.x + 4.5f * s,
                                        l.anchor.y + 4.5f * s, kLeader, 4.5f * s});
        out.shapes.push_back(FigureRect{box.x0, box.y0, box.x1, box.y1, kLabelBox, 5.0f * s});
        out.shapes.push_back(FigureText{box.x0 + padx, box.y0 + pady + fonts.regular.ascent(px), px, false, kLabelText, l.text});
    }
    out.occupied = std::move(taken);
    out.occupied.insert(out.occupied.end(), dots.begin(), dots.end()); // the points the labels name stay in sight
    return out;
}

FigureRect legend_card(int width, int height, const FigureFonts& fonts, const LegendContent& legend) {
    return layout_figure(width, height, fonts, legend, {}, {}).shapes.front().rect;
}

} // namespace dv
