#include "gui/window.h"

#include "core/error.h"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <utility>

namespace dv::app {

namespace {
std::string g_last_glfw_error;
void on_glfw_error(int, const char* text) { g_last_glfw_error = text ? text : ""; }

const char* kHeadlessHint = "To make images without a window, use 'dermaview render -o body.png' "
                            "(see 'dermaview render --help'); it needs no display.";
} // namespace

Window::Window(int width, int height, const std::string& title) {
    glfwSetErrorCallback(on_glfw_error);
#ifndef __EMSCRIPTEN__ // a page always has its canvas (app/web, docs/web.md)
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((!display || !*display) && (!wayland || !*wayland))
        throw Error(std::string("cannot open a window: no display (DISPLAY and WAYLAND_DISPLAY are unset). ") +
                    kHeadlessHint);
#endif
    if (!glfwInit())
        throw Error("cannot open a window: " + g_last_glfw_error + ". " + kHeadlessHint);

    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    // The renderer antialiases offscreen and blits, so the window needs no samples.
    glfwWindowHint(GLFW_SAMPLES, 0);
    window_ = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
    if (!window_) {
        const std::string why = g_last_glfw_error;
        glfwTerminate();
        throw Error("cannot create a window with an OpenGL 3.3 core context: " + why +
                    ". Update the graphics driver, or try LIBGL_ALWAYS_SOFTWARE=1. " + kHeadlessHint);
    }
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
    try {
        gl_ = load_gl(glfwGetProcAddress);
    } catch (...) {
        glfwDestroyWindow(window_);
        glfwTerminate();
        throw;
    }

    // Installed before Dear ImGui's own callbacks, which chain to it.
    glfwSetWindowUserPointer(window_, this);
    glfwSetKeyCallback(window_, on_key);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr; // layout is ours; no imgui.ini litter in the working folder
    ImGui::StyleColorsDark();
    // A proportional font at a size a lecture hall can read; Dear ImGui's
    // built-in 13 px bitmap font is the fallback when DejaVu is missing.
    const char* font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    std::error_code ec;
    if (std::filesystem::is_regular_file(font, ec))
    {
        // Latin-1 plus general punctuation: citations use en dashes.
        static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2010, 0x206F, 0};
        normal_font_ = ImGui::GetIO().Fonts->AddFontFromFileTTF(font, 17.0f, nullptr, ranges);
        large_font_ = ImGui::GetIO().Fonts->AddFontFromFileTTF(font, 34.0f, nullptr, ranges);
    }
    ImGui_ImplGlfw_InitForOpenGL(window_, true);
    ImGui_ImplOpenGL3_Init(glsl_version());
    imgui_ready_ = true;
}

Window::~Window() {
    if (imgui_ready_) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
    if (window_)
        glfwDestroyWindow(window_);
    glfwTerminate();
}

void Window::set_fullscreen(bool on) {
    if (on == fullscreen_)
        return;
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    if (on && mode) {
        glfwGetWindowPos(window_, &windowed_[0], &windowed_[1]);
        glfwGetWindowSize(window_, &windowed_[2], &windowed_[3]);
        glfwSetWindowMonitor(window_, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
        fullscreen_ = true;
    } else if (!on) {
        glfwSetWindowMonitor(window_, nullptr, windowed_[0], windowed_[1], windowed_[2], windowed_[3], 0);
        fullscreen_ = false;
    }
}

void Window::set_large_text(bool on) {
    if (large_font_) // without DejaVu, the built-in font scaled up
        ImGui::GetIO().FontDefault = static_cast<ImFont*>(on ? large_font_ : normal_font_);
    else
        ImGui::GetIO().FontGlobalScale = on ? 2.0f : 1.0f;
}

bool Window::should_close() const { return glfwWindowShouldClose(window_); }

void Window::framebuffer_size(int& width, int& height) const { glfwGetFramebufferSize(window_, &width, &height); }

void Window::begin_frame(const std::function<void()>& override_input) {
    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (override_input)
        override_input();
    ImGui::NewFrame();
}

void Window::set_size(int width, int height) {
    glfwSetWindowSize(window_, width, height);
    // The X server answers asynchronously; wait (briefly) for the new size to arrive.
    for (int i = 0; i < 100; ++i) {
        glfwWaitEventsTimeout(0.01);
        int w = 0, h = 0;
        glfwGetWindowSize(window_, &w, &h);
        if (w == width && h == height)
            break;
    }
}

void Window::end_frame() {
    ImGui::Render();
    int w = 0, h = 0;
    framebuffer_size(w, h);
    glViewport(0, 0, w, h);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void Window::on_key(GLFWwindow* window, int key, int, int action, int) {
    if (action == GLFW_PRESS)
        static_cast<Window*>(glfwGetWindowUserPointer(window))->key_presses_.push_back(key);
}

std::vector<int> Window::take_key_presses() { return std::exchange(key_presses_, {}); }

void Window::swap() {
    glfwSwapBuffers(window_);
    // For tools/bench.sh: the moment the first frame is handed to the display,
    // on the system-wide monotonic clock, so the launcher can subtract the
    // time it started the process. Off unless asked for.
    if (!first_frame_reported_ && std::getenv("DERMAVIEW_REPORT_FIRST_FRAME")) {
        glFinish();
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        std::fprintf(stderr, "dermaview: first frame presented at monotonic %.3f ms\n",
                     double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6);
    }
    first_frame_reported_ = true;
}

void Window::wait_while_minimised() {
    int w = 0, h = 0;
    framebuffer_size(w, h);
    while ((w == 0 || h == 0) && !should_close()) {
        glfwWaitEvents();
        framebuffer_size(w, h);
    }
}

} // namespace dv::app
