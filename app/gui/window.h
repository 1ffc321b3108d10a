#pragma once
// The GLFW window with its GL 3.3 core context and Dear ImGui set up on it.
#include "render/gl_loader.h"

#include <string>

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
    void begin_frame(); // polls events, starts an ImGui frame
    void end_frame();   // renders ImGui; call swap() after any read-back
    void swap();
    void wait_while_minimised();

private:
    GLFWwindow* window_ = nullptr;
    GlInfo gl_;
    bool imgui_ready_ = false;
};

} // namespace dv::app
