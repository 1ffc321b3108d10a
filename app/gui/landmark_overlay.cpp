#include "gui/landmark_overlay.h"

#include <glm/geometric.hpp>
#include <glm/mat4x4.hpp>
#include <imgui.h>

#include <algorithm>
#include <optional>

namespace dv::app {

namespace {

struct Callout {
    const char* landmark;
    Side side;
    const char* text;
};
// The points a teacher names when drawing the trunk bands (reference §6).
constexpr Callout kCallouts[] = {
    {"nipple", Side::Left, "T4: nipple line"},
    {"xiphoid_process", Side::Midline, "T6: xiphoid"},
    {"umbilicus", Side::Midline, "T10: umbilicus"},
    {"inguinal_ligament_midpoint", Side::Left, "T12/L1: inguinal ligament"},
    {"spinous_process_C7", Side::Midline, "C7 spinous process"},
    {"spinous_process_T4", Side::Midline, "T4 spinous process (approx.)"},
    {"spinous_process_T10", Side::Midline, "T10 spinous process (approx.)"},
};

// Window coordinates of a world point, or nothing when it is behind the eye.
std::optional<ImVec2> to_screen(const Camera& cam, glm::vec3 p) {
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    const glm::vec4 clip = cam.projection(size.x / std::max(size.y, 1.0f)) * cam.view() * glm::vec4(p, 1.0f);
    if (clip.w <= 0.0f)
        return std::nullopt;
    return ImVec2((clip.x / clip.w * 0.5f + 0.5f) * size.x, (0.5f - clip.y / clip.w * 0.5f) * size.y);
}

bool seen(const OverlayInput& in, glm::vec3 p, std::uint32_t vertex) {
    // Facing away, or something of the body in between.
    if (glm::dot(in.skin.normals[vertex], in.camera.eye() - p) <= 0.0f)
        return false;
    return in.caster.visible(in.camera.eye(), p, 0.01f);
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

void label(ImDrawList* dl, PlacedLabels& placed, ImVec2 at, const char* text) {
    const ImVec2 size = ImGui::CalcTextSize(text);
    const float step = size.y + 6.0f;
    ImVec2 pos(at.x + 10.0f, at.y - size.y - 4.0f);
    for (float shift : {0.0f, 1.0f, -1.0f, 2.0f, -2.0f, 3.0f, -3.0f}) {
        const ImVec2 p(pos.x, at.y - size.y - 4.0f + shift * step);
        if (placed.free({p.x - 3, p.y - 2, p.x + size.x + 3, p.y + size.y + 2})) {
            pos = p;
            break;
        }
    }
    placed.rects.push_back({pos.x - 3, pos.y - 2, pos.x + size.x + 3, pos.y + size.y + 2});
    dl->AddLine(at, ImVec2(pos.x, pos.y + size.y), IM_COL32(20, 20, 20, 220), 1.5f);
    dl->AddRectFilled(ImVec2(pos.x - 3, pos.y - 2), ImVec2(pos.x + size.x + 3, pos.y + size.y + 2),
                      IM_COL32(15, 17, 22, 200), 3.0f);
    dl->AddText(pos, IM_COL32(245, 245, 240, 255), text);
}

} // namespace

void draw_landmark_overlay(const OverlayInput& in) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    PlacedLabels placed{in.keep_clear};
    // Key points of the lit levels first; a teaching callout on the same
    // skin (T4 key point = nipple) then steps aside.
    std::vector<std::uint32_t> labelled;
    for (const std::string& level : in.key_point_levels) {
        // S4 and S5 share the one ISNCSCI point S4-5.
        const std::string key = level == "S4" || level == "S5" ? "key_S4_5" : "key_" + level;
        for (Side side : {Side::Left, Side::Right}) {
            if ((side == Side::Left && !in.left) || (side == Side::Right && !in.right))
                continue;
            const Landmark* l = in.landmarks.find(key, side);
            if (!l)
                continue;
            const glm::vec3 p = l->position_on(in.skin);
            const auto screen = to_screen(in.camera, p);
            if (screen && seen(in, p, l->vertex)) {
                label(dl, placed, *screen, (level + " key point").c_str());
                labelled.push_back(l->vertex);
            }
        }
    }

    if (in.callouts)
        for (const Callout& c : kCallouts) {
            const Landmark* l = in.landmarks.find(c.landmark, c.side);
            if (!l || std::find(labelled.begin(), labelled.end(), l->vertex) != labelled.end())
                continue;
            const glm::vec3 p = l->position_on(in.skin);
            const auto screen = to_screen(in.camera, p);
            if (screen && seen(in, p, l->vertex))
                label(dl, placed, *screen, c.text);
        }

    if (in.all_names)
        for (const Landmark& l : in.landmarks.landmarks) {
            const glm::vec3 p = l.position_on(in.skin);
            const auto screen = to_screen(in.camera, p);
            if (screen && seen(in, p, l.vertex))
                label(dl, placed, *screen, l.name.c_str());
        }

    if (!in.hover_details || ImGui::GetIO().WantCaptureMouse)
        return;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const Landmark* nearest = nullptr;
    float best = 9.0f * 9.0f; // pixels, squared
    for (const Landmark& l : in.landmarks.landmarks) {
        const auto screen = to_screen(in.camera, l.position_on(in.skin));
        if (!screen)
            continue;
        const float dx = screen->x - mouse.x, dy = screen->y - mouse.y;
        if (dx * dx + dy * dy < best && seen(in, l.position_on(in.skin), l.vertex)) {
            best = dx * dx + dy * dy;
            nearest = &l;
        }
    }
    if (nearest) {
        ImGui::BeginTooltip();
        ImGui::Text("%s (%s)", nearest->name.c_str(), std::string(side_name(nearest->side)).c_str());
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
        ImGui::TextDisabled("%s", nearest->description.c_str());
        ImGui::Text("Confidence: %s", std::string(confidence_name(nearest->confidence)).c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

} // namespace dv::app
