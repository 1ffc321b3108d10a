#include "gui/figure_panel.h"

#include "gui/ui_controls.h"

#include <imgui.h>

#include <algorithm>
#include <cstring>

namespace dv::app {

void FigurePanelState::figure_size(int w, int h, int& out_w, int& out_h) const {
    const int factor = size == SizeChoice::Quadruple ? 4 : size == SizeChoice::Double ? 2 : 1;
    out_w = size == SizeChoice::Explicit ? width : w * factor;
    out_h = size == SizeChoice::Explicit ? height : h * factor;
    // A multiple of a large window can pass 8K: shrink it, keeping its shape.
    const double fit = std::min({1.0, double(kMaxFigureWidth) / out_w, double(kMaxFigureHeight) / out_h});
    out_w = std::max(16, int(out_w * fit));
    out_h = std::max(16, int(out_h * fit));
}

void FigurePanelState::tell(std::string text, bool error) {
    notice = std::move(text);
    notice_is_error = error;
    notice_seconds = error ? 15.0f : 6.0f;
}

void draw_figure_panel(FigurePanelState& state, int window_w, int window_h) {
    if (!ui::header("Figure", true))
        return;
    const char* sizes[] = {"Window's size", "2 x window", "4 x window", "Width x height"};
    if (ui::begin_combo("Size", sizes[int(state.size)])) {
        for (int i = 0; i < IM_ARRAYSIZE(sizes); ++i)
            if (ui::entry(sizes[i], i == int(state.size)))
                state.size = FigurePanelState::SizeChoice(i);
        ui::end_combo();
    }
    ImGui::BeginDisabled(state.size != FigurePanelState::SizeChoice::Explicit);
    ImGui::SetNextItemWidth(110);
    ui::input_int("Width", &state.width);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(110);
    ui::input_int("Height", &state.height);
    ImGui::EndDisabled();
    state.width = std::clamp(state.width, 16, kMaxFigureWidth);
    state.height = std::clamp(state.height, 16, kMaxFigureHeight);
    int w = 0, h = 0;
    state.figure_size(window_w, window_h, w, h);
    ImGui::TextDisabled("%d x %d pixels, up to %d x %d", w, h, kMaxFigureWidth, kMaxFigureHeight);
    ui::checkbox("Transparent", &state.transparent);
    ImGui::SameLine();
    ui::checkbox("Legend", &state.overlays.legend);
    ImGui::SameLine();
    ui::checkbox("Labels", &state.overlays.labels);
    ui::checkbox("R / L markers", &state.overlays.side_markers);
    ImGui::SameLine();
    ui::checkbox("Scene file too", &state.scene_file);
    ui::input_text("Folder", state.folder);
    if (ui::button("Save figure [F12]", ImVec2(-1, 0)))
        state.save_requested = true;
    if (ui::button("Copy camera"))
        state.copy_camera = true;
    ImGui::SameLine();
    if (ui::button("Paste camera")) {
        const char* text = ImGui::GetClipboardText();
        state.pasted_camera = text ? text : "";
        if (state.pasted_camera.empty())
            state.tell("The clipboard is empty: copy a camera first (Copy camera).", true);
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Paste a camera copied from this or another window,\nor from a scene file's \"camera\"");
}

void draw_figure_notice(FigurePanelState& state, float dt) {
    state.notice_box = {};
    if (state.notice_seconds <= 0.0f)
        return;
    state.notice_seconds -= dt;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const float wrap = std::min(display.x - 40.0f, 900.0f);
    const ImVec2 text = ImGui::CalcTextSize(state.notice.c_str(), nullptr, false, wrap);
    const ImVec2 at((display.x - text.x) * 0.5f, display.y - text.y - 40.0f);
    const ImU32 fill = state.notice_is_error ? IM_COL32(120, 24, 24, 235) : IM_COL32(20, 70, 40, 235);
    state.notice_box = {at.x - 14, at.y - 10, at.x + text.x + 14, at.y + text.y + 10};
    dl->AddRectFilled(ImVec2(state.notice_box.x0, state.notice_box.y0), ImVec2(state.notice_box.x1, state.notice_box.y1),
                      fill, 6.0f);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, IM_COL32(250, 250, 245, 255), state.notice.c_str(), nullptr,
                wrap);
}

} // namespace dv::app
