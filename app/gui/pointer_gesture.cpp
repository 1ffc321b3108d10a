#include "gui/pointer_gesture.h"

namespace dv::app {

PointerFrame PointerGesture::update() {
    const ImGuiIO& io = ImGui::GetIO();
    PointerFrame out;
    out.at = io.MousePos;
    out.ctrl = io.KeyCtrl;
    out.shift = io.KeyShift;
    if (!io.WantCaptureMouse)
        out.wheel = io.MouseWheel;
    for (int b = 0; b < 3; ++b) {
        if (ImGui::IsMouseClicked(b) && !io.WantCaptureMouse) {
            down_[b] = true;
            dragging_[b] = false;
            pan_[b] = b != 0 || io.KeyShift;
            last_[b] = io.MouseClickedPos[b]; // where it went down, not where the mouse was a frame ago
            if (b == 0) {
                second_press_ = ImGui::IsMouseDoubleClicked(0);
                out.double_click = second_press_;
            }
        }
        if (!down_[b])
            continue;
        if (io.MouseDown[b]) {
            const float dx = io.MousePos.x - io.MouseClickedPos[b].x, dy = io.MousePos.y - io.MouseClickedPos[b].y;
            dragging_[b] = dragging_[b] || dx * dx + dy * dy > kDragThreshold * kDragThreshold;
            if (dragging_[b]) {
                const ImVec2 d(io.MousePos.x - last_[b].x, io.MousePos.y - last_[b].y);
                ImVec2& to = pan_[b] ? out.pan : out.orbit;
                to = ImVec2(to.x + d.x, to.y + d.y);
                last_[b] = io.MousePos;
            }
            out.busy = true;
            continue;
        }
        // Released: a click unless it moved past the threshold or was a double click's second press.
        down_[b] = false;
        if (b == 0 && !dragging_[b] && !second_press_)
            out.click = true;
        if (b == 0)
            second_press_ = false;
    }
    return out;
}

} // namespace dv::app
