#include "gui/side_marker_overlay.h"

#include "figure/figure.h"

#include <imgui.h>

namespace dv::app {

std::vector<ScreenRect> draw_side_markers(const Camera& camera, const ScreenRect& view, const Bounds& body,
                                          const SagittalPlane& sagittal, float size) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    std::vector<ScreenRect> boxes;
    const int w = int(view.x1 - view.x0), h = int(view.y1 - view.y0);
    if (w <= 0 || h <= 0)
        return boxes;
    for (const SideMarker& m : side_markers_for(camera, w, h, body, sagittal)) {
        const ImVec2 text = ImGui::GetFont()->CalcTextSizeA(size, 1e9f, 0.0f, m.letter.c_str());
        const ImVec2 at(view.x0 + m.at.x - 0.5f * text.x, view.y0 + m.at.y - 0.5f * text.y);
        const ScreenRect box{at.x - 6.0f, at.y - 2.0f, at.x + text.x + 6.0f, at.y + text.y + 2.0f};
        dl->AddRectFilled(ImVec2(box.x0, box.y0), ImVec2(box.x1, box.y1), IM_COL32(12, 14, 18, 170), 4.0f);
        dl->AddText(ImGui::GetFont(), size, at, IM_COL32(245, 245, 240, 255), m.letter.c_str());
        boxes.push_back(box);
    }
    return boxes;
}

} // namespace dv::app
