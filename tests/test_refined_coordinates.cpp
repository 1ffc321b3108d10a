// Body coordinates carried onto the display skin, where maps are baked: each
// display vertex gets a region its base vertices have, values of that region
// only, and a spinal level that changes as smoothly as the base field does.
#include "body/refined_coordinates.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace dv::test;

namespace {
const dv::Subdivision& display_skin() { return default_model().display(1).skin; }
const dv::BodyCoordinates& refined() { return default_model().coordinates(1); }
} // namespace

TEST_CASE("A display vertex takes a region of the base vertices it is made from, and their values only",
          "[coordinates][subdivision]") {
    const dv::BodyCoordinates& base = default_coordinates();
    const dv::SubdivisionStencil& stencil = display_skin().stencils()[0];
    REQUIRE(refined().region.size() == display_skin().mesh().vertex_count());
    for (std::size_t r = 0; r < stencil.row_count(); ++r) {
        float lo = INFINITY, hi = -INFINITY;
        bool region_found = false;
        for (std::uint32_t k = stencil.offsets[r]; k < stencil.offsets[r + 1]; ++k) {
            const std::uint32_t c = stencil.indices[k];
            if (base.region[c] != refined().region[r])
                continue;
            region_found = true;
            if (!std::isnan(base.along[c])) {
                lo = std::min(lo, base.along[c]);
                hi = std::max(hi, base.along[c]);
            }
        }
        INFO("display vertex " << r << " in " << dv::region_name(refined().region[r]));
        REQUIRE(region_found);
        // An elbow-line vertex of the forearm (along 0) must not pick up the
        // arm's along (1) next to it: the blend stays within its region's values.
        if (!std::isnan(refined().along[r])) {
            CHECK(refined().along[r] >= lo - 1e-4f);
            CHECK(refined().along[r] <= hi + 1e-4f);
        }
    }
}

TEST_CASE("Refined angles and levels stay on their scales", "[coordinates][subdivision]") {
    const dv::BodyCoordinates& c = refined();
    for (std::size_t v = 0; v < c.region.size(); ++v) {
        const dv::Region r = c.region[v];
        const bool axial = r == dv::Region::Neck || r == dv::Region::Trunk || r == dv::Region::Perineum;
        INFO("display vertex " << v << " in " << dv::region_name(r));
        if (!std::isnan(c.around_deg[v])) {
            CHECK(c.around_deg[v] >= 0.0f);
            CHECK(c.around_deg[v] <= (axial ? 180.0f : 360.0f));
        }
        CHECK(std::isnan(c.spinal_level[v]) != axial);
    }
}

TEST_CASE("Coordinates of another body's size are refused with the counts", "[coordinates][subdivision][errors]") {
    dv::BodyCoordinates wrong = default_coordinates();
    wrong.region.pop_back();
    CHECK_THROWS_WITH(dv::refine_coordinates(display_skin(), wrong), Catch::Contains("base vertices"));
}
