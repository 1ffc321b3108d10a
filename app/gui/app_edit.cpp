// The App's keys that edit rather than look: undo and redo through the one
// History (gui/history.h), Tab for the panel, F to frame what is under the
// cursor; and the skin under the mouse that the wheel zooms towards.
#include "gui/app.h"

#include "render/picking.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

namespace dv::app {

namespace {
// What F frames: a hand or a foot whole (a finger alone is too close a view
// to teach from), the head with the face, any other region as it is.
int frame_part(Region r) {
    if (r >= Region::HandPalm && r <= Region::LittleFinger)
        return -1;
    if (r >= Region::FootDorsum && r <= Region::FifthToe)
        return -2;
    if (r == Region::Face)
        return int(Region::Head);
    return int(r);
}
} // namespace

std::optional<RayHit> App::skin_under_mouse() const {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantCaptureMouse)
        return std::nullopt;
    const float scale = std::max(io.DisplayFramebufferScale.x, 1e-3f);
    for (const ViewPart& part : view_parts()) {
        const float x = float(part.x) / scale, width = float(part.width) / scale;
        if (io.MousePos.x >= x && io.MousePos.x < x + width)
            return pick(part.camera, int(width), int(io.DisplaySize.y), glm::vec2(io.MousePos.x - x, io.MousePos.y),
                        model_.caster());
    }
    return std::nullopt;
}

void App::handle_edit_keys(std::span<const int> keys) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantCaptureKeyboard) // a field being typed in has its own undo
        return;
    const bool command = io.KeyCtrl || io.KeySuper; // Ctrl, or Cmd on a Mac
    for (const int key : keys) {
        std::optional<ShownState> back;
        if (command && key == GLFW_KEY_Z)
            back = io.KeyShift ? history_.redo() : history_.undo();
        else if (command && key == GLFW_KEY_Y)
            back = history_.redo();
        else if (!command && key == GLFW_KEY_TAB)
            panel_.hidden = !panel_.hidden;
        else if (!command && key == GLFW_KEY_F)
            frame_under_mouse();
        if (back) {
            sweep_.running = false;
            clicks_.cancel();
            scene_ = back->scene;
            input_.transition.start(input_.camera, back->camera, 0.35f);
        }
    }
}

void App::frame_under_mouse() {
    // The body part under the cursor (a hand, the trunk, a foot), on its side; the whole body over the backdrop.
    const auto hit = skin_under_mouse();
    if (!hit) {
        input_.frame_box(model_.body().bounds(), fb_w_, fb_h_);
        return;
    }
    const BodyCoordinates& coords = model_.coordinates();
    const SurfaceMesh& skin = model_.body().skin;
    const std::uint32_t v = hit->nearest_vertex;
    Bounds box{glm::vec3(1e9f), glm::vec3(-1e9f)};
    for (std::size_t i = 0; i < skin.vertex_count(); ++i)
        if (frame_part(coords.region[i]) == frame_part(coords.region[v]) && coords.side[i] == coords.side[v]) {
            box.min = glm::min(box.min, skin.positions[i]);
            box.max = glm::max(box.max, skin.positions[i]);
        }
    input_.frame_box(box, fb_w_, fb_h_);
}

void App::record_history() {
    // Only at rest: a drag, a camera move, a click waiting out the double
    // click time or a sweep become one step when they end.
    const ImGuiIO& io = ImGui::GetIO();
    const bool held = io.MouseDown[0] || io.MouseDown[1] || io.MouseDown[2];
    if (!held && settled())
        history_.observe(scene_, input_.camera);
}

} // namespace dv::app
