#include "gui/side_markers_overlay.h"

#include "figure/figure.h"

#include <imgui.h>

#include <algorithm>

namespace dv::app {

void draw_side_markers(const Camera& camera, const Bounds& body, const SagittalPlane& sagittal, float left_edge,
                       std::vector<ScreenRect>& keep_clear) {
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const float r = ImGui::GetFontSize() * 1.1f;
    for (const SideMarker& m : side_markers_for(camera, int(size.x), int(size.y), body, sagittal)) {
        ImVec2 at(std::max(m.at.x, left_edge + r + 6.0f), m.at.y); // not under the panel
        // Below the caption or the colour key when it would sit on one.
        for (const ScreenRect& box : keep_clear)
            if (ScreenRect{at.x - r, at.y - r, at.x + r, at.y + r}.overlaps(box)) {
                if (box.y1 + 2.0f * r + 6.0f < size.y)
                    at.y = std::max(at.y, box.y1 + r + 6.0f);
                else // a box as tall as the window (the key in one column): beside it
                    at.x = std::min(at.x, box.x0 - r - 6.0f);
            }
        dl->AddCircleFilled(at, r, IM_COL32(15, 17, 22, 210));
        dl->AddCircle(at, r, IM_COL32(235, 235, 230, 200), 0, 1.5f);
        const ImVec2 text = ImGui::CalcTextSize(m.letter.c_str());
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize() * 1.2f,
                    ImVec2(at.x - text.x * 0.6f, at.y - text.y * 0.6f), IM_COL32(245, 245, 240, 255), m.letter.c_str());
        keep_clear.push_back({at.x - r, at.y - r, at.x + r, at.y + r});
    }
}

} // namespace dv::app
