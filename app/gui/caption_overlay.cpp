#include "gui/caption_overlay.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace dv::app {

namespace {
constexpr const char* kWindow = "##map caption";
constexpr float kPadX = 6.0f, kPadY = 4.0f, kGap = 6.0f; // inside the box; between two blocks
constexpr float kNarrowest = 240.0f; // a wrap width the citation still reads in
} // namespace

ScreenRect caption_box(const std::vector<CaptionBlock>& blocks, const CaptionPlace& place) {
    const float size = ImGui::GetFontSize() * place.scale;
    auto measure = [&](const std::string& text) {
        const ImVec2 m = ImGui::GetFont()->CalcTextSizeA(size, 1e9f, place.wrap, text.c_str());
        return ImVec2(std::ceil(m.x), m.y);
    };
    float width = 0.0f, height = 0.0f;
    for (const CaptionBlock& b : blocks) {
        const ImVec2 t = measure(b.title);
        const ImVec2 d = measure(b.detail);
        width = std::max({width, t.x, d.x});
        height += t.y + 2.0f + d.y + (height > 0.0f ? kGap : 0.0f);
    }
    const float w = width + 2.0f * kPadX, y0 = 6.0f;
    const float x0 = place.left >= 0.0f ? place.left : ImGui::GetIO().DisplaySize.x - 8.0f - w;
    return {x0, y0, x0 + w, y0 + height + 2.0f * kPadY};
}

CaptionPlace CaptionFit::place(const std::vector<CaptionBlock>& blocks, const Camera& camera, bool moving,
                               float left_edge, float scale, const std::function<int(const ScreenRect&)>& skin_under) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    // At most the room right of the panel where the window opens, so a long
    // citation does not run under it.
    const float widest = std::max(kNarrowest, display.x - 440.0f);
    std::string text;
    for (const CaptionBlock& b : blocks)
        text += b.title + "\n" + b.detail + "\n";
    const bool changed = place_.wrap == 0.0f || text != text_ || display.x != width_ || display.y != height_ ||
                         left_edge != left_edge_ || scale != place_.scale || !(camera == camera_);
    if (!changed || moving)
        return {std::min(place_.wrap > 0.0f ? place_.wrap : widest, widest), place_.left >= 0.0f ? left_edge : -1.0f,
                scale};
    text_ = text;
    camera_ = camera;
    width_ = display.x;
    height_ = display.y;
    left_edge_ = left_edge;
    // The top right corner first, the one place the panel and the feet never
    // reach; then the top left, beside the panel.
    place_ = {widest, -1.0f, scale};
    int least = -1;
    for (float left : {-1.0f, left_edge})
        for (float w = widest;; w = std::max(kNarrowest, 0.8f * w)) {
            const CaptionPlace here{w, left, scale};
            const ScreenRect box = caption_box(blocks, here);
            // A column taller than 0.3 of the window would come down
            // over the hand beside the head (where an exam's C6-C8 are clicked).
            if (w < widest && box.y1 - box.y0 > 0.3f * display.y)
                break;
            const int under = box.x1 <= display.x ? skin_under(box) : -1; // -1: off the window's edge
            if (under >= 0 && (least < 0 || under < least)) {
                least = under;
                place_ = here;
            }
            if (under == 0)
                return place_;
            if (w <= kNarrowest)
                break;
        }
    return place_;
}

ScreenRect draw_caption_overlay(const std::vector<CaptionBlock>& blocks, const CaptionPlace& place, OverlaySpot& spot) {
    if (blocks.empty())
        return {};
    const ScreenRect automatic = caption_box(blocks, place);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(kPadX, kPadY));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0.0f, 2.0f));
    begin_overlay(kWindow, spot, automatic);
    ImGui::SetWindowFontScale(place.scale);
    ImGui::PushTextWrapPos(kPadX + place.wrap);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (i > 0)
            ImGui::Dummy(ImVec2(0.0f, kGap - 4.0f)); // with the item spacing either side: kGap
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(245, 245, 240, 255));
        ImGui::TextUnformatted(blocks[i].title.c_str());
        ImGui::PopStyleColor();
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(190, 195, 205, 255));
        ImGui::TextUnformatted(blocks[i].detail.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();
    const ScreenRect box = end_overlay(spot);
    ImGui::PopStyleVar(2);
    return box;
}

} // namespace dv::app
