#pragma once
// Mouse and keys to camera moves, read from Dear ImGui's input state so that
// clicks on the panel never move the body.
#include "render/camera.h"

#include <span>

namespace dv::app {

struct CameraInput {
    Camera camera;
    CameraTransition transition;
    Bounds body_bounds;

    void go_to(StandardView v, float aspect);   // animated move to a framed standard view
    void home(float aspect) { go_to(StandardView::Anterior, aspect); }
    // Applies this frame's mouse drags, wheel and the keys pressed since the
    // last frame (GLFW key codes); framebuffer size in pixels, dt in seconds.
    void update(int fb_width, int fb_height, float dt, std::span<const int> key_presses);
};

// The keys for the standard views, shown in the panel.
struct ViewKey {
    StandardView view;
    int key;           // GLFW key code
    const char* label; // as printed on the key
};
extern const ViewKey kViewKeys[6];

} // namespace dv::app
