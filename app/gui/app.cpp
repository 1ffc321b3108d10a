#include "gui/app.h"

#include "model_options.h"
#include "verb_support.h"
#include "gui/exam_panel.h"
#include "gui/levels_panel.h"
#include "gui/ui_controls.h"
#include "gui/view_limits.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <utility>

namespace dv::app {

namespace {
// Loads the body model and computes what the panel times, timing both.
BodyModel load_timed(const Scene& scene, BodyTimes& times) {
    const auto t0 = std::chrono::steady_clock::now();
    BodyModel model = load_model(scene);
    const auto t1 = std::chrono::steady_clock::now();
    (void)model.display_fields(); // the coordinates and what is drawn from them
    const auto t2 = std::chrono::steady_clock::now();
    times.import_ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
    times.coordinates_ms = std::chrono::duration<double, std::milli>(t2 - t1).count();
    return model;
}
} // namespace

App::App(const AppOptions& options)
    : model_(load_timed(options.scene, times_)), sagittal_(fit_sagittal_plane(model_.body().skin, model_.landmarks())),
      maps_(options.scene.map, model_),
      window_(options.width, options.height, "Dermaview"), renderer_(shader_dir()), scene_(options.scene) {
    renderer_.set_markers(model_.landmark_points());
    if (options.scripted)
        maps_.set_poll_interval(std::chrono::milliseconds(0));
    // The scene names its map as the panel offers it (an id, or the file given).
    scene_.map = maps_.shown_id();
    if (!scene_.lesion.empty())
        lesion_.phrase = scene_.lesion; // --lesion: the Lesion section shows what is on the body
    adopt_scene_exam(exam_, scene_);   // --exam: the Exam section holds it
    figure_.folder = options.figures_folder;
    panel_.overlays = options.overlays;
    input_.body_bounds = model_.body().bounds();
    window_.framebuffer_size(fb_w_, fb_h_);
    input_.left_inset = kPanelInset; // where the panel opens, until it has been drawn
    input_.camera = input_.framed(scene_.view, fb_w_, fb_h_);
    if (options.lecture) {
        lecture_.emplace(*options.lecture, options.lecture_file);
        show_step(false);
    }
    if (options.present)
        set_presenting(true);
}

void App::frame(float dt, std::span<const int> keys) {
    panel_.frame_times.add(dt * 1000.0f);
    ui::registry().begin_frame(); // the colour key's entries and the panel's controls, as drawn this frame
    window_.framebuffer_size(fb_w_, fb_h_);
    handle_input(dt, keys);
    sync_maps(dt);
    draw_body();
    probe_skin();
    draw_overlays();
    draw_ui(dt);
    record_history();
    window_.end_frame();
}

void App::handle_input(float dt, std::span<const int> all_keys) {
    const std::vector<int> keys = lecture_input(all_keys);
    input_.paint_mode = lesion_.painting; // the left button paints the patch then
    const bool typing = ImGui::GetIO().WantCaptureKeyboard;
    // While an exam is entered, scores and Tab go to its worksheet, not to the views.
    std::vector<int> rest;
    for (int key : keys)
        if (typing || !exam_key(scene_, exam_, key))
            rest.push_back(key);
    pointer_ = gesture_.update();
    std::optional<glm::vec3> zoom_anchor; // the wheel zooms towards the skin under the cursor
    if (pointer_.wheel != 0.0f)
        if (const auto hit = skin_under_mouse())
            zoom_anchor = hit->point;
    const float pitch_before = input_.camera.pitch_deg;
    input_.update(fb_w_, fb_h_, dt, rest, pointer_, zoom_anchor);
    if (!input_.transition.active())
        limit_drag_elevation(input_.camera, pitch_before);
    handle_edit_keys(rest);
    for (int key : rest) {
        if (key == GLFW_KEY_F12)
            figure_.save_requested = true;
        if (key == GLFW_KEY_F11)
            set_presenting(!presenting_);
        if (typing)
            continue;
        if (key == GLFW_KEY_SPACE && sweep_.running)
            sweep_.paused = !sweep_.paused;
        for (const ViewKey& k : kViewKeys)
            if (key == k.key)
                scene_.view = k.view;
        if (key == GLFW_KEY_HOME || key == GLFW_KEY_0)
            scene_.view = StandardView::Anterior;
        if (const PreparedMap* shown = maps_.current()) {
            const int by = key == GLFW_KEY_DOWN || key == GLFW_KEY_RIGHT ? +1
                           : key == GLFW_KEY_UP || key == GLFW_KEY_LEFT ? -1
                                                                          : 0;
            if (by != 0) {
                step_level(scene_, shown->map, by);
                face_lit_level();
            }
        }
    }
    if (const PreparedMap* shown = maps_.current()) {
        if (sweep_.advance(scene_, shown->map, dt)) {
            if (scene_.levels.empty()) // the sweep is over: the whole chart from the view it started in
                input_.transition.start(input_.camera, input_.framed(scene_.view, fb_w_, fb_h_), 0.5f);
            else
                face_lit_level();
        }
        clicks_.advance(scene_, shown->map, dt);
    }
}

void App::sync_maps(float dt) {
    body_changed_ = maps_.sync(scene_, model_, renderer_, dt) || body_changed_;
    // Painting an exam takes a good part of a second in software GL: while
    // scores are being typed the worksheet and caption follow every key, and
    // the body once the typing pauses.
    exam_quiet_ = scene_.exam == painted_exam_ ? exam_quiet_ + dt : 0.0f;
    painted_exam_ = scene_.exam;
    if (exam_quiet_ >= kExamPaintPause)
        body_changed_ = sensory_.sync(scene_, lesion_, model_, maps_.current(), renderer_) || body_changed_;
}

bool App::moving() const {
    const ImGuiIO& io = ImGui::GetIO();
    return input_.transition.active() || maps_.fading() ||
           (!io.WantCaptureMouse && (io.MouseDown[0] || io.MouseDown[1] || io.MouseDown[2] || io.MouseWheel != 0.0f));
}

RenderSettings App::render_settings() const {
    // A swatch of the colour key under the mouse: its band alone, glowing, for as long as it is hovered.
    Scene shown = scene_;
    if (legend_.hovered) {
        shown.levels = {*legend_.hovered};
        shown.emphasis = Emphasis::Glow;
    }
    RenderSettings settings = shown.render_settings();
    settings.map_mix = maps_.slots().mix_now();
    // While the body moves or a new map fades in, skip antialiasing:
    // software GL keeps up, and the sharp frame returns as soon as it stops.
    settings.msaa_samples = moving() ? 0 : 4;
    settings.differences = scene_.compare == CompareMode::Differences && maps_.compared();
    return settings;
}

void App::draw_body() {
    const RenderSettings settings = render_settings();
    // Redraw the body only when something about it changed.
    const bool unchanged = input_.camera == last_camera_ && settings == last_settings_ && !body_changed_ &&
                           fb_w_ == last_w_ && fb_h_ == last_h_ && input_.left_inset == last_inset_;
    if (!one_view())
        draw_side_by_side_body(settings, unchanged);
    else
        renderer_.present(input_.camera, fb_w_, fb_h_, 0, settings, unchanged);
    last_camera_ = input_.camera;
    last_settings_ = settings;
    last_w_ = fb_w_;
    last_h_ = fb_h_;
    last_inset_ = input_.left_inset;
    body_changed_ = false;
}

std::vector<ViewPart> App::view_parts() const {
    if (one_view())
        return {{input_.camera, 0, 0, fb_w_, fb_h_, maps_.current(), maps_.slots().mix_now()}};
    const float scale = std::max(ImGui::GetIO().DisplayFramebufferScale.x, 1e-3f);
    const float free_w = (float(fb_w_) - input_.left_inset) / scale;
    return side_by_side_parts(input_.camera, model_.body().bounds(), int(input_.left_inset), fb_w_, fb_h_, scale,
                              compare_bands(side_by_side_key(), free_w), maps_);
}

void App::draw_ui(float dt) {
    if (presenting_) { // no panel: the body has the whole window
        input_.left_inset = 0.0f;
        draw_lecture_overlays(dt);
        apply_camera_requests();
        draw_figure_notice(figure_, dt);
        return;
    }
    const std::optional<StandardView> view = draw_panel(scene_, panel_, {model_, times_, maps_, window_.gl(),
                                                                        renderer_.skin_triangle_count()}, [&] {
        if (const PreparedMap* shown = maps_.current())
            draw_levels_panel(scene_, sweep_, shown->map);
        draw_lesion_panel(scene_, lesion_);
        draw_exam_panel(scene_, exam_);
        draw_figure_panel(figure_, fb_w_, fb_h_);
    });
    if (lesion_.explain_requested && maps_.current()) {
        lesion_.explain_requested = false;
        lesion_.explanation = explain_painted_patch(lesion_, model_, *maps_.current());
        figure_.notice = lesion_.explanation;
        figure_.notice_is_error = false;
        figure_.notice_seconds = 8.0f;
    }
    if (!exam_.notice.empty())
        figure_.tell(std::exchange(exam_.notice, {}), exam_.notice_is_error);
    if (view) {
        input_.go_to(*view, fb_w_, fb_h_);
        scene_.view = *view;
    }
    // The panel covers the window's left part while it stays there.
    const float scale = ImGui::GetIO().DisplayFramebufferScale.x;
    const float inset = panel_.covers_left(float(fb_w_) / scale) ? (panel_.panel_x + panel_.panel_w + 12.0f) * scale : 0.0f;
    if (inset != input_.left_inset) {
        // The panel grew, shrank or went (Tab): a body still at its standard
        // view is framed again for the room it has now.
        const bool framed = !input_.transition.active() && same_camera(input_.camera, input_.framed(scene_.view, fb_w_, fb_h_));
        input_.left_inset = inset;
        if (framed)
            input_.go_to(scene_.view, fb_w_, fb_h_);
    }
    draw_lecture_overlays(dt);
    apply_camera_requests();
    draw_figure_notice(figure_, dt);
}

void App::after_swap() {
    // After the frame is shown, so the notice of this save appears on the next.
    if (figure_.save_requested) {
        figure_.save_requested = false;
        save_figure();
    }
}

} // namespace dv::app
