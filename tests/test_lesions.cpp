// Lesion patterns (clinical/lesion.h) predicted on both shipped maps, and the
// reverse, from a patch to a root (clinical/lesion_search.h): what a
// neurology teacher would check on the body. docs/lesions.md.
#include "clinical/lesion.h"
#include "clinical/lesion_search.h"
#include "clinical/scene_sensory.h"
#include "core/error.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

#include <glm/geometric.hpp>

#include <cmath>

using namespace dv::test;

namespace {
constexpr int kLevel = dv::BodyModel::bake_level;

dv::SensoryPaint predicted(const std::string& lesion, const std::string& map) {
    dv::Scene scene;
    scene.lesion = lesion;
    return dv::scene_sensory_paint(scene, default_model(), *shipped_map(map), kLevel);
}

const dv::BodyCoordinates& coords() { return default_model().coordinates(kLevel); }

// The area of each display vertex (a third of each triangle's), in cm².
const std::vector<float>& areas() {
    static const std::vector<float> a = [] {
        const dv::DisplayMesh& d = default_model().display(kLevel);
        const auto& p = d.skin.mesh().positions;
        std::vector<float> out(p.size(), 0.0f);
        for (std::size_t i = 0; i + 2 < d.skin_triangles.size(); i += 3) {
            const auto& t = d.skin_triangles;
            const float area = 0.5f * glm::length(glm::cross(p[t[i + 1]] - p[t[i]], p[t[i + 2]] - p[t[i]])) * 1e4f;
            for (int k = 0; k < 3; ++k)
                out[t[i + std::size_t(k)]] += area / 3.0f;
        }
        return out;
    }();
    return a;
}

bool lower_limb(dv::Region r) { return r >= dv::Region::Thigh && r < dv::Region::Count; }

std::uint32_t vertex(const std::string& landmark, dv::Side side) { return default_landmarks().get(landmark, side).vertex; }

const dv::Level kL5 = *dv::parse_level("L5");
} // namespace

TEST_CASE("Lesion phrases read back as written, and a bad one is refused with the accepted forms", "[lesion]") {
    for (const char* text : {"root L5 left", "roots C6-C7 right", "root S1 both", "cord T6 complete", "cord C5 incomplete",
                             "brown-sequard T8 left", "cauda-equina L3", "conus", "central-cord C5"})
        CHECK(dv::lesion_text(dv::parse_lesion(text)) == text);
    CHECK(dv::lesion_text(dv::parse_lesion("  ROOT l5   Left ")) == "root L5 left");
    for (const char* bad : {"", "root T13 left", "root L5", "roots C7-C6 left", "cord T6", "cord T6 partial",
                            "brown-sequard T8 both", "stroke C5", "conus S3"}) {
        INFO(bad);
        try {
            dv::parse_lesion(bad);
            FAIL("accepted");
        } catch (const dv::Error& e) {
            const std::string message = e.what();
            CHECK(message.find("Write one of") != std::string::npos);
            CHECK(message.find("brown-sequard T8 left") != std::string::npos);
        }
    }
}

TEST_CASE("A left L5 root lesion numbs the left dorsum of the foot and anterolateral leg, less than the dermatome",
          "[lesion]") {
    for (const std::string map : {"classical", "evidence"}) {
        INFO(map);
        const dv::SensoryPaint paint = predicted("root L5 left", map);
        const dv::PackedMap& packed = default_model().packed(*shipped_map(map), kLevel);
        float numb = 0.0f, dermatome = 0.0f, numb_right = 0.0f, numb_anterolateral_leg = 0.0f, numb_dorsum = 0.0f;
        for (std::size_t v = 0; v < paint.light_touch.size(); ++v) {
            const bool absent = paint.light_touch[v].y > 0.5f;
            const bool left = coords().side[v] == dv::Side::Left;
            if (absent && !left)
                numb_right += areas()[v];
            if (!left)
                continue;
            if (packed.weights[v].weight_of(kL5) >= 0.5f)
                dermatome += areas()[v];
            if (!absent)
                continue;
            numb += areas()[v];
            const float around = coords().around_deg[v];
            if (coords().region[v] == dv::Region::Leg && around >= 0.0f && around <= 120.0f)
                numb_anterolateral_leg += areas()[v];
            if (coords().region[v] == dv::Region::FootDorsum)
                numb_dorsum += areas()[v];
        }
        CHECK(numb_right == 0.0f);
        CHECK(numb > 0.0f);
        CHECK(numb < 0.9f * dermatome); // the overlap rim keeps some supply
        CHECK(numb_anterolateral_leg > 30.0f);
        CHECK(numb_dorsum > 10.0f);
        // The dorsum over the metatarsals at L5's ISNCSCI key point, the third
        // MTP joint: numb on the left, normal on the right. (The second MTP
        // joint lies about 1 cm from the classical map's L4 border, inside the
        // overlap rim that a single root lesion leaves supplied.)
        CHECK(paint.light_touch[vertex("mtp3_dorsal", dv::Side::Left)].y == 1.0f);
        CHECK(paint.light_touch[vertex("mtp3_dorsal", dv::Side::Right)] == glm::vec3(0.0f));
        // A root carries every modality.
        CHECK(paint.pin_prick == paint.light_touch);
    }
}

TEST_CASE("A complete T10 cord lesion takes everything below the umbilicus on both sides and nothing above",
          "[lesion]") {
    for (const std::string map : {"classical", "evidence"}) {
        INFO(map);
        const dv::SensoryPaint paint = predicted("cord T10 complete", map);
        int wrong_below = 0, wrong_above = 0, below = 0, above = 0;
        for (std::size_t v = 0; v < paint.light_touch.size(); ++v) {
            const float level = coords().spinal_level[v];
            const dv::Region r = coords().region[v];
            // The legs and perineum, and the trunk from T12 down (T10 is 18 on the spinal scale).
            const bool is_below = lower_limb(r) || r == dv::Region::Perineum ||
                                  (r == dv::Region::Trunk && !std::isnan(level) && level >= 20.0f);
            // The trunk above the T10 band, the arms and hands, the neck.
            const bool is_above = (r == dv::Region::Trunk && !std::isnan(level) && level <= 16.5f) ||
                                  (r >= dv::Region::Arm && r <= dv::Region::LittleFinger) || r == dv::Region::Neck;
            for (const auto* modality : {&paint.light_touch, &paint.pin_prick}) {
                const float absent = (*modality)[v].y;
                if (is_below && ++below && absent < 0.95f)
                    ++wrong_below;
                if (is_above && ++above && absent > 0.05f)
                    ++wrong_above;
            }
        }
        CHECK(below > 1000);
        CHECK(above > 1000);
        CHECK(wrong_below == 0);
        CHECK(wrong_above == 0);
        // The umbilicus is T10, the lowest normal level: its skin keeps sensation.
        CHECK(paint.light_touch[vertex("umbilicus", dv::Side::Midline)].y < 0.5f);
    }
}

TEST_CASE("A left Brown-Sequard lesion at T8: left light touch and right pin prick are lost below, the others kept",
          "[lesion]") {
    for (const std::string map : {"classical", "evidence"}) {
        INFO(map);
        const dv::SensoryPaint paint = predicted("brown-sequard T8 left", map);
        for (const char* point : {"key_L3", "key_L5", "key_S1", "mtp1_dorsal"}) {
            INFO(point);
            CHECK(paint.light_touch[vertex(point, dv::Side::Left)].y == Approx(1.0f));
            CHECK(paint.pin_prick[vertex(point, dv::Side::Left)] == glm::vec3(0.0f));
            CHECK(paint.pin_prick[vertex(point, dv::Side::Right)].y == Approx(1.0f));
            CHECK(paint.light_touch[vertex(point, dv::Side::Right)] == glm::vec3(0.0f));
        }
        // On the trunk the right side's pin prick is lost from T10 down (a segment or two below the
        // lesion, where the crossed fibres enter), and kept above T8.
        int lost_t10_down = 0, kept_t10_down = 0;
        for (std::size_t v = 0; v < paint.pin_prick.size(); ++v) {
            const float level = coords().spinal_level[v];
            if (coords().region[v] != dv::Region::Trunk || coords().side[v] != dv::Side::Right || std::isnan(level))
                continue;
            if (level >= 18.6f && level <= 24.0f)
                (paint.pin_prick[v].y > 0.9f ? lost_t10_down : kept_t10_down) += 1;
            if (level <= 14.5f)
                CHECK(paint.pin_prick[v].y == 0.0f);
        }
        CHECK(lost_t10_down > 20 * std::max(kept_t10_down, 1));
    }
}

TEST_CASE("A patch on the dorsum of the foot ranks L5 first on both maps; a stocking-glove patch no single root",
          "[lesion]") {
    const dv::BodyModel& model = default_model();
    const dv::DisplayMesh& display = model.display(kLevel);
    const auto dorsum = dv::patch_around(
        display, dv::landmark_patch_points(model.landmarks(), model.body().skin, "mtp2_dorsal:left,mtp3_dorsal:left"),
        0.03f);
    const auto glove = dv::patch_around(
        display,
        dv::landmark_patch_points(model.landmarks(), model.body().skin,
                                  "index_tip,middle_tip,ring_tip,little_tip,thumb_tip,great_toe_tip,second_toe_tip,"
                                  "third_toe_tip,fourth_toe_tip,fifth_toe_tip,mtp1_dorsal,mtp3_dorsal,mtp5_dorsal,"
                                  "index_mcp_knuckle,little_mcp_knuckle,index_base_palmar,little_base_palmar"),
        0.04f);
    REQUIRE(!dorsum.empty());
    for (const std::string map : {"classical", "evidence"}) {
        INFO(map);
        const dv::PackedMap& packed = model.packed(*shipped_map(map), kLevel);
        const std::vector<float>& side = model.display_fields(kLevel).side;
        const dv::PatchExplanation foot = dv::explain_patch(display, dorsum, packed.weights, side);
        REQUIRE(!foot.ranked.empty());
        CHECK(foot.ranked.front().level == kL5);
        CHECK(foot.ranked.front().side == dv::BodySide::Left);
        CHECK(foot.single_root);
        CHECK(foot.left_share == Approx(1.0f));
        const dv::PatchExplanation stocking = dv::explain_patch(display, glove, packed.weights, side);
        CHECK_FALSE(stocking.single_root);
        CHECK(stocking.ranked.front().coverage < 0.3f);
        CHECK(stocking.verdict.find("neuropathy") != std::string::npos);
    }
}

TEST_CASE("Landmark and point patches refuse what they cannot read, naming it", "[lesion]") {
    const dv::BodyModel& model = default_model();
    CHECK_THROWS_WITH(dv::landmark_patch_points(model.landmarks(), model.body().skin, "mtp2_dorsal:up"),
                      Catch::Contains("mtp2_dorsal:up") && Catch::Contains("left or right"));
    CHECK_THROWS_WITH(dv::landmark_patch_points(model.landmarks(), model.body().skin, "nowhere"),
                      Catch::Contains("nowhere"));
    CHECK_THROWS_WITH(dv::parse_patch_points("0,1,0;0,1"), Catch::Contains("'0,1'"));
    CHECK(dv::parse_patch_points(" 0,1,0 ; 0.1,-0.2,3e-2 ").size() == 2);
}
