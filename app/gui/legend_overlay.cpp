#include "gui/legend_overlay.h"

#include "figure/legend_pattern.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace dv::app {

namespace {

// The colour-blind palette's pattern over a swatch, as the body shows it
// (figure/legend_pattern.h), at the window's frame height like the shader's.
void draw_swatch_pattern(ImDrawList* dl, ImVec2 a, float size, const LegendEntry& e) {
    if (e.pattern == LevelPattern::Solid)
        return;
    const float scale = std::max(ImGui::GetIO().DisplaySize.y / 1080.0f, 0.5f);
    const Rgba m = pattern_mark(e.swatch);
    const ImU32 ink = IM_COL32(m.r, m.g, m.b, 255);
    dl->PushClipRect(a, ImVec2(a.x + size, a.y + size), true);
    if (e.pattern == LevelPattern::Dots) {
        const float period = kDotPeriod1080p * scale;
        for (float y = period * 0.5f; y < size + period; y += period)
            for (float x = period * 0.5f; x < size + period; x += period)
                dl->AddCircleFilled(ImVec2(a.x + x, a.y + y), 0.25f * period, ink);
    } else {
        // Stripes at 45 degrees, `period` apart along a row as in the shader.
        const float period = kStripePeriod1080p * scale;
        const bool rising = e.pattern != LevelPattern::StripesFalling, falling = e.pattern != LevelPattern::StripesRising;
        const float width = (e.pattern == LevelPattern::Crosshatch ? 0.25f : 0.4f) * period / std::sqrt(2.0f);
        for (float d = 0.0f; d < 2.0f * size + period; d += period) {
            if (rising) // "/": up to the right
                dl->AddLine(ImVec2(a.x + d - size, a.y + size), ImVec2(a.x + d, a.y), ink, width);
            if (falling) // "\": down to the right
                dl->AddLine(ImVec2(a.x + d - size, a.y), ImVec2(a.x + d, a.y + size), ink, width);
        }
    }
    dl->PopClipRect();
}

} // namespace

ScreenRect draw_legend_overlay(const LegendContent& legend, float top) {
    if (legend.entries.empty())
        return {};
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const float line = ImGui::GetTextLineHeight();
    const float swatch = line * 0.8f;
    // Level names are short; a long entry ("no consistent root") takes a row of its own.
    float cell = 0.0f;
    for (const LegendEntry& e : legend.entries)
        if (e.text.size() <= 4)
            cell = std::max(cell, swatch + 6.0f + ImGui::CalcTextSize(e.text.c_str()).x + 12.0f);
    const int columns = 5;
    float width = cell * float(columns);
    int rows = 0, column = 0;
    for (const LegendEntry& e : legend.entries) {
        if (e.text.size() > 4) {
            width = std::max(width, swatch + 6.0f + ImGui::CalcTextSize(e.text.c_str()).x);
            rows += 1 + (column > 0);
            column = 0;
        } else if (++column == columns) {
            ++rows;
            column = 0;
        }
    }
    rows += column > 0;
    const float row_h = line + 4.0f;
    const float right = ImGui::GetIO().DisplaySize.x - 14.0f;
    const ScreenRect box{right - width - 12.0f, top, right, top + float(rows) * row_h + 8.0f};
    dl->AddRectFilled(ImVec2(box.x0, box.y0), ImVec2(box.x1, box.y1), IM_COL32(12, 14, 18, 190), 4.0f);

    float x = box.x0 + 6.0f, y = box.y0 + 4.0f;
    column = 0;
    for (const LegendEntry& e : legend.entries) {
        const bool wide = e.text.size() > 4;
        if (wide && column > 0) {
            x = box.x0 + 6.0f;
            y += row_h;
            column = 0;
        }
        const ImVec2 a(x, y + (line - swatch) * 0.5f), b(a.x + swatch, a.y + swatch);
        dl->AddRectFilled(a, b, IM_COL32(e.swatch.r, e.swatch.g, e.swatch.b, 255), 2.0f);
        if (e.hatched) // the same diagonal hatching as on the skin
            for (float d = 3.0f; d < 2.0f * swatch; d += 3.5f)
                dl->AddLine(ImVec2(a.x + std::max(0.0f, d - swatch), a.y + std::min(d, swatch)),
                            ImVec2(a.x + std::min(d, swatch), a.y + std::max(0.0f, d - swatch)), IM_COL32(40, 40, 40, 200));
        draw_swatch_pattern(dl, a, swatch, e);
        dl->AddRect(a, b, IM_COL32(0, 0, 0, 160), 2.0f);
        dl->AddText(ImVec2(b.x + 6.0f, y), IM_COL32(235, 235, 230, 255), e.text.c_str());
        if (wide || ++column == columns) {
            x = box.x0 + 6.0f;
            y += row_h;
            column = 0;
        } else {
            x += cell;
        }
    }
    return box;
}

} // namespace dv::app
