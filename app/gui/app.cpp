#include "gui/app.h"

#include "model_options.h"
#include "verb_support.h"
#include "gui/exam_panel.h"
#include "gui/levels_panel.h"
#include "gui/ui_controls.h"

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
    : model_(load_timed(options.scene, times_)), maps_(options.scene.map, model_),
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
    input_.body_bounds = model_.body().bounds();
    window_.framebuffer_size(fb_w_, fb_h_);
    input_.left_inset = kPanelInset; // where the panel opens, until it has been drawn
    input_.camera = input_.framed(scene_.view, fb_w_, fb_h_);
}

void App::frame(float dt, std::span<const int> keys) {
    panel_.frame_times.add(dt * 1000.0f);
    window_.framebuffer_size(fb_w_, fb_h_);
    handle_input(dt, keys);
    sync_maps(dt);
    draw_body();
    probe_skin();
    draw_overlays();
    draw_ui(dt);
    window_.end_frame();
}

void App::handle_input(float dt, std::span<const int> keys) {
    input_.paint_mode = lesion_.painting; // the left button paints the patch then
    const bool typing = ImGui::GetIO().WantCaptureKeyboard;
    // While an exam is entered, scores and Tab go to its worksheet, not to the views.
    std::vector<int> rest;
    for (int key : keys)
        if (typing || !exam_key(scene_, exam_, key))
            rest.push_back(key);
    input_.update(fb_w_, fb_h_, dt, rest);
    for (int key : rest) {
        if (key == GLFW_KEY_F12)
            figure_.save_requested = true;
        if (typing)
            continue;
        for (const ViewKey& k : kViewKeys)
            if (key == k.key)
                scene_.view = k.view;
        if (key == GLFW_KEY_HOME || key == GLFW_KEY_0)
            scene_.view = StandardView::Anterior;
        if (const PreparedMap* shown = maps_.current()) {
            if (key == GLFW_KEY_DOWN || key == GLFW_KEY_RIGHT)
                step_level(scene_, shown->map, +1);
            if (key == GLFW_KEY_UP || key == GLFW_KEY_LEFT)
                step_level(scene_, shown->map, -1);
        }
    }
    if (const PreparedMap* shown = maps_.current())
        sweep_.advance(scene_, shown->map, dt);
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

RenderSettings App::render_settings() const {
    RenderSettings settings = scene_.render_settings();
    settings.map_mix = maps_.slots().mix_now();
    // While the body moves or a new map fades in, skip antialiasing:
    // software GL keeps up, and the sharp frame returns as soon as it stops.
    const ImGuiIO& io = ImGui::GetIO();
    const bool moving = input_.transition.active() || maps_.fading() ||
                        (!io.WantCaptureMouse && (io.MouseDown[0] || io.MouseDown[1] || io.MouseDown[2] || io.MouseWheel != 0.0f));
    settings.msaa_samples = moving ? 0 : 4;
    settings.differences = scene_.compare == CompareMode::Differences && maps_.compared();
    return settings;
}

void App::draw_body() {
    const RenderSettings settings = render_settings();
    if (!one_view()) {
        for (const ViewPart& part : view_parts()) {
            RenderSettings half = settings;
            half.map_mix = part.map_mix;
            half.dest_x = part.x;
            renderer_.draw(part.camera, part.width, fb_h_, 0, half);
        }
    } else {
        // Redraw the body only when something about it changed.
        const bool unchanged = input_.camera == last_camera_ && settings == last_settings_ && !body_changed_ &&
                               fb_w_ == last_w_ && fb_h_ == last_h_;
        renderer_.present(input_.camera, fb_w_, fb_h_, 0, settings, unchanged && !settings.differences);
    }
    last_camera_ = input_.camera;
    last_settings_ = settings;
    last_w_ = fb_w_;
    last_h_ = fb_h_;
    body_changed_ = false;
}

std::vector<App::ViewPart> App::view_parts() const {
    if (one_view())
        return {{input_.camera, 0, fb_w_, maps_.current(), maps_.slots().mix_now()}};
    // Two views with one camera, the current map left and the other right,
    // each centred in its half of the part the panel leaves free.
    const int inset = std::clamp(int(input_.left_inset), 0, fb_w_ / 2);
    const int left_w = inset + (fb_w_ - inset) / 2;
    Camera left = input_.camera, right = input_.camera;
    left.shift_x = 0.5f * float(inset) / float(std::max(left_w, 1));
    right.shift_x = 0.0f;
    return {{left, 0, left_w, maps_.current(), maps_.slots().mix_shown()},
            {right, left_w, fb_w_ - left_w, maps_.compared(), maps_.slots().mix_compared()}};
}

void App::draw_ui(float dt) {
    ui::registry().begin_frame();
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
    input_.left_inset =
        panel_.panel_x * scale < 0.5f * float(fb_w_) ? (panel_.panel_x + kPanelWidth + 12.0f) * scale : 0.0f;
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
