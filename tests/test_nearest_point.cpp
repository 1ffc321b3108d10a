// The nearest point of a surface, which decides whether probe's x,y,z is on
// the skin: measured against distances known from the geometry of a square.
#include "body/nearest_point.h"
#include "core/error.h"

#include <catch2/catch.hpp>

namespace {
// The unit square in the z = 0 plane, as one quad, corners 0..3 counter-clockwise from the origin.
dv::SurfaceMesh unit_square() {
    dv::SurfaceMesh m;
    m.positions = {{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 1, 0}};
    m.face_offsets = {0, 4};
    m.face_indices = {0, 1, 2, 3};
    return m;
}
} // namespace

TEST_CASE("nearest_point_on: above the face, beside an edge, beyond a corner", "[body]") {
    const dv::SurfaceMesh square = unit_square();

    const dv::NearestPoint above = dv::nearest_point_on(square, {0.75f, 0.25f, 0.3f});
    CHECK(above.distance == Approx(0.3f));
    CHECK(above.point.x == Approx(0.75f));
    CHECK(above.point.y == Approx(0.25f));
    CHECK(above.nearest_vertex == 1u);

    // Past the edge x = 1: the distance is to that edge, not to a corner.
    const dv::NearestPoint beside = dv::nearest_point_on(square, {1.4f, 0.5f, 0.3f});
    CHECK(beside.distance == Approx(0.5f));
    CHECK(beside.point.x == Approx(1.0f));

    const dv::NearestPoint corner = dv::nearest_point_on(square, {-0.3f, 1.4f, 0.0f});
    CHECK(corner.distance == Approx(0.5f));
    CHECK(corner.nearest_vertex == 3u);

    // On the diagonal the fan triangulation splits the quad: still on the surface.
    CHECK(dv::nearest_point_on(square, {0.5f, 0.5f, 0.0f}).distance == Approx(0.0f).margin(1e-6));
}

TEST_CASE("nearest_point_on refuses a mesh with no faces as a bug, not as bad input", "[body]") {
    CHECK_THROWS_AS(dv::nearest_point_on(dv::SurfaceMesh{}, {0, 0, 0}), dv::InternalError);
}
