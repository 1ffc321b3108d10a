#include "gui/side_markers_overlay.h"

#include "figure/figure.h"

#include <imgui.h>

#include <algorithm>

namespace dv::app {

void draw_side_markers(const Camera& camera, const ScreenRect& view, const Bounds& body, const SagittalPlane& sagittal,
                       float letter_size, float left_edge, std::vector<ScreenRect>& keep_clear) {
    const int w = int(view.x1 - view.x0), h = int(view.y1 - view.y0);
    if (w <= 0 || h <= 0)
        return;
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const float r = letter_size * 0.92f;
    for (const SideMarker& m : side_markers_for(camera, w, h, body, sagittal)) {
        // Not under the panel, and inside its own view (side by side, not over the other half).
        ImVec2 at(std::clamp(view.x0 + m.at.x, left_edge + r + 6.0f, std::max(view.x1 - r - 6.0f, left_edge + r + 6.0f)),
                  view.y0 + m.at.y);
        // Below the caption or the colour key when it would sit on one.
        for (const ScreenRect& box : keep_clear)
            if (ScreenRect{at.x - r, at.y - r, at.x + r, at.y + r}.overlaps(box)) {
                if (box.y1 + 2.0f * r + 6.0f < view.y1)
                    at.y = std::max(at.y, box.y1 + r + 6.0f);
                else // a box as tall as the view (the key in one column): beside it
                    at.x = std::min(at.x, box.x0 - r - 6.0f);
            }
        dl->AddCircleFilled(at, r, IM_COL32(15, 17, 22, 210));
        dl->AddCircle(at, r, IM_COL32(235, 235, 230, 200), 0, 1.5f);
        const ImVec2 text = ImGui::GetFont()->CalcTextSizeA(letter_size, 1e9f, 0.0f, m.letter.c_str());
        dl->AddText(ImGui::GetFont(), letter_size, ImVec2(at.x - text.x * 0.5f, at.y - text.y * 0.5f),
                    IM_COL32(245, 245, 240, 255), m.letter.c_str());
        keep_clear.push_back({at.x - r, at.y - r, at.x + r, at.y + r});
    }
}

} // namespace dv::app
