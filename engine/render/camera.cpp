#include "render/camera.h"

#include <glm/gtc/matrix_transform.hpp>
#include <glm/trigonometric.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace dv {

namespace {
struct ViewAngles {
    StandardView view;
    std::string_view name;
    std::string_view alias;
    float yaw, pitch;
};
// Superior looks down with the face at the top of the image; inferior looks up
// with the face at the top too, as anatomy atlases print them.
constexpr std::array<ViewAngles, 6> kViewTable{{
    {StandardView::Anterior, "anterior", "front", 0.0f, 0.0f},
    {StandardView::Posterior, "posterior", "back", 180.0f, 0.0f},
    {StandardView::Left, "left", "left-lateral", 90.0f, 0.0f},
    {StandardView::Right, "right", "right-lateral", -90.0f, 0.0f},
    {StandardView::Superior, "superior", "top", 180.0f, 90.0f},
    {StandardView::Inferior, "inferior", "bottom", 0.0f, -90.0f},
}};

const ViewAngles& angles_of(StandardView v) {
    return *std::find_if(kViewTable.begin(), kViewTable.end(), [v](const ViewAngles& a) { return a.view == v; });
}

glm::mat4 rotation(const Camera& c) {
    // World to camera: undo the yaw about +Y, then tilt by the pitch.
    const glm::mat4 pitch = glm::rotate(glm::mat4(1.0f), glm::radians(c.pitch_deg), glm::vec3(1, 0, 0));
    return glm::rotate(pitch, glm::radians(-c.yaw_deg), glm::vec3(0, 1, 0));
}

float wrap_degrees(float a) { return a - 360.0f * std::floor((a + 180.0f) / 360.0f); }
} // namespace

std::string_view view_name(StandardView v) { return angles_of(v).name; }

std::optional<StandardView> parse_view(std::string_view name) {
    for (const ViewAngles& a : kViewTable)
        if (name == a.name || name == a.alias)
            return a.view;
    return std::nullopt;
}

glm::mat4 Camera::view() const {
    return glm::translate(glm::mat4(1.0f), glm::vec3(0, 0, -distance)) * rotation(*this) *
           glm::translate(glm::mat4(1.0f), -target);
}

glm::mat4 Camera::projection(float aspect) const {
    // Near and far follow the distance so depth precision holds when zoomed in.
    const float near_plane = std::max(0.01f, distance * 0.02f);
    glm::mat4 p = glm::perspective(glm::radians(fov_y_deg), aspect, near_plane, distance * 4.0f + 10.0f);
    // Clip x spans two units across the image; shifting it keeps the view
    // direction (an off-axis frustum), so a frontal view stays frontal.
    p[2][0] -= 2.0f * shift_x; // x_clip += 2 shift_x * w_clip, and w_clip = -z_view
    return p;
}

glm::vec3 Camera::eye() const {
    return target + glm::vec3(glm::transpose(rotation(*this)) * glm::vec4(0, 0, distance, 0));
}
glm::vec3 Camera::right() const { return glm::vec3(glm::transpose(rotation(*this)) * glm::vec4(1, 0, 0, 0)); }
glm::vec3 Camera::up() const { return glm::vec3(glm::transpose(rotation(*this)) * glm::vec4(0, 1, 0, 0)); }

void fit_distance(Camera& cam, const Bounds& box, float aspect, float margin) {
    const float tan_y = std::tan(glm::radians(cam.fov_y_deg) * 0.5f);
    const float tan_x = tan_y * aspect;
    const glm::mat4 rot = rotation(cam);
    // Each corner at camera-space (x, y, z) with the camera at distance d sees
    // it at depth d - z; it fits when |x| <= tan_x (d - z) and likewise for y.
    float needed = 0.0f;
    for (int i = 0; i < 8; ++i) {
        const glm::vec3 corner((i & 1) ? box.max.x : box.min.x, (i & 2) ? box.max.y : box.min.y,
                               (i & 4) ? box.max.z : box.min.z);
        const glm::vec3 c = glm::vec3(rot * glm::vec4(corner - cam.target, 0.0f));
        needed = std::max(needed, c.z + margin * std::abs(c.x) / tan_x);
        needed = std::max(needed, c.z + margin * std::abs(c.y) / tan_y);
    }
    cam.distance = needed;
}

Camera frame_view(StandardView v, const Bounds& box, float aspect) {
    Camera cam;
    cam.target = box.center();
    cam.yaw_deg = angles_of(v).yaw;
    cam.pitch_deg = angles_of(v).pitch;
    fit_distance(cam, box, aspect);
    return cam;
}

void orbit(Camera& cam, float yaw_delta_deg, float pitch_delta_deg) {
    cam.yaw_deg = wrap_degrees(cam.yaw_deg + yaw_delta_deg);
    cam.pitch_deg = std::clamp(cam.pitch_deg + pitch_delta_deg, -90.0f, 90.0f);
}

void pan(Camera& cam, float dx_pixels, float dy_pixels, float viewport_height_pixels) {
    // One pixel covers this many metres at the target's depth, so the point
    // under the cursor follows the cursor.
    const float metres_per_pixel =
        2.0f * cam.distance * std::tan(glm::radians(cam.fov_y_deg) * 0.5f) / std::max(1.0f, viewport_height_pixels);
    cam.target += (-dx_pixels * cam.right() + dy_pixels * cam.up()) * metres_per_pixel;
}

void zoom(Camera& cam, float wheel_steps, float min_distance, float max_distance) {
    cam.distance = std::clamp(cam.distance * std::pow(0.88f, wheel_steps), min_distance, max_distance);
}

void zoom_toward(Camera& cam, glm::vec3 anchor, float wheel_steps, float min_distance, float max_distance) {
    const float before = cam.distance;
    zoom(cam, wheel_steps, min_distance, max_distance);
    // Same angles, distance scaled by f: the view of the anchor is unchanged
    // when the target scales about it by the same f.
    cam.target = anchor + (cam.target - anchor) * (cam.distance / before);
}

void CameraTransition::start(const Camera& from, const Camera& to, float seconds) {
    from_ = from;
    to_ = to;
    // Turn the short way round.
    to_.yaw_deg = from_.yaw_deg + wrap_degrees(to.yaw_deg - from.yaw_deg);
    duration_ = std::max(seconds, 1e-3f);
    elapsed_ = 0.0f;
    active_ = true;
}

Camera CameraTransition::step(const Camera& current, float dt_seconds) {
    if (!active_)
        return current;
    elapsed_ += dt_seconds;
    const float t = std::min(1.0f, elapsed_ / duration_);
    const float s = t * t * (3.0f - 2.0f * t); // smoothstep: ease in and out
    Camera c = to_;
    c.target = glm::mix(from_.target, to_.target, s);
    c.yaw_deg = wrap_degrees(glm::mix(from_.yaw_deg, to_.yaw_deg, s));
    c.pitch_deg = glm::mix(from_.pitch_deg, to_.pitch_deg, s);
    // Distance eases geometrically so zoom feels even.
    c.distance = from_.distance * std::pow(to_.distance / from_.distance, s);
    c.shift_x = glm::mix(from_.shift_x, to_.shift_x, s);
    if (t >= 1.0f) {
        active_ = false;
        c.yaw_deg = wrap_degrees(to_.yaw_deg);
    }
    return c;
}

} // namespace dv
