// The App's steps for two maps side by side (gui/compare_view.h): the two
// bodies, each kept by the renderer and redrawn only when it changes, and
// what is lettered over each half.
#include "gui/app.h"

#include "gui/landmark_overlay.h"
#include "gui/side_markers_overlay.h"
#include "render/picking.h"

#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>

namespace dv::app {

std::optional<LegendContent> App::side_by_side_key() const {
    if (!panel_.legend || scene_.display != DisplayMode::Dermatomes || !maps_.current())
        return std::nullopt;
    const FigureInputs in{model_, &maps_.slots()};
    return legend_for(figure_scene(), in);
}

void App::draw_side_by_side_body(const RenderSettings& settings, bool unchanged) {
    if (!unchanged || !comparison_.holds(fb_w_, fb_h_)) {
        const std::vector<ViewPart> parts = view_parts();
        const unsigned frame = comparison_.target(fb_w_, fb_h_);
        clear_outside(parts, fb_w_, fb_h_);
        // Both halves are the same size and share the camera (compare_view.h):
        // one pass draws both maps, each to its half.
        std::array<glm::ivec2, 2> corners{};
        for (const ViewPart& part : parts)
            corners[part.map_mix > 0.5f ? 1 : 0] = {part.x, part.y};
        renderer_.draw_pair(parts.front().camera, parts.front().width, parts.front().height, frame, settings, corners);
    }
    comparison_.show();
}

void App::draw_side_by_side_overlays() {
    const float scale = std::max(ImGui::GetIO().DisplayFramebufferScale.x, 1e-3f);
    const std::vector<ViewPart> parts = view_parts();
    std::vector<ScreenRect> taken = draw_half_captions(parts, scale, fb_h_);
    if (const auto key = side_by_side_key()) {
        const ScreenRect first = parts.front().screen(scale, fb_h_), last = parts.back().screen(scale, fb_h_);
        taken.push_back(draw_legend_strip(*key, {first.x0, first.y1, last.x1, float(fb_h_) / scale}));
    }
    std::vector<std::string> lit;
    for (Level l : scene_.levels)
        lit.push_back(level_name(l));
    for (const ViewPart& part : parts) {
        const ScreenRect view = part.screen(scale, fb_h_);
        std::vector<ScreenRect> keep = taken;
        draw_side_markers(part.camera, view, model_.body().bounds(), sagittal_, 1.2f * ImGui::GetFontSize(), view.x0,
                          keep);
        const OverlayDrawn drawn = draw_landmark_overlay(
            {part.camera, model_.landmarks(), model_.body().skin, model_.caster(), panel_.callouts,
             scene_.show_landmarks, scene_.show_landmarks && panel_.all_names, lit, scene_.side != LevelSides::Right,
             scene_.side != LevelSides::Left, std::move(keep), view});
        labels_.insert(labels_.end(), drawn.labels.begin(), drawn.labels.end());
        if (!drawn.hover.empty())
            hover_text_ = drawn.hover + (hover_text_.empty() ? "" : "\n" + hover_text_);
    }
}

std::vector<App::BodyOnScreen> App::bodies_on_screen() const {
    const float scale = std::max(ImGui::GetIO().DisplayFramebufferScale.x, 1e-3f);
    std::vector<BodyOnScreen> out;
    for (const ViewPart& part : view_parts()) {
        const ScreenRect view = part.screen(scale, fb_h_);
        ScreenRect box{1e9f, 1e9f, -1e9f, -1e9f};
        for (const glm::vec3& p : model_.body().skin.positions)
            if (const auto px = project_to_pixel(part.camera, int(view.x1 - view.x0), int(view.y1 - view.y0), p)) {
                box.x0 = std::min(box.x0, view.x0 + px->x);
                box.y0 = std::min(box.y0, view.y0 + px->y);
                box.x1 = std::max(box.x1, view.x0 + px->x);
                box.y1 = std::max(box.y1, view.y0 + px->y);
            }
        out.push_back({box, view});
    }
    return out;
}

} // namespace dv::app
