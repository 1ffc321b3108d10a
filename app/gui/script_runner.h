#pragma once
// Runs a script (gui/script.h) in the real window, one step per frame: its
// mouse moves, clicks, wheel, keys and typed text go into Dear ImGui's IO
// where the GLFW backend puts real ones, and key presses into the window's
// own key queue, so the real widgets and the App handle them. Controls are
// found by their visible labels as the panel last drew them
// (gui/ui_controls.h). Time is counted in frames of kFrameSeconds each,
// never by the clock, so a script does the same thing on any machine.
#include "gui/script.h"
#include "gui/ui_controls.h"

#include <imgui.h>

#include <string>
#include <vector>

namespace dv::app {

class App;
class Window;

class ScriptRunner {
public:
    // Script time per frame: a 0.35 s camera move takes 7 frames, a double click
    // must come within 6.
    static constexpr float kFrameSeconds = 1.0f / 20.0f;

    // `name` is the script's file, for messages.
    ScriptRunner(std::vector<ScriptAction> actions, std::string name);

    // In Window::begin_frame's hook: this frame's input. Throws ScriptError.
    void inject(App& app);
    // After the frame is drawn, before it is shown: checks, screenshots,
    // and on to the next action. Throws ScriptError.
    void after_frame(App& app);

    bool finished() const { return index_ >= actions_.size(); }
    // 0 when every expectation held, 1 when one did not.
    int exit_code() const { return failures_ == 0 ? 0 : 1; }
    const std::string& name() const { return name_; }

private:
    struct FrameInput {
        ImVec2 mouse;
        bool down[3] = {false, false, false};
        float wheel = 0.0f;
        bool ctrl = false, shift = false;
        int key = 0;           // held this frame (GLFW code)
        bool key_edge = false; // its press, for the App's key queue
        std::string chars;     // typed this frame
    };

    const ScriptAction& action() const { return actions_[index_]; }
    void plan(FrameInput& in, App& app);
    void plan_pointer(FrameInput& in, const App& app);
    bool plan_click(FrameInput& in, int button, bool ctrl, bool shift, int clicks);
    bool plan_set(FrameInput& in);
    // Where the landmark named by "@name" is on screen now; throws when none is in sight.
    ImVec2 landmark_at(const App& app, const std::string& word) const;
    bool plan_key(FrameInput& in);
    bool plan_drag(FrameInput& in, const App& app);
    // A point in the margin of an overlay ("caption", "key"); throws when it is not shown.
    ImVec2 overlay_at(const App& app, const std::string& name) const;
    // The control with this label (a combo's entry when `combo` is given),
    // when it can be clicked now; otherwise fills `in` with a wait or a
    // scroll towards it and returns null. Throws when it is not there.
    const ui::Control* find_control(const std::string& label, const std::string& combo, FrameInput& in);
    void apply(const FrameInput& in, Window& window);
    void next_action();
    // Zero-frame actions (expect, screenshot, edit, a settled settle) at the end of a frame.
    bool run_now(App& app);
    void expect(App& app);
    void fail(const std::string& what);

    std::vector<ScriptAction> actions_;
    std::string name_;
    std::size_t index_ = 0;
    int phase_ = 0;   // frames of this action (or of its stage) so far
    int stage_ = 0;   // select: 0 the combo, 1 its entry; set: 0 the click, 1 the typing
    int frames_ = 0;  // frames this action has taken, for its limits
    bool finishing_ = false;
    ImVec2 mouse_{-1.0f, -1.0f};
    ImVec2 target_;
    long frame_number_ = 0;
    long last_press_frame_ = -1000;
    ImVec2 last_press_at_{-1000.0f, -1000.0f};
    int held_key_ = 0;
    bool target_is_slider_ = false;
    int failures_ = 0;
};

} // namespace dv::app
