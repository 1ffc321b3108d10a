// The camera as a user drives it: standard views look from the right side,
// frame the whole body, keep it upright, and mouse moves behave.
#include "render/camera.h"
#include "render/picking.h"

#include <catch2/catch.hpp>
#include <glm/geometric.hpp>

namespace {
const dv::Bounds kBody{{-0.5f, 0.0f, -0.1f}, {0.5f, 1.66f, 0.33f}};

glm::vec2 project(const dv::Camera& cam, float aspect, glm::vec3 p) {
    const glm::vec4 clip = cam.projection(aspect) * cam.view() * glm::vec4(p, 1.0f);
    return glm::vec2(clip) / clip.w;
}
} // namespace

TEST_CASE("View names parse, including the everyday aliases", "[camera]") {
    for (dv::StandardView v : dv::kAllViews)
        CHECK(dv::parse_view(dv::view_name(v)) == v);
    CHECK(dv::parse_view("front") == dv::StandardView::Anterior);
    CHECK(dv::parse_view("back") == dv::StandardView::Posterior);
    CHECK(dv::parse_view("top") == dv::StandardView::Superior);
    CHECK_FALSE(dv::parse_view("sideways").has_value());
}

TEST_CASE("Each standard view looks at the body from its anatomical side", "[camera]") {
    const glm::vec3 c = kBody.center();
    auto eye = [&](dv::StandardView v) { return dv::frame_view(v, kBody, 1.0f).eye() - c; };
    // The body faces +Z and its left side is +X.
    CHECK(eye(dv::StandardView::Anterior).z > 0.9f * glm::length(eye(dv::StandardView::Anterior)));
    CHECK(eye(dv::StandardView::Posterior).z < -0.9f * glm::length(eye(dv::StandardView::Posterior)));
    CHECK(eye(dv::StandardView::Left).x > 0.9f * glm::length(eye(dv::StandardView::Left)));
    CHECK(eye(dv::StandardView::Right).x < -0.9f * glm::length(eye(dv::StandardView::Right)));
    CHECK(eye(dv::StandardView::Superior).y > 0.9f * glm::length(eye(dv::StandardView::Superior)));
    CHECK(eye(dv::StandardView::Inferior).y < -0.9f * glm::length(eye(dv::StandardView::Inferior)));
    // Upright in the side views: the head is at the top of the picture.
    for (dv::StandardView v : {dv::StandardView::Anterior, dv::StandardView::Left, dv::StandardView::Posterior}) {
        const dv::Camera cam = dv::frame_view(v, kBody, 1.0f);
        CHECK(project(cam, 1.0f, {0, 1.6f, 0}).y > project(cam, 1.0f, {0, 0.1f, 0}).y);
    }
    // From above and below, the front of the body is at the top of the picture.
    for (dv::StandardView v : {dv::StandardView::Superior, dv::StandardView::Inferior}) {
        const dv::Camera cam = dv::frame_view(v, kBody, 1.0f);
        CHECK(project(cam, 1.0f, {0, 0.8f, 0.3f}).y > project(cam, 1.0f, {0, 0.8f, -0.1f}).y);
    }
}

TEST_CASE("Framing keeps the whole body in the picture with a margin, at any aspect", "[camera]") {
    for (float aspect : {0.5f, 1.0f, 16.0f / 9.0f, 3.0f})
        for (dv::StandardView v : dv::kAllViews) {
            const dv::Camera cam = dv::frame_view(v, kBody, aspect);
            float extent = 0.0f;
            for (int i = 0; i < 8; ++i) {
                const glm::vec3 corner((i & 1) ? kBody.max.x : kBody.min.x, (i & 2) ? kBody.max.y : kBody.min.y,
                                       (i & 4) ? kBody.max.z : kBody.min.z);
                const glm::vec2 ndc = project(cam, aspect, corner);
                extent = std::max({extent, std::abs(ndc.x), std::abs(ndc.y)});
            }
            INFO("view " << dv::view_name(v) << ", aspect " << aspect);
            CHECK(extent <= 1.0f);
            CHECK(extent > 0.85f); // and fills the frame, not a speck in the middle
        }
}

TEST_CASE("Orbiting keeps the body upright and stops at the poles", "[camera]") {
    dv::Camera cam = dv::frame_view(dv::StandardView::Anterior, kBody, 1.0f);
    dv::orbit(cam, 30.0f, 200.0f);
    CHECK(cam.pitch_deg == 90.0f);
    dv::orbit(cam, 0.0f, -400.0f);
    CHECK(cam.pitch_deg == -90.0f);
    dv::orbit(cam, 400.0f, 45.0f);
    CHECK(cam.yaw_deg >= -180.0f);
    CHECK(cam.yaw_deg < 180.0f);
    CHECK(cam.right().y == Approx(0.0f).margin(1e-5)); // turntable: no roll, ever
}

TEST_CASE("Panning moves the point under the cursor with the cursor", "[camera]") {
    dv::Camera cam = dv::frame_view(dv::StandardView::Anterior, kBody, 1.0f);
    const float height_px = 800.0f;
    const glm::vec3 p = cam.target;
    const glm::vec2 before = project(cam, 1.0f, p);
    dv::pan(cam, 40.0f, 0.0f, height_px); // 40 px to the right
    const glm::vec2 after = project(cam, 1.0f, p);
    CHECK((after.x - before.x) * height_px / 2.0f == Approx(40.0f).epsilon(0.01));
    CHECK(after.y == Approx(before.y).margin(1e-5));
}

TEST_CASE("Zoom is bounded and the wheel direction zooms in", "[camera]") {
    dv::Camera cam = dv::frame_view(dv::StandardView::Anterior, kBody, 1.0f);
    const float d = cam.distance;
    dv::zoom(cam, 1.0f, 0.1f, 10.0f);
    CHECK(cam.distance < d);
    dv::zoom(cam, 1000.0f, 0.1f, 10.0f);
    CHECK(cam.distance == 0.1f);
    dv::zoom(cam, -1000.0f, 0.1f, 10.0f);
    CHECK(cam.distance == 10.0f);
}

TEST_CASE("Zooming towards a point keeps that point where it is in the image", "[camera]") {
    dv::Camera cam = dv::frame_view(dv::StandardView::Anterior, kBody, 1.6f);
    cam.shift_x = 0.2f; // the window's lens shift for its panel
    cam.yaw_deg = 30.0f;
    const glm::vec3 hand(0.45f, 0.9f, 0.05f);
    const glm::vec2 before = project(cam, 1.6f, hand);
    const float distance = cam.distance;
    dv::zoom_toward(cam, hand, 3.0f, 0.1f, 10.0f);
    CHECK(cam.distance < distance * 0.8f);
    const glm::vec2 after = project(cam, 1.6f, hand);
    CHECK(glm::length(after - before) < 1e-4f);
    // The target moved towards the hand, so the view is not the old one zoomed about its centre.
    CHECK(glm::length(project(cam, 1.6f, glm::vec3(0.0f, 0.9f, 0.05f)) - before) > 0.1f);
    // At the limit nothing moves.
    dv::Camera near = cam;
    dv::zoom_toward(near, hand, 100.0f, cam.distance, 10.0f);
    CHECK(near.distance == cam.distance);
    CHECK(glm::length(near.target - cam.target) < 1e-5f);
}

TEST_CASE("A view transition eases to the target the short way round", "[camera]") {
    dv::Camera from = dv::frame_view(dv::StandardView::Anterior, kBody, 1.0f);
    from.yaw_deg = 170.0f;
    dv::Camera to = from;
    to.yaw_deg = -170.0f;
    dv::CameraTransition t;
    t.start(from, to, 0.4f);
    const dv::Camera mid = t.step(from, 0.2f);
    CHECK(std::abs(mid.yaw_deg) > 170.0f); // through 180, not through 0
    const dv::Camera end = t.step(mid, 0.3f);
    CHECK_FALSE(t.active());
    CHECK(end.yaw_deg == Approx(-170.0f).margin(1e-3));
}

TEST_CASE("A lens shift moves the whole image sideways without turning the view", "[camera]") {
    const dv::Bounds box{{-0.5f, 0.0f, -0.2f}, {0.5f, 1.7f, 0.2f}};
    const dv::Camera plain = dv::frame_view(dv::StandardView::Anterior, box, 1.5f);
    dv::Camera shifted = plain;
    shifted.shift_x = 0.2f;
    CHECK(shifted.view() == plain.view()); // same eye, same direction: a frontal view stays frontal
    for (const glm::vec3 p : {box.min, box.max, box.center(), glm::vec3(0.3f, 1.2f, 0.1f)}) {
        const glm::vec2 a = dv::project_to_pixel(plain, 600, 400, p).value();
        const glm::vec2 b = dv::project_to_pixel(shifted, 600, 400, p).value();
        CHECK(b.x == Approx(a.x + 0.2f * 600.0f).margin(0.01));
        CHECK(b.y == Approx(a.y).margin(0.01));
    }
}
