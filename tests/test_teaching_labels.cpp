// Teaching labels (figure/teaching_labels.h), shared by the window and
// figures: with levels lit only the callouts that mark them are named, on a
// full chart all that are in sight, and a close-up names nothing outside
// its picture (a label pushed to the edge would point at nothing).
#include "figure/teaching_labels.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace dv::test;

namespace {

constexpr int kW = 1600, kH = 1000;

std::vector<dv::TeachingLabel> labels(const dv::Camera& camera, std::vector<std::string> lit) {
    const dv::BodyModel& m = default_model();
    return dv::teaching_labels({camera, kW, kH, m.landmarks(), m.body().skin, m.caster(), true, std::move(lit)});
}

bool named(const std::vector<dv::TeachingLabel>& all, const std::string& text) {
    return std::any_of(all.begin(), all.end(), [&](const dv::TeachingLabel& t) { return t.text == text; });
}

dv::Camera front() { return dv::frame_view(dv::StandardView::Anterior, default_body().bounds(), float(kW) / kH); }

} // namespace

TEST_CASE("A full chart names every teaching point in sight; lit levels only the points that mark them",
          "[figure][teaching]") {
    const auto chart = labels(front(), {});
    CHECK(named(chart, "T6: xiphoid"));
    CHECK(named(chart, "T10: umbilicus"));
    CHECK(named(chart, "T12/L1: inguinal ligament"));

    const auto trunk = labels(front(), {"T4", "T10"});
    CHECK(named(trunk, "T10: umbilicus"));
    CHECK(named(trunk, "T4 key point"));
    CHECK_FALSE(named(trunk, "T6: xiphoid"));
    CHECK_FALSE(named(trunk, "T12/L1: inguinal ligament"));

    CHECK(named(labels(front(), {"L1"}), "T12/L1: inguinal ligament"));

    // The hand's levels lit: no trunk callout at all, only their key points.
    for (const dv::TeachingLabel& t : labels(front(), {"C6", "C7", "C8"}))
        CHECK(t.text.find("key point") != std::string::npos);
}

TEST_CASE("A close-up of the hand names nothing outside its picture", "[figure][teaching]") {
    // The shipped lecture's hand step: the trunk is partly in the picture, the umbilicus and groin are not.
    dv::Camera hand = front();
    hand.target = {0.47f, 0.95f, 0.22f};
    hand.distance = 0.7f;
    // The umbilicus faces this camera but projects left of the picture.
    const glm::vec3 umbilicus = default_landmarks().position(default_body().skin, "umbilicus", dv::Side::Midline);
    const auto at = dv::project_to_pixel(hand, kW, kH, umbilicus);
    REQUIRE(at);
    REQUIRE(at->x < 0.0f);
    const auto close = labels(hand, {});
    for (const dv::TeachingLabel& t : close) {
        INFO(t.text << " at " << t.pixel.x << ", " << t.pixel.y);
        CHECK((t.pixel.x >= 0.0f && t.pixel.y >= 0.0f && t.pixel.x <= float(kW) && t.pixel.y <= float(kH)));
    }
    CHECK_FALSE(named(close, "T10: umbilicus"));
    CHECK_FALSE(named(close, "T12/L1: inguinal ligament"));
    // The same camera turned to the trunk does name them: they are left out for being outside, not lost.
    dv::Camera trunk = hand;
    trunk.target = {0.0f, 1.0f, 0.1f};
    trunk.distance = 1.6f;
    CHECK(named(labels(trunk, {}), "T10: umbilicus"));
}
