#pragma once
// The window as an App of named steps: input, map sync, the body, overlays,
// the panel, notices and figure saving, each a member a test or a script
// can call. Its state is a Scene (engine/scene/scene.h), the one value a
// saved figure carries, plus the few things only the window has: the moving
// camera, the panel's own switches, the sweep's clock, the last notice.
#include "gui/band_name_overlay.h"
#include "gui/camera_input.h"
#include "gui/caption_overlay.h"
#include "gui/compare_view.h"
#include "gui/exam_panel.h"
#include "gui/figure_panel.h"
#include "gui/lesion_panel.h"
#include "gui/history.h"
#include "gui/legend_overlay.h"
#include "gui/lecture_player.h"
#include "gui/levels_state.h"
#include "gui/pointer_gesture.h"
#include "gui/selection.h"
#include "gui/window_maps.h"
#include "gui/panel.h"
#include "gui/window.h"
#include "gui/window_sensory.h"
#include "body/body_frame.h"
#include "figure/figure.h"
#include "body/body_frame.h"
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
    std::optional<Lecture> lecture; // --lecture: played from its first step
    std::string lecture_file;       // where Ctrl+S saves the steps it adds
    bool present = false;           // --present: full screen, no panel, large lettering
    OverlaySpots overlays;          // where the caption and key were dragged, as remembered
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
    void draw_overlays();  // caption, colour key, labels, the ring of a click waiting to act
    void draw_ui(float dt); // the panel and the notice
    // Renders the figure offscreen and saves it under the next free number;
    // a failure is told in the notice and the window goes on.
    void save_figure();
    void after_swap();     // what must wait until the frame is shown (a requested save)

    // The window's state as a figure's scene (camera, size and overlays included).
    Scene figure_scene() const;

    // A message at the foot of the window (the preferences, for one).
    void tell(const std::string& text, bool error) { figure_.tell(text, error); }
    const std::string& figures_folder() const { return figure_.folder; }
    const OverlaySpots& overlay_spots() const { return panel_.overlays; } // remembered between runs

    // What a script or test can look at.
    Window& window() { return window_; }
    const Scene& scene() const { return scene_; }
    std::string hover_text() const { return hover_text_; }
    const std::vector<std::string>& labels() const { return labels_; } // the labels on the body this frame
    std::string notice_text() const { return figure_.notice_seconds > 0.0f ? figure_.notice : std::string(); }
    std::string map_error() const { return maps_.map_error(); }
    std::string compare_error() const { return maps_.compare_error(); }
    // The boxes of the window's own widgets (the panel, the notice) this frame:
    // what is not the picture of the body.
    std::vector<ScreenRect> widget_boxes() const {
        return {presenting_ ? ScreenRect{} : panel_.rect(), figure_.notice_box};
    }
    // No camera move, cross-fade, sweep, pending click or exam paint waiting for the typing to pause.
    bool settled() const {
        return !input_.transition.active() && !maps_.fading() && !(sweep_.running && !sweep_.paused) &&
               !clicks_.pending() && exam_quiet_ >= kExamPaintPause;
    }
    bool click_pending() const { return clicks_.pending(); } // a click on the body waiting out the double-click time
    void framebuffer_size(int& w, int& h) const { w = fb_w_; h = fb_h_; }
    // Where a landmark (by name; the first of a pair that is in sight) is in
    // the window, in window units; nothing when none is in sight.
    std::optional<ScreenRect> landmark_on_screen(const std::string& name) const;
    // Each body drawn now: the box its skin projects to and the view it is
    // drawn in, in window units (one, or two side by side).
    struct BodyOnScreen {
        ScreenRect body, view;
    };
    std::vector<BodyOnScreen> bodies_on_screen() const;
    // Where an overlay ("caption", "key") is this frame, in window units;
    // nothing when it is not shown (side by side has its own captions).
    std::optional<ScreenRect> overlay_on_screen(const std::string& name) const {
        return name == "caption" ? overlay_boxes_.caption : name == "key" ? overlay_boxes_.key : std::nullopt;
    }
    // How many points of the skin facing the camera lie under a box of the
    // window (window units): 0 when the box covers no part of the body.
    int skin_points_under(const ScreenRect& box) const;
    // The captions over the body as text: the map's title and, with an exam,
    // its classification.
    const std::string& caption_text() const { return caption_text_; }
    // The sensory paint at every landmark so named, one line each ("left
    // light touch: absent"), for the modalities the body shows; empty when
    // the body shows no sensation or there is no such landmark.
    std::vector<std::string> sensation_at(const std::string& landmark) const;

private:
    RenderSettings render_settings() const;
    bool moving() const; // the camera or a cross-fade moves, or the mouse drags or wheels the body
    bool one_view() const; // not side by side
    // What the window shows of the body: one view, or two side by side
    // (gui/compare_view.h), each with its camera, its part of the window and its map.
    std::vector<ViewPart> view_parts() const;
    // Side by side: the colour key under both bodies, when it is on (app_compare.cpp).
    std::optional<LegendContent> side_by_side_key() const;
    void draw_side_by_side_body(const RenderSettings& settings, bool unchanged);
    void draw_side_by_side_overlays();
    void apply_camera_requests();
    // Undo, redo, the panel's Tab and F (app_edit.cpp); and the history's step at the end of a frame.
    void handle_edit_keys(std::span<const int> keys);
    void record_history();
    void frame_under_mouse();
    // The skin under the mouse in the view (or half) it is over.
    std::optional<RayHit> skin_under_mouse() const;
    float body_right() const; // where the body's picture ends on the right, in window units
    void draw_pick_ring() const; // where a click on the body waits out the double-click time
    // Lectures and presentation mode (app_lecture.cpp).
    std::vector<int> lecture_input(std::span<const int> keys); // the keys the lecture does not take
    void show_step(bool animate);
    void set_presenting(bool on);
    void draw_lecture_overlays(float dt);
    void face_lit_level(); // Up/Down and the sweep turn the body to the level (gui/sweep_view.h)
    // With an exam: a click on a key point selects its cell (true), and the
    // key points are drawn with their scores (app/gui/app_exam.cpp).
    bool select_clicked_key_point();
    void draw_exam_points();

    // The body and everything prepared from it (engine/model/body_model.h),
    // and the maps on it: all the App knows of how they are prepared.
    BodyTimes times_;
    BodyModel model_;
    SagittalPlane sagittal_; // which side is the patient's left, for the R and L markers
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
    PointerGesture gesture_;
    PointerFrame pointer_; // this frame's gesture
    ClickSelection clicks_;
    glm::vec2 pick_at_{0.0f}; // where the waiting click was made, window units
    History history_;
    LegendOverlayState legend_;
    struct {
        std::optional<ScreenRect> caption, key;
    } overlay_boxes_; // as drawn this frame, for scripts
    CaptionFit caption_fit_;
    CaptionPlace caption_place_; // where the caption stands this frame, unless dragged
    std::optional<FigureFonts> fonts_;
    std::string hover_text_;
    BandNameOverlay band_names_;
    std::vector<std::string> labels_;
    int fb_w_ = 0, fb_h_ = 0;
    bool body_changed_ = true; // the body's pixels must be drawn again
    std::optional<LecturePlayer> lecture_;
    bool presenting_ = false;
    std::vector<Level> shown_levels_; // the levels the banner last named
    float banner_seconds_ = 0.0f;     // how long the level's name stays large on screen
    ComparisonFrame comparison_; // side by side: both halves, kept
    Camera last_camera_;
    float last_inset_ = 0.0f;
    RenderSettings last_settings_;
    int last_w_ = 0, last_h_ = 0;
};

} // namespace dv::app
