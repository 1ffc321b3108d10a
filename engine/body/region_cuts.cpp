// Joint discs: the skin is cut where a limb meets the next segment, along a
// plane through the joint's landmarks limited to a radius around the joint,
// so that the disc only cuts that limb.
#include "body/region_steps.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace dv::coordinates {

namespace {

// How far the discs sit from their landmarks, in metres, and why.
// The shoulder disc 1 cm distal of the acromion and axilla apex: the apex is
// the ISNCSCI T2 key point, and it must stay on the trunk.
constexpr float kShoulderDiscDistal = 0.01f;
// The hip disc 1 cm below the inguinal ligament: the ligament is where the
// T12 key point sits, trunk skin.
constexpr float kHipDiscDistal = 0.01f;
// The hip disc reaches 20 cm from the hip centre: across the thigh at the
// groin (half its circumference away at most), not up into the flank.
constexpr float kHipDiscRadius = 0.2f;
// The ankle disc 8 mm under the tips of the malleoli: the malleoli belong to
// the leg (the L4 key point is the medial malleolus), the foot starts below.
constexpr float kUnderMalleoli = 0.008f;

// Disc radii as multiples of the spread of the joint's landmarks around its
// centre: wide enough to cross the whole limb, too short to reach the trunk
// or the next limb (chosen on the default body, checked by its tests).
constexpr float kShoulderReach = 0.85f; // of the acromion - axilla apex distance
constexpr float kElbowReach = 2.0f;
constexpr float kWristReach = 1.8f;
constexpr float kKneeReach = 1.8f;
constexpr float kAnkleReach = 1.6f;

// A disc: edges whose ends lie on opposite sides of the plane (c, n) are cut
// where they cross it within `radius` of c and `keep` holds there.
struct Disc {
    glm::vec3 c{0.0f};
    glm::vec3 n{0.0f, 1.0f, 0.0f};
    float radius = 0.0f;
    // Extra support limit: the crossing point q must satisfy
    // dot(q - c, limit_dir) >= limit_min (off when limit_dir is zero).
    glm::vec3 limit_dir{0.0f};
    float limit_min = 0.0f;
};

bool crosses(const Disc& cut, const glm::vec3& a, const glm::vec3& b) {
    const float da = glm::dot(a - cut.c, cut.n), db = glm::dot(b - cut.c, cut.n);
    if ((da >= 0.0f) == (db >= 0.0f))
        return false;
    const glm::vec3 q = a + (b - a) * (da / (da - db));
    if (glm::length(q - cut.c) > cut.radius)
        return false;
    if (glm::dot(cut.limit_dir, cut.limit_dir) > 0.0f && glm::dot(q - cut.c, cut.limit_dir) < cut.limit_min)
        return false;
    return true;
}

// The largest distance from `centre` to the named landmarks.
float spread(const BodySkin& body, glm::vec3 centre, std::initializer_list<const char*> names, Side s) {
    float r = 0.0f;
    for (const char* name : names)
        r = std::max(r, glm::length(body.point(name, s) - centre));
    return r;
}

// The normal of the plane through (a - b) and (c - d), pointing from `from` toward `to`.
glm::vec3 plane_normal(glm::vec3 ab, glm::vec3 cd, glm::vec3 from, glm::vec3 to) {
    const glm::vec3 n = unit(glm::cross(ab, cd));
    return glm::dot(n, to - from) < 0.0f ? -n : n;
}

void arm_discs(const BodySkin& body, const LimbFrames& f, Side s, std::vector<Disc>& out) {
    const auto P = [&](const char* name) { return body.point(name, s); };
    const glm::vec3 sh = f.shoulder(s), el = f.elbow(s), wr = f.wrist(s), kn = f.knuckles(s);
    const glm::vec3 arm_d = unit(el - sh), fore_d = unit(wr - el);
    // Shoulder: the plane through the acromion and the axilla apex, normal along the arm.
    const glm::vec3 a = P("acromion"), b = P("axilla_apex");
    const glm::vec3 n = perp(arm_d, unit(a - b));
    out.push_back({sh + kShoulderDiscDistal * n, n, kShoulderReach * glm::length(a - b), {}, 0.0f});
    // Elbow: through the four elbow landmarks, normal halfway between the arm and forearm axes.
    const float elbow_r =
        spread(body, el, {"lateral_epicondyle", "medial_epicondyle", "antecubital_fossa_centre", "olecranon"}, s);
    out.push_back({el, unit(arm_d + fore_d), kElbowReach * elbow_r, {}, 0.0f});
    // Wrist: plane of the wrist landmarks, oriented toward the hand, tilted along the forearm.
    const glm::vec3 wn = unit(plane_normal(P("radial_styloid") - P("ulnar_styloid"),
                                           P("wrist_dorsal") - P("wrist_palmar"), wr, kn) +
                              fore_d);
    const float wrist_r = spread(body, wr, {"radial_styloid", "ulnar_styloid", "wrist_palmar", "wrist_dorsal"}, s);
    out.push_back({wr, wn, kWristReach * wrist_r, {}, 0.0f});
}

void leg_discs(const BodySkin& body, const LimbFrames& f, Side s, std::vector<Disc>& out) {
    const auto P = [&](const char* name) { return body.point(name, s); };
    const glm::vec3 hp = f.hip(s), kc = f.knee(s), ac = f.ankle(s);
    // Hip: oblique plane through the inguinal-ligament midpoint, the greater
    // trochanter and the gluteal fold; it cuts only on its own side of the
    // sagittal plane (x = 0), so it never reaches the other thigh.
    const glm::vec3 hn = plane_normal(P("greater_trochanter") - P("inguinal_ligament_midpoint"),
                                      P("gluteal_fold_midpoint") - P("inguinal_ligament_midpoint"), hp, kc);
    const float outward = s == Side::Left ? 1.0f : -1.0f;
    out.push_back({hp + kHipDiscDistal * hn, hn, kHipDiscRadius, glm::vec3(outward, 0.0f, 0.0f), -std::abs(hp.x)});
    // Knee and ankle: planes of the joint-line landmarks.
    const glm::vec3 kn = plane_normal(P("knee_line_lateral") - P("knee_line_medial"),
                                      P("knee_line_anterior") - P("popliteal_fossa_centre"), kc, ac);
    const float knee_r =
        spread(body, kc, {"knee_line_lateral", "knee_line_medial", "knee_line_anterior", "popliteal_fossa_centre"}, s);
    out.push_back({kc, kn, kKneeReach * knee_r, {}, 0.0f});
    const glm::vec3 an = plane_normal(P("ankle_line_lateral") - P("ankle_line_medial"),
                                      P("ankle_front") - P("ankle_back"), kc, ac);
    const float ankle_r = spread(body, ac, {"ankle_line_lateral", "ankle_line_medial", "ankle_front", "ankle_back"}, s);
    float below = 0.0f; // how far the malleoli tips reach past the ankle centre
    for (const char* name : {"lateral_malleolus", "medial_malleolus"})
        below = std::max(below, glm::dot(P(name) - ac, an));
    out.push_back({ac + (below + kUnderMalleoli) * an, an, kAnkleReach * ankle_r, {}, 0.0f});
}

} // namespace

std::vector<std::uint8_t> cut_joint_edges(const BodySkin& body, const LimbFrames& frames) {
    std::vector<Disc> discs;
    for (Side s : {Side::Left, Side::Right}) {
        arm_discs(body, frames, s, discs);
        leg_discs(body, frames, s, discs);
    }
    const MeshGraph& g = body.graph;
    std::vector<std::uint8_t> cut(g.neighbours.size(), 0);
    for (std::uint32_t v = 0; v < body.vertex_count(); ++v) {
        for (std::uint32_t k = g.offsets[v]; k < g.offsets[v + 1]; ++k) {
            const glm::vec3 a = body.mesh.positions[v], b = body.mesh.positions[g.neighbours[k]];
            cut[k] = std::any_of(discs.begin(), discs.end(), [&](const Disc& d) { return crosses(d, a, b); }) ? 1 : 0;
        }
    }
    return cut;
}

} // namespace dv::coordinates
