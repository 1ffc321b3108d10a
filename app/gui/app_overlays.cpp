// The App's steps that draw over the body: the probe under the mouse, the
// map caption, the colour key and the labels; and camera requests from the panel.
#include "gui/app.h"

#include "figure/teaching_labels.h"
#include "gui/landmark_overlay.h"
#include "gui/legend_overlay.h"
#include "gui/skin_probe.h"

#include <imgui.h>

#include <algorithm>

namespace dv::app {

bool App::one_view() const { return !(scene_.compare == CompareMode::SideBySide && maps_.compared()); }

void App::probe_skin() {
    hover_text_.clear();
    // Side by side, the half under the mouse, with its own camera and map.
    const float scale = std::max(ImGui::GetIO().DisplayFramebufferScale.x, 1e-3f);
    std::optional<ProbeResult> probed;
    for (const ViewPart& part : view_parts()) {
        if (probed || !part.map)
            continue;
        probed = probe_under_mouse({part.camera, model_.caster(), model_.coordinates(), part.map->map, part.map->baked,
                                    float(part.x) / scale, float(part.width) / scale});
    }
    if (!probed)
        return;
    hover_text_ = probed->text;
    if (lesion_.painting) { // the brush: no double-click or root lighting while painting
        if (ImGui::IsMouseDown(ImGuiMouseButton_Left))
            add_dab(lesion_, probed->hit.point);
        return;
    }
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
        Camera centred = input_.camera; // the window's one camera, which both halves share
        centred.target = probed->hit.point;
        input_.transition.start(input_.camera, centred, 0.35f);
    } else if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && ImGui::GetIO().MouseDragMaxDistanceSqr[0] < 9.0f) {
        if (!select_clicked_key_point())
            solo_level(scene_, probed->strongest); // blank skin has no root: nothing lights
    }
}

void App::draw_overlays() {
    std::vector<ScreenRect> captions = draw_map_caption(scene_, maps_);
    caption_text_ = maps_.current() ? maps_.current()->map.title : "";
    if (exam_.exam && !scene_.exam.empty() && scene_.display == DisplayMode::Sensory) {
        const std::string title = exam_caption_title(exam_.classification);
        const std::string detail = exam_caption_detail(exam_.classification);
        const float below = captions.empty() ? 0.0f : captions.back().y1;
        captions.push_back(draw_caption(title, detail, ImGui::GetIO().DisplaySize.x, below));
        caption_text_ += " | " + title + " | " + detail;
    }
    // The differences view paints no level colours: its captions say what magenta means.
    const bool differences = scene_.compare == CompareMode::Differences && maps_.compared();
    const bool keyed = scene_.display == DisplayMode::Dermatomes || scene_.display == DisplayMode::Sensory;
    if (panel_.legend && keyed && maps_.current() && !differences) {
        const Scene s = figure_scene();
        const FigureInputs in{model_, &maps_.slots()};
        float below = 0.0f;
        for (const ScreenRect& r : captions)
            below = std::max(below, r.y1);
        captions.push_back(draw_legend_overlay(legend_for(s, in), below + 8.0f));
    }
    // Side by side, each half has a camera of its own; the labels know only
    // the window's one camera, so they rest until it is one view again.
    if (!one_view())
        return;
    draw_exam_points();
    std::vector<std::string> lit;
    for (Level l : scene_.levels)
        lit.push_back(level_name(l));
    const std::string named = draw_landmark_overlay(
        {input_.camera, model_.landmarks(), model_.body().skin, model_.caster(), panel_.callouts, scene_.show_landmarks,
         scene_.show_landmarks && panel_.all_names, lit, scene_.side != LevelSides::Right,
         scene_.side != LevelSides::Left, std::move(captions)});
    if (!named.empty())
        hover_text_ = named + (hover_text_.empty() ? "" : "\n" + hover_text_);
}

std::optional<ScreenRect> App::landmark_on_screen(const std::string& name) const {
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    for (const Landmark& l : model_.landmarks().landmarks) {
        if (l.name != name)
            continue;
        const glm::vec3 p = l.position_on(model_.body().skin);
        const auto pixel = project_to_pixel(input_.camera, int(size.x), int(size.y), p);
        if (pixel && seen_from(input_.camera, model_.body().skin, model_.caster(), p, l.vertex))
            return ScreenRect{pixel->x, pixel->y, pixel->x, pixel->y};
    }
    return std::nullopt;
}

void App::apply_camera_requests() {
    if (figure_.copy_camera) {
        figure_.copy_camera = false;
        ImGui::SetClipboardText(camera_to_text(input_.camera).c_str());
        figure_.tell("Camera copied: paste it into another window, or give it to 'dermaview render --camera'", false);
    }
    if (!figure_.pasted_camera.empty()) {
        try {
            // A camera as text has no lens shift (no part of a figure): this
            // window's own shift keeps the body clear of the panel.
            Camera pasted = camera_from_text(figure_.pasted_camera);
            pasted.shift_x = input_.framed(scene_.view, fb_w_, fb_h_).shift_x;
            input_.transition.start(input_.camera, pasted, 0.35f);
            figure_.tell("Camera pasted", false);
        } catch (const Error& e) {
            figure_.tell(e.what(), true);
        }
        figure_.pasted_camera.clear();
    }
}

} // namespace dv::app
