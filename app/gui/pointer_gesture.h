#pragma once
// The mouse over the body, told apart as a lecturer expects: a press that
// moves less than kDragThreshold before its release is a click; past it, a
// drag (left: orbit, right, middle or Shift+left: pan) that moves the body
// from where the button went down, so a fast move just before the press
// never makes the camera jump. The second press of a double click is not a
// click of its own. Read from Dear ImGui's input, so presses on the panel or
// the overlays never reach the body.
#include <imgui.h>

namespace dv::app {

struct PointerFrame {
    ImVec2 orbit{0, 0}, pan{0, 0}; // window units moved this frame
    float wheel = 0.0f;            // notches, positive: towards the body
    ImVec2 at{0, 0};               // the mouse now
    bool click = false;            // a left click ended here (the release)
    bool double_click = false;     // the second press of a double click
    bool ctrl = false, shift = false; // held at the click
    bool busy = false;             // a button is held over the body
};

class PointerGesture {
public:
    static constexpr float kDragThreshold = 4.0f; // window units

    // This frame's gesture; call once a frame, after Dear ImGui's NewFrame.
    PointerFrame update();

private:
    bool down_[3] = {false, false, false};     // pressed over the body, not yet released
    bool dragging_[3] = {false, false, false};
    bool pan_[3] = {false, false, false};      // this drag pans (decided at the press)
    ImVec2 last_[3];
    bool second_press_ = false; // the left button's press was a double click's second
};

} // namespace dv::app
