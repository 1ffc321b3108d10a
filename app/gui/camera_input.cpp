#include "gui/camera_input.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>

namespace dv::app {

const ViewKey kViewKeys[6] = {
    {StandardView::Anterior, GLFW_KEY_1, "1"},  {StandardView::Posterior, GLFW_KEY_2, "2"},
    {StandardView::Left, GLFW_KEY_3, "3"},      {StandardView::Right, GLFW_KEY_4, "4"},
    {StandardView::Superior, GLFW_KEY_5, "5"},  {StandardView::Inferior, GLFW_KEY_6, "6"},
};

namespace {
constexpr float kDegreesPerPixel = 0.35f;
constexpr float kMoveSeconds = 0.35f;
} // namespace

void CameraInput::go_to(StandardView v, float aspect) {
    transition.start(camera, frame_view(v, body_bounds, aspect), kMoveSeconds);
}

void CameraInput::update(int fb_width, int fb_height, float dt, std::span<const int> key_presses) {
    const ImGuiIO& io = ImGui::GetIO();
    const float aspect = fb_height > 0 ? static_cast<float>(fb_width) / static_cast<float>(fb_height) : 1.0f;
    // Mouse deltas come in window units; scale them to framebuffer pixels.
    const float px = io.DisplayFramebufferScale.y > 0.0f ? io.DisplayFramebufferScale.y : 1.0f;

    if (!io.WantCaptureMouse) {
        const bool pan_drag = ImGui::IsMouseDragging(ImGuiMouseButton_Right, 0.0f) ||
                              ImGui::IsMouseDragging(ImGuiMouseButton_Middle, 0.0f) ||
                              (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f) && io.KeyShift);
        const bool orbit_drag = ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f) && !io.KeyShift;
        if (orbit_drag || pan_drag || io.MouseWheel != 0.0f)
            transition = {}; // the hand wins over an animation in progress
        if (orbit_drag)
            orbit(camera, -io.MouseDelta.x * kDegreesPerPixel, io.MouseDelta.y * kDegreesPerPixel);
        if (pan_drag)
            pan(camera, io.MouseDelta.x * px, io.MouseDelta.y * px, static_cast<float>(fb_height));
        if (io.MouseWheel != 0.0f) {
            const float size = std::max({body_bounds.size().x, body_bounds.size().y, body_bounds.size().z});
            zoom(camera, io.MouseWheel, 0.05f * size, 6.0f * size);
        }
    }
    if (!io.WantCaptureKeyboard) {
        for (const int key : key_presses) {
            for (const ViewKey& k : kViewKeys)
                if (key == k.key)
                    go_to(k.view, aspect);
            if (key == GLFW_KEY_HOME || key == GLFW_KEY_0)
                home(aspect);
        }
    }
    camera = transition.step(camera, dt);
}

} // namespace dv::app
