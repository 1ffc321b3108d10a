// Smooth tessellation: at the default subdivision level a full-body view at
// 1920x1080 shows no facets, i.e. it matches a finer level to within what the
// eye can see, while the unsubdivided mesh does not.
#include "support/image_checks.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

using namespace dv::test;

TEST_CASE("At the default smoothing a full-body 1080p view shows no facets", "[render][subdivision]") {
    headless_context();
    dv::Renderer r(test_data_dir() / "shaders");
    const dv::Camera cam = dv::frame_view(dv::StandardView::Anterior, default_body().bounds(), 1920.0f / 1080.0f);
    auto render_level = [&](int level) {
        r.set_body(default_model().display(level));
        return r.render_image(cam, 1920, 1080);
    };
    const dv::Image coarse = render_level(0), standard = render_level(dv::kDefaultSubdivision), fine = render_level(2);
    const double coarse_vs_fine = mean_abs_difference(coarse, fine, 0, 0, 1920, 1080);
    const double standard_vs_fine = mean_abs_difference(standard, fine, 0, 0, 1920, 1080);
    INFO("mean difference to level 2: level 0 " << coarse_vs_fine << ", level " << dv::kDefaultSubdivision << " "
                                                << standard_vs_fine);
    CHECK(standard_vs_fine < 0.5 * coarse_vs_fine);
    // Visible differences (more than 12 of 255 in a channel): the coarse
    // mesh's facets and polygonal silhouette show, the default level's do not.
    const double visible_standard = fraction(differing_pixels(standard, fine, 12));
    const double visible_coarse = fraction(differing_pixels(coarse, fine, 12));
    INFO("visibly different pixels: level 0 " << visible_coarse << ", default " << visible_standard);
    CHECK(visible_standard < 0.002);
    CHECK(visible_coarse > 3.0 * visible_standard);
}
