// The nipples and the umbilicus drawn as skin (render/skin_marks.h): the
// anchors of "T4 runs through the nipples" and "T10 through the umbilicus",
// visible on plain skin, confined to small discs, and gone when switched off.
#include "render/skin_marks.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

#include <glm/geometric.hpp>

#include <algorithm>
#include <vector>

using namespace dv::test;

namespace {
constexpr int kW = 600, kH = 800;

// A renderer of its own, with the marks but no display fields: plain skin as
// the command line draws it.
dv::Renderer& marks_renderer() {
    headless_context();
    static dv::Renderer r(test_data_dir() / "shaders");
    static const bool ready = [] {
        const int level = dv::kDefaultSubdivision;
        r.set_body(default_model().display(level), nullptr, &default_model().skin_marks(level));
        return true;
    }();
    (void)ready;
    return r;
}

const dv::Camera& camera() { static const dv::Camera cam = front_view(kW, kH); return cam; }

dv::Image render(bool marks) {
    dv::RenderSettings s;
    s.skin_marks = marks;
    return marks_renderer().render_image(camera(), kW, kH, s);
}

glm::vec2 project(glm::vec3 p) {
    const glm::vec4 clip = camera().projection(float(kW) / kH) * camera().view() * glm::vec4(p, 1.0f);
    return {(clip.x / clip.w * 0.5f + 0.5f) * kW, (0.5f - clip.y / clip.w * 0.5f) * kH};
}

// Mean brightness (R + G + B) of a 3x3 patch around where a point appears.
float brightness_at(const dv::Image& img, glm::vec3 p) {
    const glm::vec2 xy = project(p);
    float sum = 0.0f;
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx) {
            const std::uint8_t* px = img.pixel(int(xy.x) + dx, int(xy.y) + dy);
            sum += float(px[0] + px[1] + px[2]);
        }
    return sum / 9.0f;
}

glm::vec3 anchor(const dv::SkinMarkAnchor& a) {
    return default_landmarks().position(default_body().skin, a.landmark, a.side);
}
} // namespace

TEST_CASE("Skin mark weights are full at each anchor and zero a few centimetres away", "[skin_marks]") {
    const dv::BodyModel& model = default_model();
    const std::vector<glm::vec3>& positions = model.display(1).skin.mesh().positions;
    const std::vector<float>& marks = model.skin_marks(1);
    REQUIRE(marks.size() == positions.size());
    std::vector<glm::vec3> centres;
    for (const dv::SkinMarkAnchor& a : dv::kSkinMarkAnchors)
        centres.push_back(anchor(a));
    for (std::size_t k = 0; k < centres.size(); ++k) {
        float nearest_weight = 0.0f, nearest = 1e9f;
        for (std::size_t i = 0; i < positions.size(); ++i) {
            const float d = glm::distance(positions[i], centres[k]);
            if (d < nearest)
                nearest = d, nearest_weight = marks[i];
        }
        CHECK(nearest_weight > 0.9f * dv::kSkinMarkAnchors[k].strength);
    }
    // Beyond every anchor's radius the skin is unmarked.
    for (std::size_t i = 0; i < positions.size(); ++i) {
        bool inside = false;
        for (std::size_t k = 0; k < centres.size(); ++k)
            inside = inside || glm::distance(positions[i], centres[k]) < dv::kSkinMarkAnchors[k].radius_m;
        if (!inside)
            REQUIRE(marks[i] == 0.0f);
    }
    // A landmark file without the anchors gives no marks rather than failing.
    const dv::LandmarkSet none;
    for (float w : dv::skin_mark_weights(positions, none, default_body().skin))
        REQUIRE(w == 0.0f);
}

TEST_CASE("Plain skin shows the nipples and the umbilicus darker than the skin beside them", "[render][skin_marks]") {
    const dv::Image on = render(true);
    const dv::Image off = render(false);
    const glm::vec3 umbilicus = default_landmarks().position(default_body().skin, "umbilicus", dv::Side::Midline);
    for (const dv::SkinMarkAnchor& a : dv::kSkinMarkAnchors) {
        const glm::vec3 p = anchor(a);
        // 3 cm sideways at the same height: toward the midline for the
        // nipples (outward the chest turns away from the light and is darker
        // anyway), both ways for the umbilicus.
        const float inward = p.x > umbilicus.x ? -1.0f : 1.0f;
        std::vector<glm::vec3> beside{p + glm::vec3(0.03f * inward, 0.0f, 0.0f)};
        if (a.side == dv::Side::Midline)
            beside.push_back(p - glm::vec3(0.03f * inward, 0.0f, 0.0f));
        INFO(a.landmark << " side " << int(a.side));
        for (const glm::vec3& q : beside)
            CHECK(brightness_at(on, p) < 0.92f * brightness_at(on, q));
        CHECK(brightness_at(on, p) < 0.9f * brightness_at(off, p));
    }
}

TEST_CASE("Skin marks change nothing outside their small discs", "[render][skin_marks]") {
    const dv::Image on = render(true);
    const dv::Image off = render(false);
    std::vector<glm::vec2> centres;
    float reach_px = 0.0f; // 3 cm on screen at the anchors' depth, beyond every anchor's radius
    for (const dv::SkinMarkAnchor& a : dv::kSkinMarkAnchors) {
        REQUIRE(a.radius_m < 0.03f);
        const glm::vec3 p = anchor(a);
        centres.push_back(project(p));
        reach_px = std::max(reach_px, glm::distance(project(p), project(p + glm::vec3(0.0f, 0.03f, 0.0f))));
    }
    int changed = 0, changed_far = 0;
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x) {
            const std::uint8_t* a = on.pixel(x, y);
            const std::uint8_t* b = off.pixel(x, y);
            if (a[0] == b[0] && a[1] == b[1] && a[2] == b[2])
                continue;
            ++changed;
            bool near = false;
            for (glm::vec2 c : centres)
                near = near || glm::distance(glm::vec2(x, y), c) < reach_px;
            changed_far += near ? 0 : 1;
        }
    CHECK(changed > 0);
    CHECK(changed_far == 0);
}
