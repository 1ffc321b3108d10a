// Rays against the skin: what picking and label hiding rely on.
#include "body/landmarks.h"
#include "body/ray_cast.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>
#include <glm/geometric.hpp>

using namespace dv::test;

namespace {
const dv::RayCaster& caster() {
    static const dv::RayCaster c(default_body().skin);
    return c;
}
const dv::LandmarkSet& landmarks() { return dv::test::default_landmarks(); }
} // namespace

TEST_CASE("A ray from the front at the umbilicus hits the skin there", "[raycast]") {
    const glm::vec3 umbilicus = landmarks().position(default_body().skin, "umbilicus", dv::Side::Midline);
    const auto hit = caster().cast(umbilicus + glm::vec3(0, 0, 2), glm::vec3(0, 0, -1));
    REQUIRE(hit.has_value());
    CHECK(glm::length(hit->point - umbilicus) < 0.01f);
    CHECK(glm::length(default_body().skin.positions[hit->nearest_vertex] - umbilicus) < 0.02f);
    CHECK(hit->distance == Approx(umbilicus.z + 2.0f - hit->point.z).margin(1e-4));
}

TEST_CASE("A ray past the body misses", "[raycast]") {
    CHECK_FALSE(caster().cast(glm::vec3(2, 1, 2), glm::vec3(0, 0, -1)).has_value());
    CHECK_FALSE(caster().cast(glm::vec3(0, 1, 2), glm::vec3(0, 0, 0)).has_value());
}

TEST_CASE("A nipple is visible from the front and hidden from behind", "[raycast]") {
    const glm::vec3 nipple = landmarks().position(default_body().skin, "nipple", dv::Side::Left);
    CHECK(caster().visible(nipple + glm::vec3(0, 0, 3), nipple));
    CHECK_FALSE(caster().visible(nipple + glm::vec3(0, 0, -3), nipple));
}
