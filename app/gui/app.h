#pragma once
// The window as an App of named steps: input, map sync, the body, overlays,
// the panel, notices and figure saving, each a member a test or a script
// can call. Its state is a Scene (engine/scene/scene.h), the one value a
// saved figure carries, plus the few things only the window has: the moving
// camera, the panel's own switches, the sweep's clock, the last notice.
#include "gui/camera_input.h"
#include "gui/exam_panel.h"
#include "gui/figure_panel.h"
#include "gui/lesion_panel.h"
#include "gui/levels_state.h"
#include "gui/window_maps.h"
#include "gui/panel.h"
#include "gui/window.h"
#include "gui/window_sensory.h"
#include "figure/figure.h"
#include "model/body_model.h"
#include "render/renderer.h"
#include "scene/scene.h"

#include <optional>
#include <span>
#include <string>

namespace dv::app {

struct AppOptions {
    Scene scene;                 // from the command line (--map, --levels, --view, ...)
    int width = 1280, height = 800;
    std::string figures_folder;  // where Save figure writes
    bool scripted = false;       // --script: map edits are looked for every frame
};

class App {
public:
    // Loads the body and the map before the window opens, so a bad file
    // fails fast with no window flashing up; throws dv::Error.
    explicit App(const AppOptions& options);

    // One frame, dt seconds after the last; `keys` are the GLFW keys pressed
    // since then. Ends with the frame drawn, not yet shown (see Window::swap).
    void frame(float dt, std::span<const int> keys);

    // The steps of a frame, in order.
    void handle_input(float dt, std::span<const int> keys);
    void sync_maps(float dt);
    void draw_body();
    void probe_skin();     // the tooltip under the mouse; a click lights its root
    void draw_overlays();  // caption, colour key, labels
    void draw_ui(float dt); // the panel and the notice
    // Renders the figure offscreen and saves it under the next free number;
    // a failure is told in the notice and the window goes on.
    void save_figure();
    void after_swap();     // what must wait until the frame is shown (a requested save)

    // The window's state as a figure's scene (camera, size and overlays included).
    Scene figure_scene() const;

    // What a script or test can look at.
    Window& window() { return window_; }
    const Scene& scene() const { return scene_; }
    std::string hover_text() const { return hover_text_; }
    std::string notice_text() const { return figure_.notice_seconds > 0.0f ? figure_.notice : std::string(); }
    std::string map_error() const { return maps_.map_error(); }
    std::string compare_error() const { return maps_.compare_error(); }
    // The boxes of the window's own widgets (the panel, the notice) this frame:
    // what is not the picture of the body.
    std::vector<ScreenRect> widget_boxes() const { return {panel_.rect(), figure_.notice_box}; }
    // No camera move, cross-fade, sweep or exam paint waiting for the typing to pause.
    bool settled() const {
        return !input_.transition.active() && !maps_.fading() && !sweep_.running && exam_quiet_ >= kExamPaintPause;
    }
    void framebuffer_size(int& w, int& h) const { w = fb_w_; h = fb_h_; }
    // Where a landmark (by name; the first of a pair that is in sight) is in
    // the window, in window units; nothing when none is in sight.
    std::optional<ScreenRect> landmark_on_screen(const std::string& name) const;
    // The captions over the body as text: the map's title and, with an exam,
    // its classification.
    const std::string& caption_text() const { return caption_text_; }
    // The sensory paint at every landmark so named, one line each ("left
    // light touch: absent"), for the modalities the body shows; empty when
    // the body shows no sensation or there is no such landmark.
    std::vector<std::string> sensation_at(const std::string& landmark) const;

private:
    RenderSettings render_settings() const;
    bool one_view() const; // not side by side
    // What the window shows of the body: one view, or two side by side, each
    // with its camera, its part of the window (framebuffer pixels) and its map.
    struct ViewPart {
        Camera camera;
        int x = 0, width = 0;
        const PreparedMap* map = nullptr;
        float map_mix = 0.0f;
    };
    std::vector<ViewPart> view_parts() const;
    void apply_camera_requests();
    // With an exam: a click on a key point selects its cell (true), and the
    // key points are drawn with their scores (app/gui/app_exam.cpp).
    bool select_clicked_key_point();
    void draw_exam_points();

    // The body and everything prepared from it (engine/model/body_model.h),
    // and the maps on it: all the App knows of how they are prepared.
    BodyTimes times_;
    BodyModel model_;
    WindowMaps maps_;
    Window window_;
    Renderer renderer_;

    Scene scene_;
    PanelState panel_;
    FigurePanelState figure_;
    LevelSweep sweep_;
    LesionPanelState lesion_;
    ExamPanelState exam_;
    std::string painted_exam_;         // the scene's exam as last seen, to tell when typing pauses
    float exam_quiet_ = 1.0f;          // seconds since the exam last changed
    static constexpr float kExamPaintPause = 0.15f;
    std::string caption_text_;
    WindowSensory sensory_;
    CameraInput input_;
    std::optional<FigureFonts> fonts_;
    std::string hover_text_;
    int fb_w_ = 0, fb_h_ = 0;
    bool body_changed_ = true; // the body's pixels must be drawn again
    Camera last_camera_;
    RenderSettings last_settings_;
    int last_w_ = 0, last_h_ = 0;
};

} // namespace dv::app
