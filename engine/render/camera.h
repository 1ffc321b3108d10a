#pragma once
// A turntable camera: it orbits a target point, the body's up axis (+Y) always
// stays up on screen, and pitch stops at the poles so the body never tips over.
// The body faces +Z and its left side is +X (MakeHuman's convention).
#include "body/body_mesh.h"

#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>

#include <optional>
#include <span>
#include <string_view>

namespace dv {

enum class StandardView { Anterior, Posterior, Left, Right, Superior, Inferior };

inline constexpr StandardView kAllViews[] = {StandardView::Anterior, StandardView::Posterior, StandardView::Left,
                                             StandardView::Right,    StandardView::Superior,  StandardView::Inferior};

std::string_view view_name(StandardView v);                  // "anterior", ...
std::optional<StandardView> parse_view(std::string_view name); // also accepts front/back/top/bottom

struct Camera {
    glm::vec3 target{0.0f};
    float yaw_deg = 0.0f;   // 0: looking at the front; 90: at the body's left side
    float pitch_deg = 0.0f; // +90: from above, -90: from below
    float distance = 3.0f;  // metres from target
    float fov_y_deg = 30.0f;
    // A lens shift: the image moves right by this fraction of its width with
    // no change of perspective (the window uses it to centre the body in the
    // part its panel leaves free). Not part of a saved scene.
    float shift_x = 0.0f;

    glm::mat4 view() const;
    glm::mat4 projection(float aspect) const;
    glm::vec3 eye() const;
    glm::vec3 right() const; // screen right in world space
    glm::vec3 up() const;    // screen up in world space
    bool operator==(const Camera&) const = default;
};

// The camera looking from `v`, placed so the box fills the frame with a margin.
Camera frame_view(StandardView v, const Bounds& box, float aspect);
// Moves the camera along its line of sight so that `box` fits, keeping angles.
void fit_distance(Camera& cam, const Bounds& box, float aspect, float margin = 1.08f);

// Mouse-driven changes, in the units input arrives in.
void orbit(Camera& cam, float yaw_delta_deg, float pitch_delta_deg);
void pan(Camera& cam, float dx_pixels, float dy_pixels, float viewport_height_pixels);
void zoom(Camera& cam, float wheel_steps, float min_distance, float max_distance);
// The same zoom towards a point: eye and target move along their lines to
// `anchor` (a scaling about it), so the anchor stays where it is in the image.
void zoom_toward(Camera& cam, glm::vec3 anchor, float wheel_steps, float min_distance, float max_distance);

// A short eased move from one camera to another (the standard-view keys).
class CameraTransition {
public:
    void start(const Camera& from, const Camera& to, float seconds);
    // Advances by dt; returns the camera to use now. Inactive: returns `current`.
    Camera step(const Camera& current, float dt_seconds);
    bool active() const { return active_; }

private:
    Camera from_, to_;
    float duration_ = 0.0f, elapsed_ = 0.0f;
    bool active_ = false;
};

} // namespace dv
