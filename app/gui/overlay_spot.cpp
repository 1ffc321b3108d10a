#include "gui/overlay_spot.h"

#include <imgui.h>
#include <imgui_internal.h> // which window the mouse is moving

#include <algorithm>

namespace dv::app {

namespace {
// Being dragged: Dear ImGui moves the overlay with the mouse. A press that
// has not moved (a click, the second press of a double click) is no drag.
bool dragged(const ImGuiWindow* w) {
    const ImVec2 d = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0.0f);
    return w && GImGui->MovingWindow == w && (d.x != 0.0f || d.y != 0.0f);
}
} // namespace

ScreenRect overlay_box(const OverlaySpot& spot, const ScreenRect& automatic, float width, float height) {
    const float w = automatic.x1 - automatic.x0, h = automatic.y1 - automatic.y0;
    const float room_x = std::max(0.0f, width - w), room_y = std::max(0.0f, height - h);
    const float x = spot.by_hand ? std::clamp(spot.fx, 0.0f, 1.0f) * room_x : std::clamp(automatic.x0, 0.0f, room_x);
    const float y = spot.by_hand ? std::clamp(spot.fy, 0.0f, 1.0f) * room_y : std::clamp(automatic.y0, 0.0f, room_y);
    return {x, y, x + w, y + h};
}

void begin_overlay(const char* id, const OverlaySpot& spot, const ScreenRect& laid_out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    // No smaller than Dear ImGui lets a window be, so that what is kept on
    // screen is the box as drawn (a key of one level is shorter).
    const ImVec2 least = ImGui::GetStyle().WindowMinSize;
    const ScreenRect automatic{laid_out.x0, laid_out.y0, std::max(laid_out.x1, laid_out.x0 + least.x),
                               std::max(laid_out.y1, laid_out.y0 + least.y)};
    if (!dragged(ImGui::FindWindowByName(id))) { // while dragged, Dear ImGui places it
        const ScreenRect at = overlay_box(spot, automatic, display.x, display.y);
        ImGui::SetNextWindowPos(ImVec2(at.x0, at.y0));
    }
    // Its size set, not grown to fit: whole on its first frame.
    ImGui::SetNextWindowSize(ImVec2(automatic.x1 - automatic.x0, automatic.y1 - automatic.y0));
    ImGui::SetNextWindowBgAlpha(0.75f);
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav);
}

ScreenRect end_overlay(OverlaySpot& spot) {
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    if (dragged(ImGui::GetCurrentWindow())) {
        const float room_x = std::max(1.0f, display.x - size.x), room_y = std::max(1.0f, display.y - size.y);
        spot = {true, std::clamp(pos.x / room_x, 0.0f, 1.0f), std::clamp(pos.y / room_y, 0.0f, 1.0f)};
    }
    if (ImGui::IsWindowHovered() && !ImGui::IsAnyItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
        spot = {};
    ImGui::End();
    return {pos.x, pos.y, pos.x + size.x, pos.y + size.y};
}

} // namespace dv::app
