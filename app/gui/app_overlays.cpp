// The App's steps that draw over the body: the probe under the mouse, the
// map caption, the colour key and the labels; and camera requests from the panel.
#include "gui/app.h"

#include "figure/teaching_labels.h"
#include "gui/caption_overlay.h"
#include "gui/landmark_overlay.h"
#include "gui/legend_overlay.h"
#include "gui/side_markers_overlay.h"
#include "gui/skin_probe.h"

#include <imgui.h>

#include <glm/geometric.hpp>

#include <algorithm>

namespace dv::app {

namespace {
// The differences view paints no level colours: its key says what magenta,
// grey and hatching mean, and stands, moves and wraps as the colour key does.
LegendContent differences_key(const std::string& shown, const std::string& compared) {
    LegendContent key;
    key.entries = {{"the maps disagree (" + shown + " and " + compared + ")", {237, 62, 178, 255}},
                   {"the maps agree", {150, 150, 150, 255}},
                   {"one map has no consistent root", {160, 160, 160, 255}, true}};
    return key;
}
} // namespace

bool App::one_view() const { return !(scene_.compare == CompareMode::SideBySide && maps_.compared()); }

void App::probe_skin() {
    hover_text_.clear();
    // Side by side, the half under the mouse, with its own camera and map.
    const float scale = std::max(ImGui::GetIO().DisplayFramebufferScale.x, 1e-3f);
    std::optional<ProbeResult> probed;
    const PreparedMap* compared = scene_.compare != CompareMode::Off ? maps_.compared() : nullptr;
    for (const ViewPart& part : view_parts()) {
        if (probed || !part.map)
            continue;
        const ScreenRect view = part.screen(scale, fb_h_);
        probed = probe_under_mouse({part.camera, model_.caster(), model_.coordinates(), part.map->map, part.map->baked,
                                    model_.trigeminal_layer(), view.x0, view.x1 - view.x0, view.y0, view.y1 - view.y0,
                                    compared ? maps_.current() : nullptr, compared});
    }
    if (!probed)
        return;
    hover_text_ = probed->text;
    if (lesion_.painting) { // the brush: no double-click or root lighting while painting
        if (ImGui::IsMouseDown(ImGuiMouseButton_Left))
            add_dab(lesion_, probed->hit.point);
        return;
    }
    // The window's one camera, which both halves share, turns about the point.
    if (pointer_.double_click) {
        clicks_.cancel(); // the first click of a double click changes nothing
        input_.centre_on(probed->hit.point);
    } else if (pointer_.click) {
        if (!select_clicked_key_point()) { // with an exam, a key point selects its worksheet cell
            clicks_.clicked({probed->strongest, pointer_.ctrl, pointer_.shift}, ImGui::GetIO().MouseDoubleClickTime);
            pick_at_ = {ImGui::GetIO().MousePos.x, ImGui::GetIO().MousePos.y};
        }
    }
}

void App::draw_pick_ring() const {
    // A click on the body acts after the double-click time (docs/window.md):
    // meanwhile a ring closes on the point clicked, ending as the level lights.
    const auto& click = clicks_.waiting();
    if (!click || !is_spinal(click->level))
        return; // blank skin lights nothing: no promise that it will
    const float t = clicks_.waited();
    const float r = 22.0f - 14.0f * t; // the audience of a lecture sees where it was clicked, too
    const ImVec2 at(pick_at_.x, pick_at_.y);
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    dl->AddCircleFilled(at, r, IM_COL32(250, 250, 245, 90));
    dl->AddCircle(at, r, IM_COL32(20, 20, 20, 220), 0, 4.0f);
    dl->AddCircle(at, r, IM_COL32(250, 250, 245, 240), 0, 2.0f);
}

void App::draw_overlays() {
    labels_.clear();
    draw_pick_ring();
    if (!one_view()) {
        draw_side_by_side_overlays();
        return;
    }
    std::vector<CaptionBlock> blocks = map_caption(scene_, maps_);
    caption_text_ = maps_.current() ? maps_.current()->map.title : "";
    if (exam_.exam && !scene_.exam.empty() && scene_.display == DisplayMode::Sensory) {
        blocks.push_back({exam_caption_title(exam_.classification), exam_caption_detail(exam_.classification)});
        caption_text_ += " | " + blocks.back().title + " | " + blocks.back().detail;
    }
    overlay_boxes_ = {};
    std::vector<ScreenRect> captions;
    if (!blocks.empty()) {
        const ScreenRect panel = widget_boxes().front();
        const bool panel_left = panel.x1 > panel.x0 && panel.x0 < 0.5f * ImGui::GetIO().DisplaySize.x;
        const float left_edge = panel_left ? panel.x1 + 8.0f : 8.0f;
        caption_place_ = caption_fit_.place(blocks, input_.camera, moving(), left_edge, presenting_ ? 0.6f : 1.0f,
                                            [&](const ScreenRect& box) { return skin_points_under(box); });
        overlay_boxes_.caption = draw_caption_overlay(blocks, caption_place_, panel_.overlays.caption);
        captions.push_back(*overlay_boxes_.caption);
    }
    // The differences view paints no level colours: its own key says what magenta, grey and hatching mean.
    const bool differences = scene_.compare == CompareMode::Differences && maps_.compared();
    // The keys stand below the caption at the top right, or in that corner
    // when the caption is elsewhere.
    const bool caption_right = !captions.empty() && !panel_.overlays.caption.by_hand && caption_place_.left < 0.0f;
    const float below = caption_right ? captions.front().y1 : 0.0f;
    const bool keyed = scene_.display == DisplayMode::Dermatomes || scene_.display == DisplayMode::Sensory;
    if (panel_.legend && maps_.current() && (keyed || differences)) {
        const Scene s = figure_scene();
        const FigureInputs in{model_, &maps_.slots()};
        const LegendContent key = differences ? differences_key(short_map_name(maps_.current()->map.title),
                                                                short_map_name(maps_.compared()->map.title))
                                              : legend_for(s, in);
        overlay_boxes_.key =
            draw_legend_overlay(key, {below + 8.0f, body_right(), current_level(scene_)}, legend_, panel_.overlays.key);
        captions.push_back(*overlay_boxes_.key);
        // A click on a swatch acts at once (the key has no double click); Ctrl and Shift as on the body.
        if (legend_.clicked && maps_.current())
            clicks_.apply(scene_, maps_.current()->map,
                          {*legend_.clicked, ImGui::GetIO().KeyCtrl, ImGui::GetIO().KeyShift});
    } else {
        legend_ = {};
    }
    const ImVec2 window = ImGui::GetIO().DisplaySize;
    const float scale = std::max(ImGui::GetIO().DisplayFramebufferScale.x, 1e-3f);
    draw_side_markers(input_.camera, {0.0f, 0.0f, window.x, window.y}, model_.body().bounds(), sagittal_,
                      1.2f * ImGui::GetFontSize(), input_.left_inset / scale - 12.0f, captions);
    draw_exam_points();
    std::vector<std::string> lit;
    for (Level l : scene_.levels)
        lit.push_back(level_name(l));
    // Band names rest while the body moves (placing them takes a level
    // pass); they keep clear of the points the teaching labels name, and
    // the teaching labels then keep clear of them.
    if (panel_.band_names && scene_.display == DisplayMode::Dermatomes && maps_.current() && !differences &&
        !moving()) {
        const ImVec2 size = ImGui::GetIO().DisplaySize;
        std::vector<ScreenRect> clear = captions;
        clear.push_back(panel_.rect());
        for (const TeachingLabel& t : teaching_labels({input_.camera, int(size.x), int(size.y), model_.landmarks(),
                                                       model_.body().skin, model_.caster(), panel_.callouts, lit,
                                                       scene_.side != LevelSides::Right, scene_.side != LevelSides::Left}))
            clear.push_back({t.pixel.x - 6.0f, t.pixel.y - 6.0f, t.pixel.x + 6.0f, t.pixel.y + 6.0f});
        const std::vector<ScreenRect> named = band_names_.draw({model_, *maps_.current(), input_.camera, int(size.x),
                                                                int(size.y), scene_.selection(), scene_.palette, clear});
        captions.insert(captions.end(), named.begin(), named.end());
    }
    const OverlayDrawn drawn = draw_landmark_overlay(
        {input_.camera, model_.landmarks(), model_.body().skin, model_.caster(), panel_.callouts, scene_.show_landmarks,
         scene_.show_landmarks && panel_.all_names, lit, scene_.side != LevelSides::Right,
         scene_.side != LevelSides::Left, std::move(captions), {}, widget_boxes().front()});
    labels_ = drawn.labels;
    if (!drawn.hover.empty())
        hover_text_ = drawn.hover + (hover_text_.empty() ? "" : "\n" + hover_text_);
}

float App::body_right() const {
    // The right edge of the body's box as the window shows it (window units), in each view.
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    const float scale = std::max(ImGui::GetIO().DisplayFramebufferScale.x, 1e-3f);
    const Bounds b = model_.body().bounds();
    float right = 0.0f;
    for (const ViewPart& part : view_parts())
        for (int i = 0; i < 8; ++i) {
            const glm::vec3 corner((i & 1) ? b.max.x : b.min.x, (i & 2) ? b.max.y : b.min.y, (i & 4) ? b.max.z : b.min.z);
            const auto p = project_to_pixel(part.camera, int(float(part.width) / scale), int(size.y), corner);
            if (!p)
                return size.x; // the eye is inside the box: the body is everywhere
            right = std::max(right, float(part.x) / scale + p->x);
        }
    return right;
}

int App::skin_points_under(const ScreenRect& box) const {
    const float scale = std::max(ImGui::GetIO().DisplayFramebufferScale.x, 1e-3f);
    const SurfaceMesh& skin = model_.body().skin;
    int under = 0;
    for (const ViewPart& part : view_parts()) {
        const ScreenRect view = part.screen(scale, fb_h_);
        for (std::size_t v = 0; v < skin.positions.size(); ++v) {
            const glm::vec3& p = skin.positions[v];
            if (glm::dot(skin.normals[v], part.camera.eye() - p) <= 0.0f)
                continue; // faces away: the skin in front of it is counted instead
            const auto px = project_to_pixel(part.camera, int(view.x1 - view.x0), int(view.y1 - view.y0), p);
            if (!px)
                continue;
            const float x = view.x0 + px->x, y = view.y0 + px->y;
            under += x >= box.x0 && x < box.x1 && y >= box.y0 && y < box.y1 && x >= view.x0 && x < view.x1 &&
                     y >= view.y0 && y < view.y1;
        }
    }
    return under;
}

std::optional<ScreenRect> App::landmark_on_screen(const std::string& name) const {
    // Side by side: where it is on the left body.
    const ViewPart part = view_parts().front();
    const ScreenRect view = part.screen(std::max(ImGui::GetIO().DisplayFramebufferScale.x, 1e-3f), fb_h_);
    for (const Landmark& l : model_.landmarks().landmarks) {
        if (l.name != name)
            continue;
        const glm::vec3 p = l.position_on(model_.body().skin);
        const auto pixel = project_to_pixel(part.camera, int(view.x1 - view.x0), int(view.y1 - view.y0), p);
        if (pixel && seen_from(part.camera, model_.body().skin, model_.caster(), p, l.vertex))
            return ScreenRect{view.x0 + pixel->x, view.y0 + pixel->y, view.x0 + pixel->x, view.y0 + pixel->y};
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
