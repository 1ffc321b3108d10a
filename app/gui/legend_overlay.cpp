#include "gui/legend_overlay.h"

#include "figure/legend_pattern.h"
#include "gui/ui_controls.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace dv::app {

namespace {
constexpr const char* kWindow = "##colour key";

bool wide(const LegendEntry& e) { return e.text.size() > 4; } // "no consistent root" takes a row of its own

// The entry's level ("T10 (left)": T10); blank skin has none.
std::optional<Level> level_of(const LegendEntry& e) { return parse_level(e.text.substr(0, e.text.find(' '))); }

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

void draw_swatch(ImDrawList* dl, const LegendEntry& e, ImVec2 a, float swatch, bool current, bool hovered) {
    const ImVec2 b(a.x + swatch, a.y + swatch);
    dl->AddRectFilled(a, b, IM_COL32(e.swatch.r, e.swatch.g, e.swatch.b, 255), 2.0f);
    if (e.hatched) // the same diagonal hatching as on the skin
        for (float d = 3.0f; d < 2.0f * swatch; d += 3.5f)
            dl->AddLine(ImVec2(a.x + std::max(0.0f, d - swatch), a.y + std::min(d, swatch)),
                        ImVec2(a.x + std::min(d, swatch), a.y + std::max(0.0f, d - swatch)), IM_COL32(40, 40, 40, 200));
    draw_swatch_pattern(dl, a, swatch, e);
    dl->AddRect(a, b, IM_COL32(0, 0, 0, 160), 2.0f);
    if (current || hovered) // the level Up/Down stands on, or the one under the mouse
        dl->AddRect(ImVec2(a.x - 2, a.y - 2), ImVec2(b.x + 2, b.y + 2), IM_COL32(255, 255, 255, 255), 3.0f, 0,
                    current ? 2.0f : 1.0f);
}
} // namespace

ScreenRect draw_legend_overlay(const LegendContent& legend, const LegendPlace& place, LegendOverlayState& state,
                               OverlaySpot& spot) {
    state.hovered.reset();
    state.clicked.reset();
    if (legend.entries.empty())
        return {};
    const float line = ImGui::GetTextLineHeight();
    const float swatch = line * 0.8f;
    float cell = 0.0f, wide_width = 0.0f;
    for (const LegendEntry& e : legend.entries) {
        const float w = swatch + 6.0f + ImGui::CalcTextSize(e.text.c_str()).x;
        (wide(e) ? wide_width : cell) = std::max(wide(e) ? wide_width : cell, w + (wide(e) ? 0.0f : 12.0f));
    }
    // As many columns as fit right of the body (five at most, one at least),
    // so in a narrow window the key stands beside the body, not on its head.
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float room = display.x - 14.0f - 12.0f - std::max(place.body_right + 8.0f, 0.0f);
    // With no room beside the body (zoomed in, two bodies side by side), one
    // narrow column at the edge covers least; more only when it would run
    // off the foot of the window. It can be dragged aside.
    const float row_h = line + 4.0f;
    const int rows_fit = std::max(1, int((display.y - place.top - 12.0f) / row_h));
    const int tall = (int(legend.entries.size()) + rows_fit - 1) / rows_fit;
    const bool beside = room >= cell;
    const int columns = std::clamp(std::max(int(room / std::max(cell, 1.0f)), tall), 1, 5);

    // A wide entry ("not shown by this map") wraps to the columns' width
    // rather than widen the key over the hand beside it.
    const float width = std::max(cell * float(columns), std::min(wide_width, std::max(room, 7.0f * line)));
    const float text_wrap = width - swatch - 6.0f;
    float height = 4.0f;
    for (int i = 0, column = 0; i < int(legend.entries.size()); ++i) {
        const LegendEntry& e = legend.entries[std::size_t(i)];
        if (wide(e))
            height += ImGui::CalcTextSize(e.text.c_str(), nullptr, false, text_wrap).y + 4.0f;
        else if (column == 0)
            height += row_h;
        column = wide(e) ? 0 : (column + 1) % columns;
    }
    // Beside the body below the caption; with no room there, in the bottom
    // right corner, where the legs leave more room than the arms.
    const float x0 = display.x - 14.0f - width - 12.0f;
    const float y0 = beside ? place.top : std::max(place.top, display.y - 12.0f - height);
    // Its size set, not grown to fit: a key of 31 levels after one of T4 is
    // whole on its first frame. Dragged by its margin (the swatches are buttons).
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6, 4));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 4));
    begin_overlay(kWindow, spot, {x0, y0, x0 + width + 12.0f, y0 + height});
    ImDrawList* dl = ImGui::GetWindowDrawList();
    int column = 0;
    for (const LegendEntry& e : legend.entries) {
        if (wide(e) && column > 0)
            column = 0; // on a row of its own: the last row was left short
        else if (column > 0)
            ImGui::SameLine(6.0f + cell * float(column));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const std::optional<Level> level = level_of(e);
        ImGui::PushID(e.text.c_str());
        const float text_h = wide(e) ? ImGui::CalcTextSize(e.text.c_str(), nullptr, false, text_wrap).y : line;
        const bool clicked = ui::key_entry(e.text, ImVec2(wide(e) ? width : cell - 12.0f, text_h));
        ImGui::PopID();
        const bool hovered = ImGui::IsItemHovered();
        if (level && hovered)
            state.hovered = level;
        if (level && clicked)
            state.clicked = level;
        draw_swatch(dl, e, ImVec2(at.x, at.y + (line - swatch) * 0.5f), swatch, level && *level == place.current, hovered);
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x + swatch + 6.0f, at.y), IM_COL32(235, 235, 230, 255),
                    e.text.c_str(), nullptr, text_wrap);
        column = wide(e) ? 0 : (column + 1) % columns;
    }
    const ScreenRect box = end_overlay(spot);
    ImGui::PopStyleVar(2);
    return box;
}

} // namespace dv::app
