// The browser build's host: the same App as the desktop window (app/gui),
// driven by the browser's animation frames instead of a loop, with the scene
// read from and written to the page's link, figures offered as downloads,
// and a small API for the page and its tests (window.dermaview in
// app/web/page/dermaview-page.js; docs/web.md).
#include "gui/app.h"
#include "gui/script_runner.h"
#include "scene_options.h"
#include "web/scene_link.h"

#include <emscripten.h>
#include <emscripten/html5.h>
#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <imgui.h>

#include <cfloat>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

// The page's side of these calls is in app/web/page/dermaview-page.js.
EM_JS(void, page_download, (const char* path), { Module.dermaviewDownload(UTF8ToString(path)); });
EM_JS(void, page_set_link, (const char* link), { Module.dermaviewSetLink(UTF8ToString(link)); });
EM_JS(void, page_failed, (const char* message), { Module.dermaviewFailed(UTF8ToString(message)); });

namespace dv::app {
namespace {

// Save figure writes here; every PNG that appears is offered as a download
// and emptied (the name stays taken, so numbers keep counting up).
const char* kFiguresFolder = "/figures";

struct Page {
    std::unique_ptr<App> app;
    std::optional<ScriptRunner> script;
    std::string script_state = "idle"; // idle, running, passed, failed: WHY
    std::chrono::steady_clock::time_point last = std::chrono::steady_clock::now();
    long frames = 0;
    float ratio = 1.0f; // device pixels per CSS pixel
    std::string link;
    std::string answer; // the last string handed to JavaScript
};
Page page;

// The canvas's drawing buffer follows its size on the page times the
// device pixel ratio, so the body is sharp on high-density screens.
void fit_canvas(Window& window) {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const double ratio = emscripten_get_device_pixel_ratio();
    page.ratio = float(ratio);
    const int w = std::max(1, int(std::lround(css_w * ratio))), h = std::max(1, int(std::lround(css_h * ratio)));
    int now_w = 0, now_h = 0;
    glfwGetWindowSize(window.handle(), &now_w, &now_h);
    if (w != now_w || h != now_h)
        glfwSetWindowSize(window.handle(), w, h);
}

// Dear ImGui and the App work in window units and draw at
// DisplayFramebufferScale pixels per unit, as on a desktop high-density
// screen. Emscripten's GLFW knows no content scale (window units are canvas
// pixels), so its sizes and the pointer are turned into window units here,
// after the GLFW backend has set them and before Dear ImGui reads them: the
// panel and its text keep their size on the page at any pixel ratio.
void use_window_units() {
    ImGuiIO& io = ImGui::GetIO();
    const float r = page.ratio > 0.0f ? page.ratio : 1.0f;
    io.DisplayFramebufferScale = ImVec2(r, r);
    io.DisplaySize = ImVec2(io.DisplaySize.x / r, io.DisplaySize.y / r);
    if (io.MousePos.x > -FLT_MAX / 2)
        io.MousePos = ImVec2(io.MousePos.x / r, io.MousePos.y / r);
}

void offer_downloads() {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(kFiguresFolder, ec)) {
        if (entry.path().extension() != ".png" || entry.file_size(ec) == 0)
            continue;
        const std::string path = entry.path().string();
        page_download(path.c_str());
        std::filesystem::resize_file(entry.path(), 0, ec);
    }
}

void update_link(const Scene& scene) {
    std::string link = scene_link(scene);
    if (link == page.link)
        return;
    page.link = std::move(link);
    page_set_link(page.link.c_str());
}

void run_script_step(App& app, bool after) {
    try {
        if (after)
            page.script->after_frame(app);
        else
            page.script->inject(app);
        if (after && page.script->finished()) {
            page.script_state = page.script->exit_code() == 0 ? "passed" : "failed: an expectation did not hold";
            page.script.reset();
        }
    } catch (const ScriptError& e) {
        page.script_state = "failed: line " + std::to_string(e.line) + ": " + e.what();
        page.script.reset();
    }
}

void frame(void*) {
    App& app = *page.app;
    Window& window = app.window();
    fit_canvas(window);
    // The browser clears the canvas after showing it, lazily, at the first
    // draw or clear of the next frame; a blit is neither (Chromium 156), so
    // the renderer's blit of the body was wiped by the panel's first draw.
    // A clear first makes the browser do its own clear now.
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    window.begin_frame([&] {
        use_window_units();
        if (page.script)
            run_script_step(app, false);
    });
    const auto now = std::chrono::steady_clock::now();
    // A script counts its own time, as on the desktop (docs/scripting.md).
    const float dt = page.script ? ScriptRunner::kFrameSeconds : std::chrono::duration<float>(now - page.last).count();
    page.last = now;
    app.frame(dt, window.take_key_presses());
    if (page.script)
        run_script_step(app, true);
    window.swap();
    app.after_swap();
    offer_downloads();
    update_link(app.scene());
    ++page.frames;
}

} // namespace
} // namespace dv::app

using dv::app::page;

extern "C" {
// Frames drawn so far; the page is ready when this is above zero.
EMSCRIPTEN_KEEPALIVE int dermaview_frames() { return int(page.frames); }
// The scene as a link ("map=evidence&levels=T4,T10").
EMSCRIPTEN_KEEPALIVE const char* dermaview_link() { return page.link.c_str(); }
// What the skin under the pointer answers ("C6 70 %, ..."), empty when nothing.
EMSCRIPTEN_KEEPALIVE const char* dermaview_hover_text() {
    page.answer = page.app ? page.app->hover_text() : "";
    return page.answer.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* dermaview_notice() {
    page.answer = page.app ? page.app->notice_text() : "";
    return page.answer.c_str();
}
// The window's scene as a figure would save it, camera included, as JSON
// (docs/figures.md).
EMSCRIPTEN_KEEPALIVE const char* dermaview_scene() {
    page.answer = page.app ? dv::scene_to_json(page.app->figure_scene()) : "";
    return page.answer.c_str();
}
// Starts a script in the window's script language (docs/scripting.md) over
// the next frames; returns "" or why it was refused. dermaview_script_state
// says "running", "passed" or "failed: ...".
EMSCRIPTEN_KEEPALIVE const char* dermaview_run_script(const char* text) {
    try {
        page.script.emplace(dv::app::parse_script(text), "page script");
        page.script_state = "running";
        page.answer.clear();
    } catch (const dv::app::ScriptError& e) {
        page.answer = "line " + std::to_string(e.line) + ": " + e.what();
    }
    return page.answer.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* dermaview_script_state() { return page.script_state.c_str(); }
}

int main(int argc, char** argv) {
    using namespace dv::app;
    try {
        // The page passes its link as the only argument (web/shell.js).
        std::vector<std::string> words = link_to_flags(argc > 1 ? argv[1] : "");
        std::vector<char*> flags = {argv[0]};
        for (std::string& w : words)
            flags.push_back(w.data());
        const dv::cli::Args args(scene_options(), int(flags.size()), flags.data(), 1);
        AppOptions options;
        apply_scene_options(args, options.scene);
        std::filesystem::create_directories(kFiguresFolder);
        options.figures_folder = kFiguresFolder;
        double css_w = 0, css_h = 0;
        emscripten_get_element_css_size("#canvas", &css_w, &css_h);
        const double ratio = emscripten_get_device_pixel_ratio();
        options.width = std::max(320, int(css_w * ratio));
        options.height = std::max(240, int(css_h * ratio));
        page.app = std::make_unique<App>(options);
    } catch (const std::exception& e) {
        std::cerr << "dermaview: " << e.what() << "\n";
        page_failed(e.what());
        return 1;
    }
    emscripten_set_main_loop_arg(frame, nullptr, 0, true);
    return 0;
}
