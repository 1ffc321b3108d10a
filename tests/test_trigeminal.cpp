// The trigeminal layer (atlas/trigeminal.h, docs/trigeminal.md): V1, V2 and
// V3 on the face and the front of the scalp, named by the probe, drawn only
// when switched on, and carried by scenes. A cranial nerve, so never a
// spinal level.
#include "atlas/dermatome_map.h"
#include "atlas/trigeminal.h"
#include "scene/scene.h"
#include "support/process.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>
#include <glm/geometric.hpp>

#include <cmath>
#include <cstdio>
#include <string>

using namespace dv::test;
using dv::Division;
using dv::Region;

namespace {

const dv::TrigeminalLayer& layer() { return default_model().trigeminal_layer(); }

glm::vec3 landmark(const char* name, dv::Side side = dv::Side::Midline) {
    return default_landmarks().position(default_body().skin, name, side);
}

// The front-most skin vertex of the face at a height between the chin (0)
// and the vertex of the scalp (1), at a distance from the midline: a point
// found from the landmarks, not picked by hand.
std::uint32_t face_point(float height, float from_midline) {
    const float chin = landmark("menton").y, top = landmark("vertex_of_scalp").y;
    const float y = chin + height * (top - chin);
    const auto& skin = default_body().skin;
    const auto& c = default_coordinates();
    std::uint32_t best = 0;
    float best_z = -1e9f;
    for (std::uint32_t v = 0; v < skin.vertex_count(); ++v) {
        const glm::vec3 p = skin.positions[v];
        if (c.region[v] == Region::Face && std::abs(p.y - y) < 0.006f && std::abs(std::abs(p.x) - from_midline) < 0.006f &&
            p.x > 0.0f && p.z > best_z) {
            best = v;
            best_z = p.z;
        }
    }
    REQUIRE(best_z > -1e9f);
    return best;
}

Division division_of(std::uint32_t v) {
    const auto& c = default_coordinates();
    return dv::division_at(layer(), c.region[v], c.along[v], c.around_deg[v]);
}

} // namespace

TEST_CASE("Trigeminal layer: V1 on the forehead, V2 on the cheek, V3 on the chin; nothing off the face", "[trigeminal]") {
    REQUIRE(!layer().empty());
    // Forehead: high on the face beside the midline; cheek: below the eye,
    // over the zygoma; chin: the menton.
    CHECK(division_of(face_point(0.75f, 0.02f)) == Division::V1);
    CHECK(division_of(face_point(0.35f, 0.035f)) == Division::V2);
    CHECK(division_of(default_landmarks().get("menton", dv::Side::Midline).vertex) == Division::V3);
    // The front of the scalp is V1; the back of the scalp, the neck and the
    // angle of the jaw (great auricular nerve, C2-C3) are not trigeminal.
    const auto& c = default_coordinates();
    long front_scalp = 0, front_scalp_v1 = 0;
    for (std::uint32_t v = 0; v < c.region.size(); ++v) {
        if (c.region[v] == Region::Head && c.around_deg[v] < 60.0f) {
            ++front_scalp;
            front_scalp_v1 += division_of(v) == Division::V1;
        }
        if (c.region[v] == Region::Head && c.around_deg[v] > 100.0f)
            CHECK(division_of(v) == Division::None);
        if (c.region[v] != Region::Head && c.region[v] != Region::Face)
            REQUIRE(division_of(v) == Division::None);
    }
    CHECK(front_scalp > 0);
    CHECK(front_scalp_v1 == front_scalp);
    for (dv::Side s : {dv::Side::Left, dv::Side::Right})
        CHECK(division_of(default_landmarks().get("angle_of_mandible", s).vertex) == Division::None);
    // Every face vertex has a division: the layer covers what the spinal maps leave out.
    for (std::uint32_t v = 0; v < c.region.size(); ++v)
        if (c.region[v] == Region::Face)
            REQUIRE(division_of(v) != Division::None);
}

TEST_CASE("dermaview probe names the trigeminal division on the face, and none on the trunk", "[trigeminal][cli]") {
    const glm::vec3 cheek = default_body().skin.positions[face_point(0.35f, 0.035f)];
    char at[96];
    std::snprintf(at, sizeof at, "%.4f,%.4f,%.4f", double(cheek.x), double(cheek.y), double(cheek.z));
    const auto probe = run_process({dermaview_binary(), "probe", "--at", at});
    REQUIRE(probe.exit_status == 0);
    CHECK_THAT(probe.out, Catch::Contains("V2 (trigeminal)"));
    CHECK_THAT(probe.out, Catch::Contains("not a spinal root"));
    const auto chin = run_process({dermaview_binary(), "probe", "--at", "menton", "--json"});
    REQUIRE(chin.exit_status == 0);
    CHECK_THAT(chin.out, Catch::Contains("\"trigeminal\": \"V3\""));
    const auto nipple = run_process({dermaview_binary(), "probe", "--at", "nipple"});
    REQUIRE(nipple.exit_status == 0);
    CHECK_THAT(nipple.out, !Catch::Contains("trigeminal"));
}

namespace {

// Pixels of the grey-violet trigeminal family: blue above red above green,
// and no more saturated than a muted violet.
long violet_pixels(const dv::Image& img) {
    long n = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) {
            const std::uint8_t* p = img.pixel(x, y);
            const int r = p[0], g = p[1], b = p[2];
            if (b > r + 6 && r > g + 3 && b - g < 90)
                ++n;
        }
    return n;
}

dv::Image render_head(bool trigeminal) {
    headless_context();
    static dv::Renderer r(test_data_dir() / "shaders");
    static const bool ready = [] {
        const int level = dv::kDefaultSubdivision;
        r.set_body(default_model().display(level), nullptr, &default_model().skin_marks(level),
                   &default_model().trigeminal(level));
        return true;
    }();
    (void)ready;
    dv::Camera cam;
    cam.target = 0.5f * (landmark("vertex_of_scalp") + landmark("menton"));
    cam.distance = 0.9f;
    dv::RenderSettings s;
    s.trigeminal = trigeminal;
    return r.render_image(cam, 300, 300, s);
}

} // namespace

TEST_CASE("With the trigeminal layer on the face shows its grey-violets; off, the face is plain skin as before",
          "[trigeminal][render]") {
    const dv::Image off = render_head(false), on = render_head(true);
    const long face = violet_pixels(on), plain = violet_pixels(off);
    INFO(face << " grey-violet pixels with the layer, " << plain << " without");
    // The face fills a good part of a 300x300 close-up.
    CHECK(face > 300 * 300 / 20);
    CHECK(plain < face / 20);
}

TEST_CASE("A scene keeps the trigeminal switch through JSON and refuses a non-boolean", "[trigeminal][scene]") {
    dv::Scene s;
    CHECK_FALSE(s.trigeminal);
    s.trigeminal = true;
    const dv::Scene again = dv::scene_from_json(dv::scene_to_json(s), "test");
    CHECK(again.trigeminal);
    CHECK(again == s);
    CHECK(s.render_settings().trigeminal);
    CHECK_THROWS_WITH(dv::scene_from_json(R"({"format": "dermaview-scene 1", "trigeminal": "yes"})", "test"),
                      Catch::Contains("trigeminal"));
}

TEST_CASE("A broken trigeminal layer file is refused with the zone and what to write", "[trigeminal][errors]") {
    const std::string text = R"({"format": "dermaview-trigeminal 1", "title": "t", "citation": "c",
        "zones": [{"division": "V4", "region": "trunk", "along": [0.5, 0.2]}]})";
    try {
        dv::parse_trigeminal_layer(text, "bad.json");
        FAIL("accepted a broken layer");
    } catch (const dv::MapError& e) {
        const std::string why = e.what();
        CHECK_THAT(why, Catch::Contains("zone #1"));
        CHECK_THAT(why, Catch::Contains("\"V1\", \"V2\" or \"V3\""));
        CHECK_THAT(why, Catch::Contains("\"head\" and \"face\" only"));
        CHECK_THAT(why, Catch::Contains("\"along\""));
    }
}
