#include "gui/band_name_overlay.h"

#include <imgui.h>

#include <cfloat>

namespace dv::app {

namespace {
// DejaVu Sans (the window's font) stands its capitals and digits this high, per em.
constexpr float kCapHeight = 0.73f;

ImU32 colour(Rgba c) { return IM_COL32(c.r, c.g, c.b, c.a); }
} // namespace

std::vector<ScreenRect> BandNameOverlay::draw(const BandNameView& v) {
    ImFont* font = ImGui::GetFont();
    // A little under the panel's text: the window shows the body smaller than a figure does.
    const float px = 0.85f * ImGui::GetFontSize();
    Key key{&v.map, v.camera, v.width, v.height, v.selection, v.palette, {}, px};
    for (const ScreenRect& r : v.keep_clear)
        key.keep_clear.insert(key.keep_clear.end(), {r.x0, r.y0, r.x1, r.y1});
    if (!key_ || !(*key_ == key)) {
        BandLabelStyle style;
        style.px = px;
        style.cap_height = kCapHeight;
        style.halo_px = 1.5f;
        style.width = [font](std::string_view text, float size) {
            return font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x;
        };
        std::vector<FigureBox> clear;
        for (const ScreenRect& r : v.keep_clear)
            clear.push_back({r.x0, r.y0, r.x1, r.y1});
        labels_ = band_labels_for_view(v.model, v.map, v.camera, v.width, v.height, v.selection, v.palette, style,
                                       std::move(clear));
        key_ = std::move(key);
    }
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    std::vector<ScreenRect> boxes;
    for (const BandLabel& l : labels_) {
        const float width = font->CalcTextSizeA(l.px, FLT_MAX, 0.0f, l.text.c_str()).x;
        // AddText places the line's top; the capitals' middle goes on the centre.
        const float ascent = font->Ascent * l.px / font->FontSize;
        const ImVec2 at(l.centre.x - 0.5f * width, l.centre.y - ascent + 0.5f * kCapHeight * l.px);
        // The halo: the name drawn round about in the halo's colour, then on top.
        for (const ImVec2 d : {ImVec2(-1, -1), ImVec2(0, -1), ImVec2(1, -1), ImVec2(-1, 0), ImVec2(1, 0), ImVec2(-1, 1),
                               ImVec2(0, 1), ImVec2(1, 1)})
            dl->AddText(font, l.px, ImVec2(at.x + d.x, at.y + d.y), colour(l.halo), l.text.c_str());
        dl->AddText(font, l.px, at, colour(l.ink), l.text.c_str());
        boxes.push_back({l.box.x0, l.box.y0, l.box.x1, l.box.y1});
    }
    return boxes;
}

} // namespace dv::app
