// The classical map's head, perianal, buttock and foot, region by region, as
// Grant 1962 fig. 663 draws Keegan & Garrett 1948 (assets/maps/classical.json,
// docs/chart-corrections.md), and the scalp of the evidence-based map. Each
// correction is checked as a region on the display skin the maps are baked
// on: where it starts, what it covers, where it ends, one piece per side.
#include "atlas/bake.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>
#include <vector>

using namespace dv::test;
using dv::Region;
using dv::Side;

namespace {

const dv::SurfaceMesh& skin() { return default_model().display(dv::BodyModel::bake_level).skin.mesh(); }
const dv::BodyCoordinates& at() { return default_model().coordinates(dv::BodyModel::bake_level); }
dv::Level L(const char* name) { return dv::parse_level(name).value(); }
dv::Level level(const std::string& map, std::uint32_t v) { return shipped_map(map)->baked.weights[v].entries[0].level; }
// A landmark's vertex: base vertices keep their numbers on the display skin.
std::uint32_t landmark(const char* name, Side s = Side::Midline) { return default_landmarks().get(name, s).vertex; }

const std::vector<std::vector<std::uint32_t>>& edges() {
    static const std::vector<std::vector<std::uint32_t>> n = [] {
        std::vector<std::vector<std::uint32_t>> out(skin().vertex_count());
        for (std::size_t f = 0; f < skin().face_count(); ++f) {
            const std::uint32_t b = skin().face_offsets[f], e = skin().face_offsets[f + 1];
            for (std::uint32_t k = b; k < e; ++k) {
                const std::uint32_t i = skin().face_indices[k], j = skin().face_indices[k + 1 < e ? k + 1 : b];
                out[i].push_back(j);
                out[j].push_back(i);
            }
        }
        return out;
    }();
    return n;
}

// The connected pieces (along mesh edges) of the skin `in` picks.
std::vector<std::vector<std::uint32_t>> pieces(const std::function<bool(std::uint32_t)>& in) {
    std::vector<char> seen(skin().vertex_count(), 0);
    std::vector<std::vector<std::uint32_t>> out;
    for (std::uint32_t s = 0; s < skin().vertex_count(); ++s) {
        if (seen[s] || !in(s))
            continue;
        out.emplace_back();
        std::vector<std::uint32_t> stack{s};
        seen[s] = 1;
        while (!stack.empty()) {
            const std::uint32_t v = stack.back();
            stack.pop_back();
            out.back().push_back(v);
            for (std::uint32_t w : edges()[v])
                if (!seen[w] && in(w)) {
                    seen[w] = 1;
                    stack.push_back(w);
                }
        }
    }
    return out;
}

bool on_side(std::uint32_t v, Side side) { return at().side[v] == side || at().side[v] == Side::Midline; }

// Every vertex `where` picks has one of `levels` (all but `slack` of them,
// for the blended rows along a border); and there is some.
void all_in(const std::string& map, const std::function<bool(std::uint32_t)>& where, std::set<dv::Level> levels,
            const char* what, double slack = 0.0) {
    long n = 0, wrong = 0;
    dv::Level seen = dv::kNotShown;
    for (std::uint32_t v = 0; v < skin().vertex_count(); ++v)
        if (where(v)) {
            ++n;
            if (!levels.count(level(map, v))) {
                ++wrong;
                seen = level(map, v);
            }
        }
    INFO(map << ", " << what << ": " << wrong << " of " << n << " vertices elsewhere (e.g. " << dv::level_name(seen) << ")");
    CHECK(n > 0);
    CHECK(double(wrong) <= slack * double(n));
}

bool head(std::uint32_t v) { return at().region[v] == Region::Head; }
bool face(std::uint32_t v) { return at().region[v] == Region::Face; }

} // namespace

TEST_CASE("Classical: C2 is the back of the scalp and a cap at the vertex; the front of the scalp is trigeminal",
          "[maps][anatomy][charts]") {
    // Grant 1962 fig. 663: from behind, C2 covers the scalp down to about
    // the tops of the ears; from the front only a thin cap at the vertex
    // shows. In front of the ear-to-ear line through the vertex the scalp is
    // V1, a cranial nerve: no spinal level there.
    all_in("classical", [](std::uint32_t v) { return head(v) && at().around_deg[v] > 100.0f && at().along[v] < 0.4f; },
           {L("C2")}, "back of the scalp above the ears");
    all_in("classical", [](std::uint32_t v) { return head(v) && at().around_deg[v] < 70.0f && at().along[v] > 0.08f; },
           {dv::kNotShown}, "front of the scalp");
    CHECK(level("classical", landmark("vertex_of_scalp")) == L("C2"));
    for (Side side : {Side::Left, Side::Right}) {
        const auto c2 = pieces([&](std::uint32_t v) { return on_side(v, side) && level("classical", v) == L("C2"); });
        INFO(dv::side_name(side) << ": C2 in " << c2.size() << " pieces");
        REQUIRE(c2.size() == 1);
        // The cap is thin: no C2 further than the cap's 0.04 of the head's
        // height below the vertex in front of the ear-to-ear line ...
        for (std::uint32_t v : c2.front())
            if (head(v) && at().around_deg[v] < 85.0f)
                CHECK(at().along[v] < 0.06f);
        // ... and C2 reaches the back midline.
        CHECK(std::any_of(c2.front().begin(), c2.front().end(), [](std::uint32_t v) { return at().around_deg[v] > 170.0f; }));
    }
}

TEST_CASE("Classical: C3 runs from the temple down in front of the ear to the jaw and round the lower occiput",
          "[maps][anatomy][charts]") {
    // Grant 1962 fig. 663: in the front view a C3 strip lies beside the face
    // in front of the ear; in the back view C3 is the lower occiput round and
    // behind the ears, continuing into the upper neck.
    all_in("classical", [](std::uint32_t v) {
        return (face(v) || head(v)) && at().around_deg[v] > 80.0f && at().around_deg[v] < 88.0f && at().along[v] > 0.45f &&
               at().along[v] < 0.62f;
    }, {L("C3")}, "in front of the ear, from the temple to the jaw");
    all_in("classical", [](std::uint32_t v) { return face(v) && at().around_deg[v] < 60.0f; }, {dv::kNotShown},
           "the face in front of the C3 strip");
    for (Side side : {Side::Left, Side::Right}) {
        const auto c3 = pieces([&](std::uint32_t v) { return on_side(v, side) && level("classical", v) == L("C3"); });
        std::string where;
        for (const auto& piece : c3) {
            const glm::vec3 q = skin().positions[piece.front()];
            where += std::to_string(piece.size()) + " vertices at " + std::to_string(q.x) + ", " + std::to_string(q.y) + ", " +
                     std::to_string(q.z) + " (" + std::string(dv::region_name(at().region[piece.front()])) + "); ";
        }
        INFO(dv::side_name(side) << ": C3 in " << c3.size() << " pieces: " << where);
        REQUIRE(c3.size() == 1);
        const auto& p = c3.front();
        // One strip from the temple (high on the side of the head) ...
        CHECK(std::any_of(p.begin(), p.end(), [](std::uint32_t v) { return (face(v) || head(v)) && at().around_deg[v] < 88.0f && at().along[v] < 0.45f; }));
        // ... round the occiput to the back midline, and into the neck.
        CHECK(std::any_of(p.begin(), p.end(), [](std::uint32_t v) { return !face(v) && at().around_deg[v] > 170.0f; }));
        CHECK(std::any_of(p.begin(), p.end(), [](std::uint32_t v) { return at().region[v] == Region::Neck; }));
    }
}

TEST_CASE("Evidence-based: C2 is the occipital scalp up to the vertex; the front of the scalp is trigeminal",
          "[maps][anatomy][charts]") {
    // Foerster's C2 as Lee et al. 2008 adopt it: the occipital scalp up to
    // the ear-to-ear line through the vertex; the front of the scalp is V1.
    all_in("evidence", [](std::uint32_t v) { return head(v) && at().around_deg[v] > 95.0f; }, {L("C2")}, "scalp behind the vertex");
    all_in("evidence", [](std::uint32_t v) { return head(v) && at().around_deg[v] < 85.0f; }, {dv::kNotShown}, "scalp in front of the vertex");
}

TEST_CASE("Classical: S5 at the anal margin, Co1 a small island at the coccyx behind it, S3 and S4 small rings",
          "[maps][anatomy][charts]") {
    // Grant 1962 fig. 663 (posterior view): S3, S4, S5 and Co1 ("C1") are
    // small nested arcs at the coccyx inside the large S2 area; S5 at the
    // anal margin, Co1 over the coccyx and the anococcygeal skin.
    CHECK(level("classical", landmark("perianal_centre")) == L("S5"));
    const glm::vec3 anus = skin().positions[landmark("perianal_centre")];
    const auto co1 = pieces([](std::uint32_t v) { return level("classical", v) == L("Co1"); });
    REQUIRE(co1.size() == 1);
    for (std::uint32_t v : co1.front()) {
        const glm::vec3 p = skin().positions[v];
        INFO("Co1 at " << p.x << ", " << p.y << ", " << p.z << " m; the anus at " << anus.y << ", " << anus.z);
        // Behind the anus toward the coccyx, in the natal cleft, off the anal
        // margin (S5's) but within a few centimetres of it.
        CHECK(p.z < anus.z - 0.02f);
        CHECK(glm::length(p - anus) > 0.02f);
        CHECK(glm::length(p - anus) < 0.07f);
        CHECK(std::abs(p.x) < 0.02f);
    }
    // The rings are small: all of S3-Co1 within 9 cm of the anus.
    for (std::uint32_t v = 0; v < skin().vertex_count(); ++v) {
        const dv::Level l = level("classical", v);
        if (l == L("S3") || l == L("S4") || l == L("S5") || l == L("Co1"))
            REQUIRE(glm::length(skin().positions[v] - anus) < 0.09f);
    }
}

TEST_CASE("Classical: S2 under the buttock is a large rounded field from the sacral midline, not a narrow V",
          "[maps][anatomy][charts]") {
    // Grant 1962 fig. 663 (posterior view): a large medial S2 area of the
    // buttock reaching the sacral midline, with S1 curving round it.
    for (Side side : {Side::Left, Side::Right}) {
        const auto s2 = pieces([&](std::uint32_t v) {
            return on_side(v, side) && at().region[v] == Region::Trunk && at().around_deg[v] > 110.0f && level("classical", v) == L("S2");
        });
        REQUIRE(!s2.empty());
        const auto& field = *std::max_element(s2.begin(), s2.end(), [](const auto& a, const auto& b) { return a.size() < b.size(); });
        // From the sacral midline ...
        CHECK(std::any_of(field.begin(), field.end(), [](std::uint32_t v) { return at().around_deg[v] > 177.0f; }));
        // ... a field several centimetres across each way, not a thin band:
        // measured at its widest, across and down.
        float x0 = 1e9f, x1 = -1e9f, y0 = 1e9f, y1 = -1e9f;
        for (std::uint32_t v : field) {
            const glm::vec3 p = skin().positions[v];
            x0 = std::min(x0, std::abs(p.x));
            x1 = std::max(x1, std::abs(p.x));
            y0 = std::min(y0, p.y);
            y1 = std::max(y1, p.y);
        }
        INFO(dv::side_name(side) << ": S2 on the buttock spans " << x1 - x0 << " m across, " << y1 - y0 << " m down, "
                                 << field.size() << " vertices");
        CHECK(x1 - x0 > 0.10f);
        CHECK(y1 - y0 > 0.08f);
        // And it is a field, not a thin stripe: about a hundred display
        // vertices (about 1.2 cm apart) on one buttock.
        CHECK(field.size() > 85);
    }
}

TEST_CASE("Classical: the sole has S1 laterally, L5 in the centre, an S2 wedge medially and an L4 margin",
          "[maps][anatomy][charts]") {
    // Grant 1962 fig. 663 (plantar view) and the reference's correction: the
    // ventral axial line runs along the medial sole almost to the ball of the
    // great toe, with S2 on its inner side and a narrow L4 strip along the
    // medial border.
    for (Side side : {Side::Left, Side::Right}) {
        // A ring across the sole a third of the way from the heel, lateral
        // (around 90) to medial (around 270).
        std::vector<std::pair<float, dv::Level>> ring;
        for (std::uint32_t v = 0; v < skin().vertex_count(); ++v)
            if (at().side[v] == side && at().region[v] == Region::Sole && std::abs(at().along[v] - 0.35f) < 0.05f)
                ring.push_back({at().around_deg[v] < 60.0f ? at().around_deg[v] + 360.0f : at().around_deg[v], level("classical", v)});
        std::sort(ring.begin(), ring.end());
        std::vector<dv::Level> runs;
        for (const auto& [a, l] : ring)
            if (runs.empty() || runs.back() != l)
                runs.push_back(l);
        std::string seen;
        for (dv::Level l : runs)
            seen += dv::level_name(l) + " ";
        INFO(dv::side_name(side) << ", across the sole from lateral to medial: " << seen);
        CHECK(runs == std::vector<dv::Level>{L("S1"), L("L5"), L("S2")});
        // Medial to the wedge, the medial border of the foot is L4.
        all_in("classical", [&](std::uint32_t v) {
            return at().side[v] == side && at().region[v] == Region::FootDorsum && at().along[v] > 0.3f && at().along[v] < 0.7f &&
                   at().around_deg[v] > 235.0f && at().around_deg[v] < 290.0f;
        }, {L("L4")}, "medial border of the foot beside the wedge");
        // The wedge is one piece with the S2 heel and tapers out before the toes.
        const auto s2 = pieces([&](std::uint32_t v) {
            return at().side[v] == side && (at().region[v] == Region::Sole || at().region[v] == Region::FootDorsum) &&
                   level("classical", v) == L("S2");
        });
        CHECK(s2.size() == 1);
        for (std::uint32_t v = 0; v < skin().vertex_count(); ++v)
            if (at().side[v] == side && at().region[v] == Region::Sole && at().along[v] > 0.85f)
                CHECK(level("classical", v) != L("S2"));
    }
}

TEST_CASE("Classical: L5 takes the lateral edge of the great toe, the dorsum of the little toe and the posterolateral heel",
          "[maps][anatomy][charts]") {
    // Grant 1962 fig. 663: the great toe is L4 with an L5 lateral edge; the
    // little toe's dorsum is L5 in the front view (its lateral edge and sole
    // S1); in the lateral view the heel behind the S1 band is L5. Toes are a
    // few vertices round, so a border's blended vertices may take 3 %.
    const auto toe = [](Region r, float from, float to) {
        return [=](std::uint32_t v) {
            const float a = at().around_deg[v];
            return at().region[v] == r && at().along[v] < 0.8f && (from < to ? a >= from + 12.0f && a < to - 12.0f : a >= from + 12.0f || a < to - 12.0f);
        };
    };
    all_in("classical", toe(Region::GreatToe, 40.0f, 130.0f), {L("L5")}, "lateral edge of the great toe", 0.03);
    all_in("classical", toe(Region::GreatToe, 300.0f, 30.0f), {L("L4")}, "dorsum of the great toe", 0.03);
    all_in("classical", toe(Region::FifthToe, 300.0f, 60.0f), {L("L5")}, "dorsum of the little toe", 0.03);
    all_in("classical", toe(Region::FifthToe, 100.0f, 260.0f), {L("S1")}, "sole of the little toe", 0.03);
    all_in("classical", [](std::uint32_t v) {
        return at().region[v] == Region::FootDorsum && at().along[v] < 0.12f && at().around_deg[v] > 158.0f && at().around_deg[v] < 168.0f;
    }, {L("L5")}, "posterolateral heel");
    // The S1 band itself still crosses the lateral malleolus.
    for (Side side : {Side::Left, Side::Right})
        CHECK(level("classical", landmark("lateral_malleolus", side)) == L("S1"));
}

TEST_CASE("Classical: the L1 groin strip is 2-3 cm tall below the ligament, from the iliac crest to the genital root",
          "[maps][anatomy][charts]") {
    // Grant 1962 fig. 663 (front view): a 2-3 cm oblique L1 band from the
    // iliac crest and ASIS along and just below the inguinal ligament to the
    // genital root; T12 above it, L2 below.
    for (Side side : {Side::Left, Side::Right}) {
        const auto l1 = pieces([&](std::uint32_t v) {
            const Region r = at().region[v];
            const bool front = r == Region::Thigh ? (at().around_deg[v] > 300.0f || at().around_deg[v] < 60.0f)
                                                  : at().around_deg[v] < 100.0f;
            return on_side(v, side) && (r == Region::Thigh || r == Region::Trunk || r == Region::Perineum) && front &&
                   skin().positions[v].y > 0.7f && level("classical", v) == L("L1");
        });
        REQUIRE(!l1.empty());
        const auto& strip = *std::max_element(l1.begin(), l1.end(), [](const auto& a, const auto& b) { return a.size() < b.size(); });
        // Its height below the ligament, on the front of the thigh at the
        // ligament's midpoint.
        const glm::vec3 mid = skin().positions[landmark("inguinal_ligament_midpoint", side)];
        float lowest = mid.y;
        for (std::uint32_t v : strip) {
            const glm::vec3 p = skin().positions[v];
            // Straight down the front of the thigh (medially the ligament
            // itself descends to the pubic tubercle and the strip with it).
            const bool front = at().around_deg[v] > 330.0f || at().around_deg[v] < 30.0f;
            if (std::abs(p.x - mid.x) < 0.015f && at().region[v] == Region::Thigh && front)
                lowest = std::min(lowest, p.y);
        }
        INFO(dv::side_name(side) << ": L1 reaches " << mid.y - lowest << " m below the ligament's midpoint");
        CHECK(mid.y - lowest > 0.01f);
        CHECK(mid.y - lowest < 0.045f);
        // It starts at the ASIS and reaches the genital root (the mons, L1 in the perineum or the pubic strip).
        const glm::vec3 asis = skin().positions[landmark("anterior_superior_iliac_spine", side)];
        CHECK(std::any_of(strip.begin(), strip.end(), [&](std::uint32_t v) { return glm::length(skin().positions[v] - asis) < 0.03f; }));
        CHECK(std::any_of(strip.begin(), strip.end(), [](std::uint32_t v) { return std::abs(skin().positions[v].x) < 0.02f; }));
    }
}
