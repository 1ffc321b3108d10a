#pragma once
// The GLFW window with its GL 3.3 core context and Dear ImGui set up on it.
#include "render/gl_loader.h"

#include <functional>
#include <string>
#include <vector>

struct GLFWwindow;

namespace dv::app {

class Window {
public:
    // Throws dv::Error when there is no display or no GL 3.3 context; the
    // message points to `dermaview render` for machines without a display.
    Window(int width, int height, const std::string& title);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    GLFWwindow* handle() const { return window_; }
    const GlInfo& gl() const { return gl_; }
    bool should_close() const;
    void framebuffer_size(int& width, int& height) const;
    // Polls events and starts an ImGui frame. `override_input`, when given,
    // runs after the GLFW backend has read the mouse and keys into Dear
    // ImGui's IO and before Dear ImGui sees them: a script puts its own there.
    void begin_frame(const std::function<void()>& override_input = {});
    void end_frame();   // renders ImGui; call swap() after any read-back
    void swap();
    void wait_while_minimised();
    // Keys pressed since the last call, in order. Dear ImGui 1.86 samples key
    // state once per frame, so a tap shorter than a slow (software GL) frame
    // would be lost; these come straight from GLFW's key events.
    std::vector<int> take_key_presses();
    // A key press as GLFW's key callback records it (scripts send keys so).
    void press_key(int key) { key_presses_.push_back(key); }
    void set_size(int width, int height);
    // Presentation mode: the primary monitor's whole screen, and lettering
    // in a font twice the size (Dear ImGui's default font from the next frame).
    void set_fullscreen(bool on);
    void set_large_text(bool on);
    bool fullscreen() const { return fullscreen_; }

private:
    GLFWwindow* window_ = nullptr;
    GlInfo gl_;
    bool imgui_ready_ = false;
    bool first_frame_reported_ = false;
    bool fullscreen_ = false;
    int windowed_[4] = {0, 0, 0, 0}; // x, y, width, height to return to
    void* normal_font_ = nullptr;    // ImFont*, kept opaque here
    void* large_font_ = nullptr;
    std::vector<int> key_presses_;
    static void on_key(GLFWwindow* window, int key, int scancode, int action, int mods);
};

} // namespace dv::app
