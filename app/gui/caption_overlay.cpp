#include "gui/caption_overlay.h"

#include <imgui.h>

#include <algorithm>

namespace dv::app {

namespace {
constexpr const char* kWindow = "##map caption";
constexpr float kPadX = 6.0f, kPadY = 4.0f, kGap = 6.0f; // inside the box; between two blocks
constexpr float kNarrowest = 240.0f; // a wrap width the citation still reads in
} // namespace

ScreenRect caption_box(const std::vector<CaptionBlock>& blocks, float wrap) {
    float width = 0.0f, height = 0.0f;
    for (const CaptionBlock& b : blocks) {
        const ImVec2 t = ImGui::CalcTextSize(b.title.c_str(), nullptr, false, wrap);
        const ImVec2 d = ImGui::CalcTextSize(b.detail.c_str(), nullptr, false, wrap);
        width = std::max({width, t.x, d.x});
        height += t.y + 2.0f + d.y + (height > 0.0f ? kGap : 0.0f);
    }
    // The top right corner: the one place the panel and the feet never reach.
    const float x1 = ImGui::GetIO().DisplaySize.x - 8.0f, y0 = 6.0f;
    return {x1 - width - 2.0f * kPadX, y0, x1, y0 + height + 2.0f * kPadY};
}

float CaptionFit::wrap(const std::vector<CaptionBlock>& blocks, const Camera& camera, bool moving,
                       const std::function<int(const ScreenRect&)>& skin_under) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    // At most the room right of the panel where the window opens, so a long
    // citation does not run under it.
    const float widest = std::max(kNarrowest, display.x - 440.0f);
    std::string text;
    for (const CaptionBlock& b : blocks)
        text += b.title + "\n" + b.detail + "\n";
    const bool changed = wrap_ == 0.0f || text != text_ || display.x != width_ || display.y != height_ ||
                         !(camera == camera_);
    if (!changed || (moving && wrap_ > 0.0f && wrap_ <= widest))
        return std::min(wrap_, widest);
    text_ = text;
    camera_ = camera;
    width_ = display.x;
    height_ = display.y;
    int least = -1;
    for (float w = widest;; w = std::max(kNarrowest, 0.8f * w)) {
        const ScreenRect box = caption_box(blocks, w);
        // A column taller than a quarter of the window would come down over
        // the hand beside the head (where an exam's C6-C8 are clicked).
        if (w < widest && box.y1 - box.y0 > 0.25f * display.y)
            break;
        const int under = skin_under(box);
        if (least < 0 || under < least) {
            least = under;
            wrap_ = w;
        }
        if (under == 0 || w <= kNarrowest)
            break;
    }
    return wrap_;
}

ScreenRect draw_caption_overlay(const std::vector<CaptionBlock>& blocks, float wrap, OverlaySpot& spot) {
    if (blocks.empty())
        return {};
    const ScreenRect automatic = caption_box(blocks, wrap);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(kPadX, kPadY));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0.0f, 2.0f));
    begin_overlay(kWindow, spot, automatic);
    ImGui::PushTextWrapPos(kPadX + wrap);
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
