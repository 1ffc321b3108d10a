#pragma once
// Undo and redo (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y) of what the window shows:
// the lit levels, the map, the side, the view, every other choice of the
// scene, and the camera. The one owner of the window's past. The App shows
// it the scene and camera once a frame while nothing is in motion (no button
// held, no camera move, no click waiting, no sweep), so a drag or a camera
// move becomes one step when it ends, never one per frame. No ImGui here.
#include "render/camera.h"
#include "scene/scene.h"

#include <optional>
#include <vector>

namespace dv::app {

struct ShownState {
    Scene scene;
    Camera camera;
};

class History {
public:
    // A state that differs from the last one seen becomes a step to undo
    // (and what could be redone is forgotten, as in any editor).
    void observe(const Scene& scene, const Camera& camera);
    // The state to go back (or forward) to, or nothing when there is none.
    // It becomes the last one seen, so arriving there is no new step.
    std::optional<ShownState> undo();
    std::optional<ShownState> redo();
    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }

    static constexpr std::size_t kMaxSteps = 200;

private:
    std::optional<ShownState> current_;
    std::vector<ShownState> undo_, redo_;
};

// Cameras equal but for rounding (an eased move ends a hair from its goal).
bool same_camera(const Camera& a, const Camera& b);

} // namespace dv::app
