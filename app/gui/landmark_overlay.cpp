#include "gui/landmark_overlay.h"

#include "figure/teaching_labels.h"

#include <glm/geometric.hpp>
#include <glm/mat4x4.hpp>
#include <imgui.h>

#include <algorithm>
#include <optional>

namespace dv::app {

namespace {

// The part of the window the overlay's camera draws.
ScreenRect view_of(const OverlayInput& in) {
    if (in.view.x1 > in.view.x0 && in.view.y1 > in.view.y0)
        return in.view;
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    return {0.0f, 0.0f, size.x, size.y};
}

// Window coordinates of a world point, or nothing when it is behind the eye,
// outside the view or under the panel (a label there would point at nothing).
std::optional<ImVec2> to_screen(const OverlayInput& in, glm::vec3 p) {
    const ScreenRect v = view_of(in);
    const auto pixel = project_to_pixel(in.camera, int(v.x1 - v.x0), int(v.y1 - v.y0), p);
    if (!pixel)
        return std::nullopt;
    const ImVec2 at(v.x0 + pixel->x, v.y0 + pixel->y);
    const ScreenRect& panel = in.panel;
    if (at.x < v.x0 || at.x > v.x1 || at.y < v.y0 || at.y > v.y1 ||
        (at.x >= panel.x0 && at.x < panel.x1 && at.y >= panel.y0 && at.y < panel.y1))
        return std::nullopt;
    return at;
}

bool seen(const OverlayInput& in, glm::vec3 p, std::uint32_t vertex) {
    return seen_from(in.camera, in.skin, in.caster, p, vertex);
}

// Labels already placed this frame; a new one moves down a line, then up,
// until it overlaps none of them (T10's key point and the umbilicus sit a
// few pixels apart and their labels were drawn on top of each other).
struct PlacedLabels {
    std::vector<ScreenRect> rects;
    bool free(const ScreenRect& r) const {
        for (const ScreenRect& o : rects)
            if (r.overlaps(o))
                return false;
        return true;
    }
};

// `axis_x`: where the body's axis is on screen. Labels go outward from it,
// as in a figure, so a label on the chest does not cover the band it names
// nor its partner on the other side.
// `view`: the labels stay inside it (side by side, each body's half).
// Where nothing is free on its own side (the colour key stands there), a
// label goes to the other side of its point rather than under the key.
void label(ImDrawList* dl, PlacedLabels& placed, ImVec2 at, const char* text, float axis_x, const ScreenRect& view) {
    const ImVec2 size = ImGui::CalcTextSize(text);
    const float step = size.y + 6.0f;
    const float leader = 28.0f;
    auto x_on = [&](bool left) {
        return std::max(view.x0 + 4.0f, std::min(left ? at.x - leader - size.x : at.x + leader, view.x1 - size.x - 4.0f));
    };
    ImVec2 pos(x_on(at.x < axis_x), at.y - size.y - 4.0f);
    bool found = false;
    for (bool left : {at.x < axis_x, at.x >= axis_x})
        for (float shift : {0.0f, 1.0f, -1.0f, 2.0f, -2.0f, 3.0f, -3.0f}) {
            const ImVec2 p(x_on(left), at.y - size.y - 4.0f + shift * step);
            if (!found && placed.free({p.x - 3, p.y - 2, p.x + size.x + 3, p.y + size.y + 2})) {
                pos = p;
                found = true;
            }
        }
    placed.rects.push_back({pos.x - 3, pos.y - 2, pos.x + size.x + 3, pos.y + size.y + 2});
    const ImVec2 end(pos.x < at.x ? pos.x + size.x + 3.0f : pos.x - 3.0f, pos.y + size.y * 0.5f);
    dl->AddLine(at, end, IM_COL32(245, 245, 240, 230), 3.0f); // a light line under a dark one reads on skin and backdrop
    dl->AddLine(at, end, IM_COL32(20, 20, 20, 240), 1.5f);
    dl->AddCircleFilled(at, 3.0f, IM_COL32(20, 20, 20, 240));
    dl->AddRectFilled(ImVec2(pos.x - 3, pos.y - 2), ImVec2(pos.x + size.x + 3, pos.y + size.y + 2),
                      IM_COL32(15, 17, 22, 200), 3.0f);
    dl->AddText(pos, IM_COL32(245, 245, 240, 255), text);
}

} // namespace

OverlayDrawn draw_landmark_overlay(const OverlayInput& in) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    OverlayDrawn drawn;
    PlacedLabels placed{in.keep_clear};
    // The key points of the lit levels and the teaching callouts: the same
    // list the exported figures letter.
    const ScreenRect v = view_of(in);
    const auto axis = to_screen(in, in.camera.target);
    const float axis_x = axis ? axis->x : 0.5f * (v.x0 + v.x1);
    std::vector<std::uint32_t> labelled; // one label a point
    for (const TeachingLabel& t : teaching_labels({in.camera, int(v.x1 - v.x0), int(v.y1 - v.y0), in.landmarks, in.skin,
                                                   in.caster, in.callouts, in.key_point_levels, in.left, in.right})) {
        const ImVec2 at(v.x0 + t.pixel.x, v.y0 + t.pixel.y);
        if (at.x >= in.panel.x0 && at.x < in.panel.x1 && at.y >= in.panel.y0 && at.y < in.panel.y1)
            continue; // under the panel
        label(dl, placed, at, t.text.c_str(), axis_x, v);
        labelled.push_back(t.vertex);
        drawn.labels.push_back(t.text);
    }

    // Every other dot by its name; the ISNCSCI key points are named by their
    // level, so only those of the lit levels (above) are.
    if (in.all_names)
        for (const Landmark& l : in.landmarks.landmarks) {
            if (!l.level.empty() || std::find(labelled.begin(), labelled.end(), l.vertex) != labelled.end())
                continue;
            const glm::vec3 p = l.position_on(in.skin);
            const auto screen = to_screen(in, p);
            if (screen && seen(in, p, l.vertex)) {
                drawn.labels.push_back(readable_landmark_name(l.name));
                label(dl, placed, *screen, drawn.labels.back().c_str(), axis_x, v);
                labelled.push_back(l.vertex);
            }
        }

    if (!in.hover_details || ImGui::GetIO().WantCaptureMouse)
        return drawn;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const Landmark* nearest = nullptr;
    float best = 9.0f * 9.0f; // pixels, squared
    for (const Landmark& l : in.landmarks.landmarks) {
        const auto screen = to_screen(in, l.position_on(in.skin));
        if (!screen)
            continue;
        const float dx = screen->x - mouse.x, dy = screen->y - mouse.y;
        if (dx * dx + dy * dy < best && seen(in, l.position_on(in.skin), l.vertex)) {
            best = dx * dx + dy * dy;
            nearest = &l;
        }
    }
    if (!nearest)
        return drawn;
    const std::string name = readable_landmark_name(nearest->name);
    ImGui::BeginTooltip();
    ImGui::Text("%s (%s)", name.c_str(), std::string(side_name(nearest->side)).c_str());
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextDisabled("%s", nearest->description.c_str());
    ImGui::Text("Confidence: %s", std::string(confidence_name(nearest->confidence)).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
    drawn.hover = name + " (" + std::string(side_name(nearest->side)) + ")\n" + nearest->description;
    return drawn;
}

} // namespace dv::app
