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

Camera CameraInput::framed(StandardView v, int fb_width, int fb_height) const {
    const float w = float(std::max(fb_width, 1)), h = float(std::max(fb_height, 1));
    // In a narrow window the body gets at least half of it, under the panel or not.
    const float free_w = std::max(w - left_inset, 0.5f * w);
    Camera c = frame_view(v, body_bounds, free_w / h);
    c.shift_x = 0.5f * (w - free_w) / w; // the body's centre to the middle of the free part
    return c;
}

void CameraInput::go_to(StandardView v, int fb_width, int fb_height) {
    transition.start(camera, framed(v, fb_width, fb_height), kMoveSeconds);
}

void CameraInput::update(int fb_width, int fb_height, float dt, std::span<const int> key_presses) {
    const ImGuiIO& io = ImGui::GetIO();
    // Mouse deltas come in window units; scale them to framebuffer pixels.
    const float px = io.DisplayFramebufferScale.y > 0.0f ? io.DisplayFramebufferScale.y : 1.0f;

    if (!io.WantCaptureMouse) {
        const bool pan_drag = ImGui::IsMouseDragging(ImGuiMouseButton_Right, 0.0f) ||
                              ImGui::IsMouseDragging(ImGuiMouseButton_Middle, 0.0f) ||
                              (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f) && io.KeyShift);
        const bool orbit_drag = ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f) && !io.KeyShift && !paint_mode;
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
                    go_to(k.view, fb_width, fb_height);
            if (key == GLFW_KEY_HOME || key == GLFW_KEY_0)
                home(fb_width, fb_height);
        }
    }
    camera = transition.step(camera, dt);
}

} // namespace dv::app
