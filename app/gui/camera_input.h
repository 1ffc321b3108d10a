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
    // Framebuffer pixels on the left that the panel covers: standard views
    // frame the body in the rest of the window, so the panel hides none of it.
    float left_inset = 0.0f;
    // The left button paints (the Lesion section's brush) instead of orbiting.
    bool paint_mode = false;

    // A standard view framed in the part of a fb_width x fb_height window
    // right of the inset.
    Camera framed(StandardView v, int fb_width, int fb_height) const;
    void go_to(StandardView v, int fb_width, int fb_height); // animated move to a framed standard view
    void home(int fb_width, int fb_height) { go_to(StandardView::Anterior, fb_width, fb_height); }
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
