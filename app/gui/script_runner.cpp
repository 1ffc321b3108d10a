#include "gui/script_runner.h"

#include "gui/app.h"
#include "gui/window.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <iostream>

namespace dv::app {

namespace {
constexpr int kFindFrames = 30;     // a label may take a few frames to appear (a combo's popup)
constexpr int kScrollFrames = 200;  // scrolling the panel to a control
constexpr int kDragSteps = 10;
// Dear ImGui sizes an auto-resizing window on its first frame and shows it
// on the next: the script starts when the panel is on screen.
constexpr long kStartFrames = 2;

float number(const std::string& s) { return std::stof(s); }
bool has(const std::vector<std::string>& words, std::size_t from, const char* word) {
    return std::find(words.begin() + long(std::min(from, words.size())), words.end(), word) != words.end();
}
int button_of(const std::vector<std::string>& words, std::size_t from) {
    return has(words, from, "right") ? 1 : has(words, from, "middle") ? 2 : 0;
}
ImVec2 centre(const ScreenRect& r) { return ImVec2(0.5f * (r.x0 + r.x1), 0.5f * (r.y0 + r.y1)); }
} // namespace

ScriptRunner::ScriptRunner(std::vector<ScriptAction> actions, std::string name)
    : actions_(std::move(actions)), name_(std::move(name)) {}

void ScriptRunner::inject(App& app) {
    ++frame_number_;
    FrameInput in;
    in.mouse = mouse_;
    finishing_ = false;
    if (!finished() && frame_number_ > kStartFrames)
        plan(in, app);
    mouse_ = in.mouse;
    apply(in, app.window());
}

void ScriptRunner::apply(const FrameInput& in, Window& window) {
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = kFrameSeconds;
    io.MousePos = in.mouse;
    for (int b = 0; b < 3; ++b)
        io.MouseDown[b] = in.down[b];
    io.MouseWheel = in.wheel;
    io.MouseWheelH = 0.0f;
    if (held_key_ != 0)
        io.KeysDown[held_key_] = false;
    held_key_ = in.key;
    if (in.key != 0)
        io.KeysDown[in.key] = true;
    io.KeyCtrl = in.ctrl;
    io.KeyShift = in.shift;
    io.KeyAlt = false;
    io.KeySuper = false;
    if (in.key_edge)
        window.press_key(in.key);
    for (char c : in.chars)
        io.AddInputCharacter(static_cast<unsigned int>(static_cast<unsigned char>(c)));
}

void ScriptRunner::plan(FrameInput& in, App& app) {
    const ScriptAction& a = action();
    ++frames_;
    if (a.verb == "click" || a.verb == "doubleclick" || a.verb == "hover" || a.verb == "check" ||
        a.verb == "select") {
        plan_pointer(in, app);
    } else if (a.verb == "set") {
        finishing_ = plan_set(in);
    } else if (a.verb == "key") {
        finishing_ = plan_key(in);
    } else if (a.verb == "drag") {
        finishing_ = plan_drag(in, app);
    } else if (a.verb == "wheel") {
        const bool landmark = a.args[0].starts_with("@");
        if (phase_ == 0)
            target_ = landmark ? landmark_at(app, a.args[0]) : ImVec2(number(a.args[0]), number(a.args[1]));
        in.mouse = target_;
        in.wheel = phase_ == 1 ? number(a.args[landmark ? 1 : 2]) : 0.0f;
        finishing_ = phase_++ == 2;
    } else if (a.verb == "wait") {
        finishing_ = frames_ >= int(number(a.args[0]));
    } else if (a.verb == "resize") {
        if (phase_ == 0)
            app.window().set_size(int(number(a.args[0])), int(number(a.args[1])));
        finishing_ = phase_++ == 2;
    } else if (a.verb == "settle") {
        if (frames_ > 900)
            throw ScriptError(a.line, "the window did not settle within 900 frames: a sweep still running?");
    }
}

void ScriptRunner::plan_pointer(FrameInput& in, const App& app) {
    const ScriptAction& a = action();
    const bool point = a.args.size() >= 2 && is_script_number(a.args[0]) && is_script_number(a.args[1]);
    const bool landmark = a.args[0].starts_with("@");
    const std::size_t options = point ? 2 : 1;
    if (phase_ == 0) { // where to: a point, a landmark, or a control by its label
        if (point) {
            target_ = ImVec2(number(a.args[0]), number(a.args[1]));
        } else if (landmark) {
            target_ = landmark_at(app, a.args[0]);
        } else if (a.verb == "doubleclick" && is_script_overlay(a.args[0])) {
            target_ = overlay_at(app, a.args[0]);
        } else {
            const bool entry = a.verb == "select" && stage_ == 1;
            const bool key = has(a.args, options, "key"); // an entry of the colour key
            const ui::Control* c =
                find_control(entry ? a.args[1] : a.args[0], entry ? a.args[0] : key ? "Colour key" : "", in);
            if (!c)
                return;
            if (a.verb == "check" && c->checked == (a.args[1] == "on")) {
                finishing_ = true; // already as asked
                return;
            }
            target_ = centre(c->rect);
        }
        in.mouse = target_;
        phase_ = 1;
        return;
    }
    in.mouse = target_;
    if (a.verb == "hover") {
        finishing_ = phase_++ >= 3; // time for a tooltip to show
        return;
    }
    const int clicks = a.verb == "doubleclick" ? 2 : 1;
    // A click on the body acts once the double-click time has passed: wait for it.
    // `nowait`: on at once, to see what the window shows while the click waits.
    const bool done = plan_click(in, button_of(a.args, options), has(a.args, options, "ctrl"),
                                 has(a.args, options, "shift"), clicks) &&
                      (!app.click_pending() || has(a.args, options, "nowait"));
    if (done && a.verb == "select" && stage_ == 0) {
        stage_ = 1; // the popup is open: now its entry
        phase_ = 0;
        return;
    }
    finishing_ = done;
}

// Phases 1.. of a click at target_: press, release (twice for a double
// click), one quiet frame for the App to act on it. True on the last frame.
bool ScriptRunner::plan_click(FrameInput& in, int button, bool ctrl, bool shift, int clicks) {
    in.ctrl = ctrl;
    in.shift = shift;
    const int step = phase_ - 1; // 0 press, 1 release, (2 press, 3 release,) then quiet
    if (step == 0) {
        // Two single clicks at one place would read as a double click: wait it out.
        const ImGuiIO& io = ImGui::GetIO();
        const float since = float(frame_number_ - last_press_frame_) * kFrameSeconds;
        const float dx = target_.x - last_press_at_.x, dy = target_.y - last_press_at_.y;
        if (since <= io.MouseDoubleClickTime + 0.05f && dx * dx + dy * dy < 100.0f)
            return false;
    }
    if (step < 2 * clicks && step % 2 == 0) {
        in.down[button] = true;
        last_press_frame_ = frame_number_;
        last_press_at_ = target_;
    }
    ++phase_;
    return step >= 2 * clicks;
}

ImVec2 ScriptRunner::landmark_at(const App& app, const std::string& word) const {
    const auto at = app.landmark_on_screen(word.substr(1));
    if (!at)
        throw ScriptError(action().line, "no landmark '" + word.substr(1) + "' in sight (see 'dermaview landmarks')");
    return ImVec2(at->x0, at->y0);
}

bool ScriptRunner::plan_set(FrameInput& in) {
    const ScriptAction& a = action();
    if (stage_ == 0) {
        if (phase_ == 0) {
            const ui::Control* c = find_control(a.args[0], "", in);
            if (!c)
                return false;
            if (c->kind != ui::Kind::Slider && c->kind != ui::Kind::Input)
                throw ScriptError(a.line, "'" + a.args[0] + "' is a " + std::string(ui::kind_name(c->kind)) +
                                              ", not a slider or a field: use click, check or select");
            target_is_slider_ = c->kind == ui::Kind::Slider;
            target_ = centre(c->rect);
            in.mouse = target_;
            phase_ = 1;
            return false;
        }
        in.mouse = target_;
        // Ctrl+click turns a slider into a field to type in.
        if (plan_click(in, 0, target_is_slider_, false, 1)) {
            stage_ = 1;
            phase_ = 0;
        }
        return false;
    }
    in.mouse = target_;
    switch (phase_++) {
    case 0: // select what is there, to type over it
        in.key = GLFW_KEY_A;
        in.ctrl = true;
        return false;
    case 1: return false;
    case 2: in.chars = a.args[1]; return false;
    case 3: in.key = GLFW_KEY_ENTER; return false;
    case 4: return false;
    default: return true;
    }
}

bool ScriptRunner::plan_key(FrameInput& in) {
    const ScriptAction& a = action();
    const KeyChord chord = parse_key(a.args[0], a.line);
    const int presses = a.args.size() > 1 ? int(number(a.args[1])) : 1;
    const int step = phase_++;
    if (step % 2 == 0 && step < 2 * presses) { // pressed this frame, up the next
        in.key = chord.key;
        in.key_edge = true;
    }
    in.ctrl = chord.ctrl;
    in.shift = chord.shift;
    return step == 2 * presses;
}

ImVec2 ScriptRunner::overlay_at(const App& app, const std::string& name) const {
    const auto box = app.overlay_on_screen(name);
    if (!box)
        throw ScriptError(action().line, "the " + std::string(name == "key" ? "colour key" : "caption") +
                                             " is not on screen now");
    return ImVec2(box->x0 + 3.0f, box->y0 + 2.0f); // its margin: the key's swatches are buttons
}

bool ScriptRunner::plan_drag(FrameInput& in, const App& app) {
    const ScriptAction& a = action();
    const bool overlay = is_script_overlay(a.args[0]);
    if (overlay && phase_ == 0) // an overlay by its margin, DX DY from there
        target_ = overlay_at(app, a.args[0]);
    const ImVec2 from = overlay ? target_ : ImVec2(number(a.args[0]), number(a.args[1]));
    const ImVec2 to = overlay ? ImVec2(from.x + number(a.args[1]), from.y + number(a.args[2]))
                              : ImVec2(number(a.args[2]), number(a.args[3]));
    const int button = overlay ? 0 : button_of(a.args, 4);
    in.shift = !overlay && has(a.args, 4, "shift");
    in.ctrl = !overlay && has(a.args, 4, "ctrl");
    const int step = phase_++;
    const float t = std::clamp(float(step - 1) / float(kDragSteps), 0.0f, 1.0f);
    in.mouse = ImVec2(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
    in.down[button] = step >= 1 && step <= kDragSteps + 1;
    return step == kDragSteps + 3;
}

const ui::Control* ScriptRunner::find_control(const std::string& label, const std::string& combo, FrameInput& in) {
    const ScriptAction& a = action();
    std::string why;
    const ui::Control* c = ui::registry().unique(label, combo, why);
    if (!c && ui::registry().find(label, combo).empty() && frames_ < kFindFrames)
        return nullptr; // a popup or a section may take a frame to draw
    if (!c)
        throw ScriptError(a.line, why);
    const std::string what = combo.empty() ? "'" + label + "'" : "'" + label + "' in the combo '" + combo + "'";
    if (!c->enabled)
        throw ScriptError(a.line, what + " is greyed out now");
    if (c->rect.y0 >= c->visible.y0 - 0.5f && c->rect.y1 <= c->visible.y1 + 0.5f)
        return c;
    if (frames_ > kScrollFrames)
        throw ScriptError(a.line, what + " cannot be scrolled into view");
    in.mouse = centre(c->visible); // the wheel over its window scrolls it there
    in.wheel = c->rect.y1 > c->visible.y1 ? -1.0f : 1.0f;
    return nullptr;
}

void ScriptRunner::next_action() {
    ++index_;
    phase_ = stage_ = frames_ = 0;
}

void ScriptRunner::fail(const std::string& what) {
    ++failures_;
    std::cerr << name_ << ":" << action().line << ": " << what << "\n";
}

void ScriptRunner::after_frame(App& app) {
    if (finished() || frame_number_ < kStartFrames)
        return;
    const ScriptAction& a = action();
    if (finishing_) {
        if (a.verb == "check") { // the box shows what was asked
            const auto found = ui::registry().find(a.args[0]);
            if (found.size() == 1 && found.front()->checked != (a.args[1] == "on"))
                fail("check " + a.args[0] + " " + a.args[1] + ": it is still " + (a.args[1] == "on" ? "off" : "on"));
        }
        next_action();
    }
    while (!finished() && run_now(app))
        next_action();
}

} // namespace dv::app
