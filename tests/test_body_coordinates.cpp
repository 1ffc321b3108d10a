// Body coordinates on the default body: regions, along-limb, around-limb and
// spinal level, checked against the landmarks, the mesh's mirror symmetry and
// the anatomy they encode (reference sections 2, 6 and 7).
#include "body/body_coordinates.h"
#include "body/body_frame.h"
#include "body/harmonic_field.h"
#include "body/landmarks.h"
#include "core/error.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace {

using dv::Region;
using dv::Side;

const dv::LandmarkSet& landmarks() { return dv::test::default_landmarks(); }

double g_compute_ms = 0.0;

const dv::BodyCoordinates& coords() {
    static const dv::BodyCoordinates bc = [] {
        const auto t0 = std::chrono::steady_clock::now();
        dv::BodyCoordinates r = dv::compute_body_coordinates(dv::test::default_body().skin, landmarks());
        g_compute_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        return r;
    }();
    return bc;
}

const dv::SurfaceMesh& skin() { return dv::test::default_body().skin; }

std::vector<std::vector<std::uint32_t>> neighbours(const dv::SurfaceMesh& m) {
    std::vector<std::vector<std::uint32_t>> nb(m.vertex_count());
    for (std::size_t f = 0; f < m.face_count(); ++f) {
        const std::uint32_t b = m.face_offsets[f], e = m.face_offsets[f + 1];
        for (std::uint32_t k = b; k < e; ++k) {
            const std::uint32_t u = m.face_indices[k], v = m.face_indices[k + 1 < e ? k + 1 : b];
            nb[u].push_back(v);
            nb[v].push_back(u);
        }
    }
    for (auto& l : nb) {
        std::sort(l.begin(), l.end());
        l.erase(std::unique(l.begin(), l.end()), l.end());
    }
    return nb;
}

// Mirror partner of every vertex, by exact position (the mesh is exactly symmetric).
std::vector<std::uint32_t> mirror_map(const dv::SurfaceMesh& m) {
    std::map<std::tuple<float, float, float>, std::uint32_t> at;
    for (std::uint32_t v = 0; v < m.vertex_count(); ++v)
        at[{m.positions[v].x, m.positions[v].y, m.positions[v].z}] = v;
    std::vector<std::uint32_t> out(m.vertex_count(), 0xffffffffu);
    for (std::uint32_t v = 0; v < m.vertex_count(); ++v) {
        const float x = m.positions[v].x == 0.0f ? 0.0f : -m.positions[v].x;
        const auto it = at.find({x, m.positions[v].y, m.positions[v].z});
        if (it != at.end()) out[v] = it->second;
    }
    return out;
}

std::uint32_t lm(std::string_view name, Side s = Side::Midline) { return landmarks().get(name, s).vertex; }

float angle_diff(float a, float b) {
    float d = std::fmod(std::abs(a - b), 360.0f);
    return d > 180.0f ? 360.0f - d : d;
}

// A shortest edge path from `from` to `to` (descending the distance field).
std::vector<std::uint32_t> geodesic_path(std::uint32_t from, std::uint32_t to) {
    const std::uint32_t src[] = {from};
    const std::vector<double> d = dv::geodesic_distance_dijkstra(skin(), src);
    static const auto nb = neighbours(skin());
    std::vector<std::uint32_t> path{to};
    std::uint32_t v = to;
    while (v != from) {
        std::uint32_t best = v;
        for (std::uint32_t w : nb[v])
            if (d[w] < d[best]) best = w;
        REQUIRE(best != v);
        v = best;
        path.push_back(v);
    }
    std::reverse(path.begin(), path.end());
    return path;
}

} // namespace

TEST_CASE("body coordinates: every skin vertex gets one region, timing printed", "[coordinates]") {
    const auto& bc = coords();
    const std::size_t n = skin().vertex_count();
    REQUIRE(bc.region.size() == n);
    REQUIRE(bc.side.size() == n);
    REQUIRE(bc.along.size() == n);
    REQUIRE(bc.around_deg.size() == n);
    REQUIRE(bc.spinal_level.size() == n);
    std::map<Region, std::size_t> count;
    for (Region r : bc.region) {
        REQUIRE(int(r) < int(Region::Count));
        ++count[r];
    }
    for (int r = 0; r < int(Region::Count); ++r) {
        INFO(dv::region_name(Region(r)));
        CHECK(count[Region(r)] > 0);
    }
    // Timing (not asserted): a fresh compute, after the first one warmed caches.
    const auto t0 = std::chrono::steady_clock::now();
    const dv::BodyCoordinates again = dv::compute_body_coordinates(skin(), landmarks());
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    // Deterministic: the same result again, bit for bit (NaN where NaN).
    CHECK(again.region == bc.region);
    CHECK(again.side == bc.side);
    const auto same = [](const std::vector<float>& a, const std::vector<float>& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                          [](float x, float y) { return (std::isnan(x) && std::isnan(y)) || x == y; });
    };
    CHECK(same(again.along, bc.along));
    CHECK(same(again.around_deg, bc.around_deg));
    CHECK(same(again.spinal_level, bc.spinal_level));
    std::printf("compute_body_coordinates: %.1f ms (first call %.1f ms), %zu vertices\n", ms, g_compute_ms, n);
}

TEST_CASE("body coordinates: each region is one connected piece per side", "[coordinates]") {
    const auto& bc = coords();
    const auto nb = neighbours(skin());
    const std::size_t n = skin().vertex_count();
    const auto axial = [](Region r) {
        return r == Region::Head || r == Region::Face || r == Region::Neck || r == Region::Trunk ||
               r == Region::Perineum;
    };
    // Limb regions: per side; axial regions: as a whole.
    const auto key = [&](std::uint32_t v) { return axial(bc.region[v]) ? int(bc.region[v]) * 3 : int(bc.region[v]) * 3 + int(bc.side[v]); };
    std::vector<int> comp(n, -1);
    std::map<int, int> pieces;
    for (std::uint32_t v = 0; v < n; ++v) {
        if (comp[v] >= 0) continue;
        ++pieces[key(v)];
        std::vector<std::uint32_t> st{v};
        comp[v] = 1;
        while (!st.empty()) {
            const std::uint32_t a = st.back();
            st.pop_back();
            for (std::uint32_t b : nb[a])
                if (comp[b] < 0 && key(b) == key(a)) {
                    comp[b] = 1;
                    st.push_back(b);
                }
        }
    }
    for (const auto& [k, c] : pieces) {
        INFO(dv::region_name(Region(k / 3)) << " side " << dv::side_name(Side(k % 3)));
        CHECK(c == 1);
    }
    // Limb regions have exactly one left and one right piece.
    for (int r = int(Region::Arm); r < int(Region::Count); ++r) {
        INFO(dv::region_name(Region(r)));
        CHECK(pieces.count(r * 3 + int(Side::Left)) == 1);
        CHECK(pieces.count(r * 3 + int(Side::Right)) == 1);
        CHECK(pieces.count(r * 3 + int(Side::Midline)) == 0);
    }
}

TEST_CASE("body coordinates: mirror vertices agree", "[coordinates]") {
    const auto& bc = coords();
    const auto mir = mirror_map(skin());
    std::size_t region_bad = 0, side_bad = 0, along_bad = 0, around_bad = 0, level_bad = 0, checked = 0;
    for (std::uint32_t v = 0; v < skin().vertex_count(); ++v) {
        const std::uint32_t w = mir[v];
        REQUIRE(w != 0xffffffffu);
        ++checked;
        if (bc.region[v] != bc.region[w]) ++region_bad;
        const Side expect = bc.side[v] == Side::Left ? Side::Right : bc.side[v] == Side::Right ? Side::Left : Side::Midline;
        if (bc.side[w] != expect) ++side_bad;
        if (std::isnan(bc.along[v]) != std::isnan(bc.along[w]) ||
            (!std::isnan(bc.along[v]) && std::abs(bc.along[v] - bc.along[w]) > 0.02f))
            ++along_bad;
        if (std::isnan(bc.around_deg[v]) != std::isnan(bc.around_deg[w]) ||
            (!std::isnan(bc.around_deg[v]) && angle_diff(bc.around_deg[v], bc.around_deg[w]) > 5.0f))
            ++around_bad;
        if (std::isnan(bc.spinal_level[v]) != std::isnan(bc.spinal_level[w]) ||
            (!std::isnan(bc.spinal_level[v]) && std::abs(bc.spinal_level[v] - bc.spinal_level[w]) > 0.1f))
            ++level_bad;
    }
    CHECK(checked == skin().vertex_count());
    CHECK(region_bad == 0);
    CHECK(side_bad == 0);
    CHECK(along_bad == 0);
    CHECK(around_bad == 0);
    CHECK(level_bad == 0);
}

TEST_CASE("body coordinates: landmarks fall in their regions", "[coordinates]") {
    const auto& bc = coords();
    struct Expect {
        const char* name;
        std::vector<Region> regions;
    };
    const std::vector<Expect> bilateral{
        {"nipple", {Region::Trunk}},
        {"key_C6", {Region::Thumb}},
        {"key_C7", {Region::MiddleFinger}},
        {"key_C8", {Region::LittleFinger}},
        {"index_tip", {Region::IndexFinger}},
        {"ring_tip", {Region::RingFinger}},
        {"key_L5", {Region::FootDorsum}},
        {"heel", {Region::Sole, Region::FootDorsum}},
        {"patella_centre", {Region::Thigh, Region::Leg}},
        {"popliteal_fossa_centre", {Region::Thigh, Region::Leg}},
        {"great_toe_tip", {Region::GreatToe}},
        {"fifth_toe_tip", {Region::FifthToe}},
        {"lateral_malleolus", {Region::Leg, Region::FootDorsum}},
        {"olecranon", {Region::Arm, Region::Forearm}},
        {"wrist_palmar", {Region::Forearm, Region::HandPalm}},
        {"wrist_dorsal", {Region::Forearm, Region::HandDorsum}},
        {"key_C5", {Region::Arm, Region::Forearm}},
        {"key_T1", {Region::Forearm, Region::Arm}},
        {"key_L3", {Region::Thigh, Region::Leg}},
        {"key_L4", {Region::Leg}},
        {"angle_of_mandible", {Region::Face, Region::Neck}},
    };
    for (const auto& e : bilateral) {
        for (Side s : {Side::Left, Side::Right}) {
            const std::uint32_t v = lm(e.name, s);
            INFO(e.name << " " << dv::side_name(s) << " is in " << dv::region_name(bc.region[v]));
            CHECK(std::find(e.regions.begin(), e.regions.end(), bc.region[v]) != e.regions.end());
            CHECK(bc.side[v] == s);
        }
    }
    CHECK(bc.region[lm("menton")] == Region::Face);
    CHECK(bc.region[lm("vertex_of_scalp")] == Region::Head);
    CHECK(bc.region[lm("external_occipital_protuberance")] != Region::Face);
    CHECK(bc.region[lm("nape_hairline")] == Region::Neck);
    CHECK(bc.region[lm("suprasternal_notch")] == Region::Trunk);
    CHECK(bc.region[lm("umbilicus")] == Region::Trunk);
    CHECK(bc.region[lm("perineal_midpoint")] == Region::Perineum);
    CHECK(bc.region[lm("perianal_centre")] == Region::Perineum);
    CHECK(bc.side[lm("umbilicus")] == Side::Midline);
    // Palm and dorsum of the hand sit on their sides.
    for (Side s : {Side::Left, Side::Right}) {
        CHECK(bc.region[lm("middle_base_palmar", s)] != Region::HandDorsum);
        CHECK(bc.region[lm("middle_mcp_knuckle", s)] != Region::HandPalm);
        CHECK(bc.region[lm("index_mcp_knuckle", s)] != Region::HandPalm);
    }
}

TEST_CASE("body coordinates: along rises down each limb and is 0/1 at the joint rings", "[coordinates]") {
    const auto& bc = coords();
    const auto nb = neighbours(skin());
    struct Walk {
        const char* from;
        const char* to;
    };
    const Walk walks[] = {{"acromion", "middle_tip"},       {"axilla_apex", "little_tip"},
                          {"acromion", "thumb_tip"},        {"greater_trochanter", "great_toe_tip"},
                          {"inguinal_ligament_midpoint", "third_toe_tip"}, {"gluteal_fold_midpoint", "heel"},
                          {"olecranon", "ring_tip"},        {"popliteal_fossa_centre", "fifth_toe_tip"}};
    for (Side s : {Side::Left, Side::Right}) {
        for (const Walk& w : walks) {
            const auto path = geodesic_path(lm(w.from, s), lm(w.to, s));
            INFO(w.from << " -> " << w.to << " " << dv::side_name(s));
            Region cur = bc.region[path.front()];
            float last = -1.0f;
            int regions_seen = 0;
            for (std::uint32_t v : path) {
                const float a = bc.along[v];
                if (std::isnan(a)) continue; // trunk at the start
                if (bc.region[v] != cur) {
                    // Digits and their palm/dorsum neighbours count as new segments.
                    const bool same_segment =
                        (cur == Region::HandPalm || cur == Region::HandDorsum) &&
                            (bc.region[v] == Region::HandPalm || bc.region[v] == Region::HandDorsum) ||
                        (cur == Region::FootDorsum || cur == Region::Sole) &&
                            (bc.region[v] == Region::FootDorsum || bc.region[v] == Region::Sole);
                    if (!same_segment) {
                        cur = bc.region[v];
                        last = -1.0f;
                        ++regions_seen;
                    }
                }
                INFO("vertex " << v << " in " << dv::region_name(bc.region[v]) << " along " << a << " after " << last);
                CHECK(a >= last - 0.05f);
                last = std::max(last, a);
            }
            CHECK(regions_seen >= 3);
        }
    }
    // Joint rings: the limb vertex next to a proximal region is ~0, next to a
    // distal one ~1.
    std::size_t ring_bad = 0, rings = 0;
    const std::map<Region, std::vector<Region>> distal_of{
        {Region::Arm, {Region::Forearm}},
        {Region::Forearm, {Region::HandPalm, Region::HandDorsum}},
        {Region::Thigh, {Region::Leg}},
        {Region::Leg, {Region::FootDorsum, Region::Sole}}};
    for (std::uint32_t v = 0; v < skin().vertex_count(); ++v) {
        const auto it = distal_of.find(bc.region[v]);
        if (it == distal_of.end()) continue;
        for (std::uint32_t w : nb[v]) {
            if (std::find(it->second.begin(), it->second.end(), bc.region[w]) != it->second.end()) {
                ++rings;
                if (std::abs(bc.along[v] - 1.0f) > 1e-4f || std::abs(bc.along[w]) > 1e-4f) ++ring_bad;
            }
        }
    }
    CHECK(rings > 100);
    CHECK(ring_bad == 0);
    for (Side s : {Side::Left, Side::Right}) {
        CHECK(bc.along[lm("middle_tip", s)] == Approx(1.0f));
        CHECK(bc.along[lm("great_toe_tip", s)] == Approx(1.0f));
        // Fractions in sensible order along the arm and the leg.
        // key C5 (lateral antecubital fossa) sits at the elbow.
        const std::uint32_t c5 = lm("key_C5", s);
        CHECK((bc.region[c5] == Region::Arm ? bc.along[c5] > 0.75f : bc.along[c5] < 0.25f));
        CHECK(bc.along[lm("key_L3", s)] > 0.7f);
    }
}

TEST_CASE("body coordinates: around-limb angle in the anatomical position", "[coordinates]") {
    const auto& bc = coords();
    struct Expect {
        const char* name;
        float deg;
        float tol;
    };
    const Expect expects[] = {{"radial_styloid", 90.0f, 30.0f},   {"ulnar_styloid", 270.0f, 30.0f},
                              {"wrist_palmar", 0.0f, 35.0f},      {"wrist_dorsal", 180.0f, 35.0f},
                              {"antecubital_fossa_centre", 0.0f, 30.0f}, {"olecranon", 180.0f, 30.0f},
                              {"lateral_epicondyle", 90.0f, 35.0f}, {"medial_epicondyle", 270.0f, 35.0f},
                              {"patella_centre", 0.0f, 30.0f},    {"popliteal_fossa_centre", 180.0f, 30.0f},
                              {"lateral_malleolus", 90.0f, 30.0f}, {"medial_malleolus", 270.0f, 30.0f},
                              {"fibular_head", 90.0f, 45.0f},     {"key_L4", 270.0f, 50.0f},
                              {"mtp3_dorsal", 0.0f, 35.0f}};
    for (Side s : {Side::Left, Side::Right}) {
        for (const Expect& e : expects) {
            const std::uint32_t v = lm(e.name, s);
            INFO(e.name << " " << dv::side_name(s) << " in " << dv::region_name(bc.region[v]) << ": "
                        << bc.around_deg[v] << " deg, want " << e.deg);
            REQUIRE(!std::isnan(bc.around_deg[v]));
            CHECK(angle_diff(bc.around_deg[v], e.deg) <= e.tol);
        }
        // Thumb side of the distal forearm is radial (~90) and the little-finger side ulnar (~270).
        const auto nb = neighbours(skin());
        double sum_c = 0, sum_s = 0;
        int cnt = 0;
        for (std::uint32_t v = 0; v < skin().vertex_count(); ++v) {
            if (bc.side[v] != s || (bc.region[v] != Region::HandPalm && bc.region[v] != Region::HandDorsum)) continue;
            for (std::uint32_t w : nb[v])
                if (bc.region[w] == Region::Thumb) {
                    sum_c += std::cos(double(bc.around_deg[v]) * 3.14159265 / 180.0);
                    sum_s += std::sin(double(bc.around_deg[v]) * 3.14159265 / 180.0);
                    ++cnt;
                    break;
                }
        }
        REQUIRE(cnt > 0);
        float mean = float(std::atan2(sum_s, sum_c) * 180.0 / 3.14159265);
        if (mean < 0) mean += 360.0f;
        INFO("hand vertices at the thumb base: mean angle " << mean << " " << dv::side_name(s));
        CHECK(angle_diff(mean, 90.0f) <= 45.0f);
    }
}

TEST_CASE("body coordinates: spinal level on the trunk", "[coordinates]") {
    const auto& bc = coords();
    const auto level = [&](const char* n, Side s = Side::Midline) { return bc.spinal_level[lm(n, s)]; };
    for (Side s : {Side::Left, Side::Right}) {
        CHECK(level("nipple", s) == Approx(12.0f).margin(0.3));
        // Vertical order of landmarks and of their levels.
        CHECK(skin().positions[lm("nipple", s)].y > skin().positions[lm("umbilicus")].y);
        CHECK(level("nipple", s) < level("umbilicus"));
        CHECK(level("key_T2", s) > 8.0f);
    }
    CHECK(skin().positions[lm("umbilicus")].y > skin().positions[lm("pubic_symphysis")].y);
    CHECK(level("umbilicus") == Approx(18.0f).margin(0.3));
    CHECK(level("umbilicus") < level("pubic_symphysis"));
    CHECK(level("suprasternal_notch") < level("xiphoid_process"));
    CHECK(level("nape_hairline") < level("spinous_process_C7"));
    // Bands slope down toward the front: at the height of the umbilicus the
    // back midline is already lower on the spine (higher-numbered) than the
    // umbilicus, because T10's band rises from the umbilicus to the T10 spine.
    CHECK(level("back_midline_umbilicus_level") > level("umbilicus") + 2.0f);
    CHECK(level("back_midline_nipple_level") > level("nipple", Side::Left) + 2.0f);
    // Smooth and bounded: within the range of the pins everywhere.
    for (std::size_t v = 0; v < bc.spinal_level.size(); ++v) {
        const Region r = bc.region[v];
        const bool want = r == Region::Neck || r == Region::Trunk || r == Region::Perineum;
        INFO("vertex " << v << " " << dv::region_name(r));
        CHECK(std::isnan(bc.spinal_level[v]) != want);
        if (want) {
            CHECK(bc.spinal_level[v] >= 2.5f - 1e-4f);
            CHECK(bc.spinal_level[v] <= 30.0f + 1e-4f);
        }
    }
}

TEST_CASE("body coordinates: region names", "[coordinates]") {
    for (int r = 0; r < int(Region::Count); ++r) CHECK(dv::parse_region(dv::region_name(Region(r))) == Region(r));
    CHECK(dv::region_name(Region::IndexFinger) == "index_finger");
    CHECK(!dv::parse_region("elbow").has_value());
}

TEST_CASE("body coordinates: a missing landmark is named", "[coordinates]") {
    dv::LandmarkSet set = landmarks();
    std::erase_if(set.landmarks, [](const dv::Landmark& l) { return l.name == "radial_styloid"; });
    CHECK_THROWS_WITH(dv::compute_body_coordinates(skin(), set), Catch::Contains("radial_styloid"));
}

namespace {

// The default skin turned about the vertical axis and moved sideways.
dv::SurfaceMesh turned_and_moved(float degrees, float shift_x) {
    dv::SurfaceMesh m = skin();
    const float a = degrees * 3.14159265f / 180.0f, c = std::cos(a), s = std::sin(a);
    const auto turn = [&](glm::vec3 p) { return glm::vec3(c * p.x + s * p.z, p.y, -s * p.x + c * p.z); };
    for (glm::vec3& p : m.positions) p = turn(p) + glm::vec3(shift_x, 0.0f, 0.0f);
    for (glm::vec3& n : m.normals) n = turn(n);
    return m;
}

} // namespace

TEST_CASE("body coordinates: a body turned and moved gets the same regions, sides and levels", "[coordinates]") {
    const auto& bc = coords();
    const dv::BodyCoordinates moved = dv::compute_body_coordinates(turned_and_moved(10.0f, 0.3f), landmarks());
    const std::size_t n = bc.region.size();
    std::size_t same_region_side = 0, same_level = 0, with_level = 0;
    for (std::size_t v = 0; v < n; ++v) {
        same_region_side += moved.region[v] == bc.region[v] && moved.side[v] == bc.side[v];
        if (!std::isnan(bc.spinal_level[v])) {
            ++with_level;
            same_level += std::abs(moved.spinal_level[v] - bc.spinal_level[v]) < 0.01f;
        }
    }
    CHECK(double(same_region_side) >= 0.999 * double(n));
    CHECK(double(same_level) >= 0.999 * double(with_level));
    // Sides still come in mirrored halves: as many left as right vertices.
    const auto count = [&](Side s) { return std::count(moved.side.begin(), moved.side.end(), s); };
    CHECK(count(Side::Left) == count(Side::Right));
}

TEST_CASE("body coordinates: the sagittal plane is fitted to the landmarks, wherever the body stands",
          "[coordinates]") {
    // The default body is mirror-symmetric about x = 0 (see mirror_map).
    const dv::SagittalPlane plane = dv::fit_sagittal_plane(skin(), landmarks());
    CHECK(std::abs(plane.point.x) < 1e-6f);
    CHECK(plane.left.x > 0.9999f);
    CHECK(plane.side_of(skin().positions[lm("nipple", Side::Left)]) == Side::Left);
    CHECK(plane.side_of(skin().positions[lm("umbilicus")]) == Side::Midline);
    // Turned by 30 degrees and moved: the plane turns and moves with the body.
    const dv::SurfaceMesh m = turned_and_moved(30.0f, -0.5f);
    const dv::SagittalPlane moved = dv::fit_sagittal_plane(m, landmarks());
    CHECK(std::abs(moved.left.x - std::cos(0.5235988f)) < 1e-4f);
    CHECK(std::abs(moved.left.z + std::sin(0.5235988f)) < 1e-4f);
    CHECK(std::abs(moved.signed_distance(m.positions[lm("spinous_process_T10")])) < 1e-4f);
    CHECK(moved.side_of(m.positions[lm("nipple", Side::Right)]) == Side::Right);
}

TEST_CASE("body coordinates: landmarks with left and right swapped are refused with a reason", "[coordinates]") {
    dv::LandmarkSet set = landmarks();
    for (dv::Landmark& l : set.landmarks)
        if (l.side != Side::Midline) l.side = l.side == Side::Left ? Side::Right : Side::Left;
    CHECK_THROWS_WITH(dv::compute_body_coordinates(skin(), set), Catch::Contains("swapped"));
}

TEST_CASE("body coordinates: a body lying on its side is refused, saying it must stand with +Y up", "[coordinates]") {
    dv::SurfaceMesh lying = skin();
    for (glm::vec3& p : lying.positions) p = glm::vec3(-p.y, p.x, p.z); // turned 90 degrees about Z
    for (glm::vec3& n : lying.normals) n = glm::vec3(-n.y, n.x, n.z);
    CHECK_THROWS_WITH(dv::compute_body_coordinates(lying, landmarks()), Catch::Contains("+Y up"));
}
