// Body coordinates from landmarks (DESIGN.md section 3, decision 2).
//
// Regions: the skin is cut along joint "discs" (a plane through the joint's
// landmarks, limited to a radius around the joint so that it only cuts that
// limb); edges that cross a disc are dropped and regions are flood-filled from
// seed landmarks well inside each region. Head, face, neck and perineum come
// from landmark planes and boxes; palm/dorsum from the hand's mid-plane; sole
// from the normals. A clean-up pass leaves one connected piece per region and
// side. The coordinates on the regions are harmonic fields and landmark frames
// (see body_coordinates.h and docs in the functions below).
#include "body/body_coordinates.h"

#include "body/harmonic_field.h"
#include "core/error.h"

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <string>
#include <utility>

namespace dv {

namespace {

constexpr std::array<std::string_view, static_cast<std::size_t>(Region::Count)> kRegionNames{
    "head", "face", "neck", "trunk", "perineum",
    "arm", "forearm", "hand_palm", "hand_dorsum", "thumb", "index_finger", "middle_finger", "ring_finger",
    "little_finger",
    "thigh", "leg", "foot_dorsum", "sole", "great_toe", "second_toe", "third_toe", "fourth_toe", "fifth_toe"};

constexpr std::array<std::string_view, 5> kFingers{"thumb", "index", "middle", "ring", "little"};
constexpr std::array<std::string_view, 5> kToes{"great_toe", "second_toe", "third_toe", "fourth_toe", "fifth_toe"};

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr int kUnassigned = -1;

Region digit_region(bool hand, int k) {
    return static_cast<Region>(static_cast<int>(hand ? Region::Thumb : Region::GreatToe) + k);
}

std::string mtp_name(int k) {
    std::string s("mtp");
    s.push_back(static_cast<char>('1' + k));
    s.append("_dorsal");
    return s;
}

bool axial(Region r) {
    return r == Region::Head || r == Region::Face || r == Region::Neck || r == Region::Trunk || r == Region::Perineum;
}

// A cut: edges whose ends lie on opposite sides of the plane (c, n) are
// dropped where they cross it within `radius` of c and `keep` holds there.
struct Cut {
    glm::vec3 c{0.0f};
    glm::vec3 n{0.0f, 1.0f, 0.0f};
    float radius = 0.0f;
    // Extra support limit: the crossing point q must satisfy
    // dot(q - c, limit_dir) >= limit_min (off when limit_dir is zero).
    glm::vec3 limit_dir{0.0f};
    float limit_min = 0.0f;
};

struct DigitAxis {
    glm::vec3 a, b; // base (moved back a little) and tip
};

float segment_distance(glm::vec3 p, const DigitAxis& s) {
    const glm::vec3 ab = s.b - s.a;
    const float t = std::clamp(glm::dot(p - s.a, ab) / glm::dot(ab, ab), 0.0f, 1.0f);
    return glm::length(p - (s.a + ab * t));
}

struct Graph {
    std::vector<std::uint32_t> offsets; // CSR adjacency over polygon sides
    std::vector<std::uint32_t> nbr;
};

Graph build_graph(const SurfaceMesh& m) {
    const std::size_t n = m.vertex_count();
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    edges.reserve(m.face_indices.size());
    for (std::size_t f = 0; f < m.face_count(); ++f) {
        const std::uint32_t b = m.face_offsets[f], e = m.face_offsets[f + 1];
        for (std::uint32_t k = b; k < e; ++k) {
            std::uint32_t u = m.face_indices[k], v = m.face_indices[k + 1 < e ? k + 1 : b];
            if (u > v) std::swap(u, v);
            if (u != v) edges.emplace_back(u, v);
        }
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    Graph g;
    g.offsets.assign(n + 1, 0);
    for (const auto& [u, v] : edges) {
        ++g.offsets[u + 1];
        ++g.offsets[v + 1];
    }
    for (std::size_t i = 0; i < n; ++i) g.offsets[i + 1] += g.offsets[i];
    g.nbr.resize(g.offsets[n]);
    std::vector<std::uint32_t> fill(g.offsets.begin(), g.offsets.end() - 1);
    for (const auto& [u, v] : edges) {
        g.nbr[fill[u]++] = v;
        g.nbr[fill[v]++] = u;
    }
    return g;
}

bool crosses(const Cut& cut, const glm::vec3& a, const glm::vec3& b) {
    const float da = glm::dot(a - cut.c, cut.n), db = glm::dot(b - cut.c, cut.n);
    if ((da >= 0.0f) == (db >= 0.0f)) return false;
    const glm::vec3 q = a + (b - a) * (da / (da - db));
    if (glm::length(q - cut.c) > cut.radius) return false;
    if (glm::dot(cut.limit_dir, cut.limit_dir) > 0.0f && glm::dot(q - cut.c, cut.limit_dir) < cut.limit_min)
        return false;
    return true;
}

glm::vec3 unit(glm::vec3 v) {
    const float l = glm::length(v);
    if (!(l > 1e-12f)) throw Error("body coordinates: degenerate landmark frame (two landmarks coincide)");
    return v / l;
}

// v without its component along unit d, normalised.
glm::vec3 perp(glm::vec3 v, glm::vec3 d) { return unit(v - d * glm::dot(v, d)); }

// Anterior direction of a segment with axis d (unit, proximal -> distal) from
// an anterior estimate and a lateral estimate, for the given side: on the
// right, lateral = cross(d, anterior); on the left, the mirror.
glm::vec3 frame_anterior(glm::vec3 ant, glm::vec3 lat, glm::vec3 d, Side side) {
    const glm::vec3 from_lat = side == Side::Left ? glm::cross(d, lat) : glm::cross(lat, d);
    return perp(perp(ant, d) + perp(from_lat, d), d);
}

glm::vec3 frame_lateral(glm::vec3 ant, glm::vec3 d, Side side) {
    return side == Side::Left ? glm::cross(ant, d) : glm::cross(d, ant);
}

// Rotates a toward b about axis d by fraction t (both perpendicular to d).
glm::vec3 slerp_about(glm::vec3 a, glm::vec3 b, glm::vec3 d, float t) {
    const float ang = std::atan2(glm::dot(glm::cross(a, b), d), glm::dot(a, b));
    const float phi = ang * t;
    return a * std::cos(phi) + glm::cross(d, a) * std::sin(phi) + d * glm::dot(d, a) * (1.0f - std::cos(phi));
}

struct Segment {
    glm::vec3 c0, c1;   // axis ends (proximal, distal)
    glm::vec3 ant0, ant1; // anterior at the ends (perpendicular to the axis)
};

class Builder {
public:
    Builder(const SurfaceMesh& skin, const LandmarkSet& lm) : m_(skin), lm_(lm), g_(build_graph(skin)) {
        label_.assign(m_.vertex_count(), kUnassigned);
        side_.assign(m_.vertex_count(), Side::Midline);
    }

    BodyCoordinates run();

private:
    const SurfaceMesh& m_;
    const LandmarkSet& lm_;
    Graph g_;
    std::vector<int> label_;  // Region as int
    std::vector<Side> side_;
    std::vector<Cut> cuts_;
    std::vector<std::uint8_t> edge_cut_; // per adjacency slot

    glm::vec3 P(std::string_view name, Side s) const { return lm_.position(m_, name, s); }
    std::uint32_t V(std::string_view name, Side s) const { return lm_.get(name, s).vertex; }
    std::uint32_t nearest(glm::vec3 p, Side s) const {
        std::uint32_t best = 0;
        float bd = std::numeric_limits<float>::max();
        for (std::uint32_t v = 0; v < m_.vertex_count(); ++v) {
            const float x = m_.positions[v].x;
            if ((s == Side::Left && x <= 0.0f) || (s == Side::Right && x >= 0.0f)) continue;
            const glm::vec3 d = m_.positions[v] - p;
            const float dd = glm::dot(d, d);
            if (dd < bd) {
                bd = dd;
                best = v;
            }
        }
        return best;
    }
    static float sx(Side s) { return s == Side::Left ? 1.0f : -1.0f; }

    // Landmark-derived joint centres.
    glm::vec3 shoulder_c(Side s) const { return 0.5f * (P("acromion", s) + P("axilla_apex", s)); }
    glm::vec3 elbow_c(Side s) const {
        return 0.25f * (P("lateral_epicondyle", s) + P("medial_epicondyle", s) + P("antecubital_fossa_centre", s) +
                        P("olecranon", s));
    }
    glm::vec3 wrist_c(Side s) const {
        return 0.25f * (P("radial_styloid", s) + P("ulnar_styloid", s) + P("wrist_palmar", s) + P("wrist_dorsal", s));
    }
    glm::vec3 digit_base_c(bool hand, int k, Side s) const {
        const std::string n(hand ? kFingers[k] : kToes[k]);
        if (hand) return 0.5f * (P(n + "_base_palmar", s) + P(n + "_mcp_knuckle", s));
        return 0.5f * (P(n + "_base_plantar", s) + P(mtp_name(k), s));
    }
    glm::vec3 knuckles_c(Side s) const {
        glm::vec3 c(0.0f);
        for (int k = 1; k < 5; ++k) c += digit_base_c(true, k, s);
        return 0.25f * c;
    }
    glm::vec3 hip_c(Side s) const {
        return (P("inguinal_ligament_midpoint", s) + P("greater_trochanter", s) + P("gluteal_fold_midpoint", s)) /
               3.0f;
    }
    glm::vec3 knee_c(Side s) const {
        return 0.25f * (P("knee_line_anterior", s) + P("knee_line_lateral", s) + P("knee_line_medial", s) +
                        P("popliteal_fossa_centre", s));
    }
    glm::vec3 ankle_c(Side s) const {
        return 0.25f * (P("ankle_line_lateral", s) + P("ankle_line_medial", s) + P("ankle_front", s) +
                        P("ankle_back", s));
    }
    glm::vec3 toes_c(Side s) const {
        glm::vec3 c(0.0f);
        for (int k = 0; k < 5; ++k) c += digit_base_c(false, k, s);
        return 0.2f * c;
    }

    // Frames.
    glm::vec3 elbow_ant(Side s, glm::vec3 d) const {
        return frame_anterior(P("antecubital_fossa_centre", s) - P("olecranon", s),
                              P("lateral_epicondyle", s) - P("medial_epicondyle", s), d, s);
    }
    glm::vec3 wrist_ant(Side s, glm::vec3 d) const {
        return frame_anterior(P("wrist_palmar", s) - P("wrist_dorsal", s),
                              P("radial_styloid", s) - P("ulnar_styloid", s), d, s);
    }
    glm::vec3 knuckle_ant(Side s, glm::vec3 d) const {
        glm::vec3 a(0.0f);
        for (int k = 1; k < 5; ++k) {
            const std::string n(kFingers[k]);
            a += P(n + "_base_palmar", s) - P(n + "_mcp_knuckle", s);
        }
        return frame_anterior(a, P("index_mcp_knuckle", s) - P("little_mcp_knuckle", s), d, s);
    }
    glm::vec3 knee_ant(Side s, glm::vec3 d) const {
        return frame_anterior(P("patella_centre", s) - P("popliteal_fossa_centre", s),
                              P("lateral_femoral_condyle", s) - P("medial_femoral_condyle", s), d, s);
    }
    glm::vec3 ankle_ant(Side s, glm::vec3 d) const {
        // From the bimalleolar axis alone, so the malleoli sit at 90 and 270.
        const glm::vec3 lat = P("lateral_malleolus", s) - P("medial_malleolus", s);
        return frame_anterior(s == Side::Left ? glm::cross(d, lat) : glm::cross(lat, d), lat, d, s);
    }
    glm::vec3 foot_ant(Side s, glm::vec3 d) const {
        glm::vec3 a(0.0f);
        for (int k = 0; k < 5; ++k)
            a += P(mtp_name(k), s) - P(std::string(kToes[k]) + "_base_plantar", s);
        return frame_anterior(a, P("mtp5_dorsal", s) - P("mtp1_dorsal", s), d, s);
    }

    Segment segment(Region r, Side s) const;
    void add_limb_cuts(Side s);
    void classify_axial();
    void flood(std::uint32_t seed, Region r, Side s);
    void label_digits(Side s);
    void cleanup();
    void limb_fields(BodyCoordinates& out, Side s) const;
    void spinal_field(BodyCoordinates& out) const;
    void trunk_angle(BodyCoordinates& out) const;
};

void Builder::add_limb_cuts(Side s) {
    const glm::vec3 sh = shoulder_c(s), el = elbow_c(s), wr = wrist_c(s), kn = knuckles_c(s);
    const glm::vec3 arm_d = unit(el - sh), fore_d = unit(wr - el);
    // Shoulder: the plane through the acromion and the axilla apex, normal
    // along the arm.
    {
        const glm::vec3 a = P("acromion", s), b = P("axilla_apex", s);
        const glm::vec3 n = perp(arm_d, unit(a - b));
        // 1 cm distal of the landmarks: the axilla apex (key T2) stays on the trunk.
        cuts_.push_back({sh + 0.01f * n, n, 0.85f * glm::length(a - b), {}, 0.0f});
    }
    // Elbow: through the four elbow landmarks, normal halfway between the arm
    // and forearm axes.
    {
        float r = 0.0f;
        for (auto n : {"lateral_epicondyle", "medial_epicondyle", "antecubital_fossa_centre", "olecranon"})
            r = std::max(r, glm::length(P(n, s) - el));
        cuts_.push_back({el, unit(arm_d + fore_d), 2.0f * r, {}, 0.0f});
    }
    // Wrist: plane of the wrist landmarks, oriented toward the hand.
    {
        glm::vec3 n = glm::cross(P("radial_styloid", s) - P("ulnar_styloid", s), P("wrist_dorsal", s) - P("wrist_palmar", s));
        n = unit(n);
        if (glm::dot(n, kn - wr) < 0.0f) n = -n;
        n = unit(n + fore_d);
        float r = 0.0f;
        for (auto nm : {"radial_styloid", "ulnar_styloid", "wrist_palmar", "wrist_dorsal"})
            r = std::max(r, glm::length(P(nm, s) - wr));
        cuts_.push_back({wr, n, 1.8f * r, {}, 0.0f});
    }
    // Hip: oblique plane through the inguinal-ligament midpoint, the greater
    // trochanter and the gluteal fold; not medial of the perineum's edge.
    const glm::vec3 hp = hip_c(s), kc = knee_c(s), ac = ankle_c(s);
    {
        glm::vec3 n = glm::cross(P("greater_trochanter", s) - P("inguinal_ligament_midpoint", s),
                                 P("gluteal_fold_midpoint", s) - P("inguinal_ligament_midpoint", s));
        n = unit(n);
        if (glm::dot(n, kc - hp) < 0.0f) n = -n;
        // 1 cm below the landmarks: the inguinal ligament itself is trunk (T12/L1).
        cuts_.push_back({hp + 0.01f * n, n, 0.2f, glm::vec3(sx(s), 0.0f, 0.0f), -std::abs(hp.x)});
    }
    // Knee and ankle: planes of the joint-line landmarks.
    {
        glm::vec3 n = glm::cross(P("knee_line_lateral", s) - P("knee_line_medial", s),
                                 P("knee_line_anterior", s) - P("popliteal_fossa_centre", s));
        n = unit(n);
        if (glm::dot(n, ac - kc) < 0.0f) n = -n;
        float r = 0.0f;
        for (auto nm : {"knee_line_lateral", "knee_line_medial", "knee_line_anterior", "popliteal_fossa_centre"})
            r = std::max(r, glm::length(P(nm, s) - kc));
        cuts_.push_back({kc, n, 1.8f * r, {}, 0.0f});
    }
    {
        glm::vec3 n = glm::cross(P("ankle_line_lateral", s) - P("ankle_line_medial", s),
                                 P("ankle_front", s) - P("ankle_back", s));
        n = unit(n);
        if (glm::dot(n, ac - kc) < 0.0f) n = -n;
        float r = 0.0f;
        for (auto nm : {"ankle_line_lateral", "ankle_line_medial", "ankle_front", "ankle_back"})
            r = std::max(r, glm::length(P(nm, s) - ac));
        // Below the tips of the malleoli: they belong to the leg (their
        // dermatomes are drawn there), the foot starts under them.
        float below = 0.0f;
        for (auto nm : {"lateral_malleolus", "medial_malleolus"})
            below = std::max(below, glm::dot(P(nm, s) - ac, n));
        cuts_.push_back({ac + (below + 0.008f) * n, n, 1.6f * r, {}, 0.0f});
    }
}

// Head, face, neck and perineum by landmark planes and boxes.
void Builder::classify_axial() {
    const glm::vec3 menton = P("menton", Side::Midline), eop = P("external_occipital_protuberance", Side::Midline);
    const glm::vec3 angle = 0.5f * (P("angle_of_mandible", Side::Left) + P("angle_of_mandible", Side::Right));
    const glm::vec3 top = P("vertex_of_scalp", Side::Midline);
    const glm::vec3 notch = P("suprasternal_notch", Side::Midline), c7 = P("spinous_process_C7", Side::Midline);
    const glm::vec3 ear = P("jaw_below_ear", Side::Left);
    // Jaw line to the occiput: y_cut(z) piecewise linear through menton,
    // the angle of the mandible and the external occipital protuberance,
    // flat beyond the two ends.
    const auto y_cut = [&](float z) {
        if (z >= menton.z) return menton.y;
        if (z >= angle.z) return angle.y + (menton.y - angle.y) * (z - angle.z) / (menton.z - angle.z);
        if (z >= eop.z) return angle.y + (eop.y - angle.y) * (z - angle.z) / (eop.z - angle.z);
        return eop.y;
    };
    const glm::vec3 head_mid = 0.5f * (menton + eop);
    const float head_r = 1.6f * glm::length(top - head_mid);
    // Face: in front of the plane (containing the x axis) through a point
    // 3.5 cm above the ear lobe and the front hairline, estimated at 22 % of
    // the menton-to-vertex height below the vertex.
    const float y_hair = top.y - 0.22f * (top.y - menton.y);
    float z_hair = menton.z;
    for (std::uint32_t v = 0; v < m_.vertex_count(); ++v) {
        const glm::vec3 p = m_.positions[v];
        if (std::abs(p.x) < 0.01f && std::abs(p.y - y_hair) < 0.01f && glm::length(p - head_mid) < head_r)
            z_hair = std::max(z_hair, p.z);
    }
    const glm::vec2 e(ear.z, ear.y + 0.035f), h(z_hair, y_hair);
    glm::vec2 fn(h.y - e.y, -(h.x - e.x)); // (z, y) normal: forward and down
    const auto face_side = [&](glm::vec3 p) { return p.z > ear.z && glm::dot(glm::vec2(p.z, p.y) - e, fn) > 0.0f; };
    // Neck base: the plane containing the x axis through the suprasternal
    // notch and C7; neck within a cylinder around the neck's axis.
    const glm::vec2 nb(notch.z, notch.y), cb(c7.z, c7.y);
    glm::vec2 ln(-(cb.y - nb.y), cb.x - nb.x); // perpendicular in (z, y)
    if (ln.y < 0.0f) ln = -ln;                 // pointing up
    const float neck_z = 0.5f * (notch.z + c7.z);
    const float neck_r = 1.25f * std::abs(P("angle_of_mandible", Side::Left).x) + 0.02f;
    // Perineum: the skin between the thighs below the pubis, from the
    // genital root to behind the anus.
    const glm::vec3 ps = P("pubic_symphysis", Side::Midline), pa = P("perianal_centre", Side::Midline);
    const glm::vec3 tub = P("pubic_tubercle", Side::Left);
    const float per_x = std::max(0.6f * std::abs(P("ischial_tuberosity", Side::Left).x), std::abs(tub.x) + 0.01f);
    const float per_top = tub.y - 0.005f;
    const float groin_top = P("inguinal_ligament_midpoint", Side::Left).y + 0.01f;

    for (std::uint32_t v = 0; v < m_.vertex_count(); ++v) {
        const glm::vec3 p = m_.positions[v];
        if (glm::length(p - head_mid) < head_r && p.y > y_cut(p.z) && p.y > c7.y) {
            label_[v] = static_cast<int>(face_side(p) ? Region::Face : Region::Head);
        } else if (glm::dot(glm::vec2(p.z, p.y) - nb, ln) > 0.0f && p.y < head_mid.y + 0.05f &&
                   std::hypot(p.x, p.z - neck_z) < neck_r) {
            label_[v] = static_cast<int>(Region::Neck);
        } else if (std::abs(p.x) < per_x && p.y < per_top && p.y > pa.y - 0.05f && p.z < ps.z && p.z > pa.z - 0.02f) {
            label_[v] = static_cast<int>(Region::Perineum);
        } else if (std::abs(p.x) < per_x && p.y >= per_top && p.y < groin_top && p.z > pa.z) {
            // The pubic strip between the groins, above the perineum: trunk,
            // so that the two thighs never meet through it.
            label_[v] = static_cast<int>(Region::Trunk);
        }
    }
}

// Digits: the vertices beyond the plane across the digit's base (through
// the palmar/plantar base point, normal along the digit), nearer to this
// digit's axis than to the other digits' axes, connected to the tip.
void Builder::label_digits(Side s) {
    for (int hand = 0; hand < 2; ++hand) {
        std::array<DigitAxis, 5> axes{};
        std::array<glm::vec3, 5> base{}, dir{};
        std::array<float, 5> radius{};
        for (int k = 0; k < 5; ++k) {
            const auto kk = static_cast<std::size_t>(k);
            const std::string nm(hand ? kFingers[kk] : kToes[kk]);
            const glm::vec3 c = digit_base_c(hand != 0, k, s), tip = P(nm + "_tip", s);
            axes[kk] = {c - (tip - c) * 0.3f, tip};
            base[kk] = hand ? P(nm + "_base_palmar", s) : P(nm + "_base_plantar", s);
            dir[kk] = unit(tip - c);
            const glm::vec3 knuckle = hand ? P(nm + "_mcp_knuckle", s) : P(mtp_name(k), s);
            radius[kk] = 2.0f * glm::length(knuckle - base[kk]);
        }
        for (int k = 0; k < 5; ++k) {
            const auto kk = static_cast<std::size_t>(k);
            const auto candidate = [&](std::uint32_t v) {
                const glm::vec3 p = m_.positions[v];
                if (label_[v] != kUnassigned || glm::dot(p - base[kk], dir[kk]) <= 0.0f) return false;
                const float own = segment_distance(p, axes[kk]);
                if (own > radius[kk]) return false;
                for (std::size_t j = 0; j < 5; ++j)
                    if (j != kk && segment_distance(p, axes[j]) < own) return false;
                return true;
            };
            const std::string nm(hand ? kFingers[kk] : kToes[kk]);
            const std::uint32_t tip = V(nm + "_tip", s);
            if (!candidate(tip))
                throw Error("body coordinates: the tip landmark " + nm + "_tip (" + std::string(side_name(s)) +
                            ") does not lie beyond its digit's base");
            const Region r = digit_region(hand != 0, k);
            std::vector<std::uint32_t> stack{tip};
            label_[tip] = static_cast<int>(r);
            side_[tip] = s;
            while (!stack.empty()) {
                const std::uint32_t v = stack.back();
                stack.pop_back();
                for (std::uint32_t e = g_.offsets[v]; e < g_.offsets[v + 1]; ++e) {
                    const std::uint32_t w = g_.nbr[e];
                    if (!candidate(w)) continue;
                    label_[w] = static_cast<int>(r);
                    side_[w] = s;
                    stack.push_back(w);
                }
            }
        }
    }
}

void Builder::flood(std::uint32_t seed, Region r, Side s) {
    if (label_[seed] != kUnassigned) {
        if (label_[seed] == static_cast<int>(r) && side_[seed] == s) return;
        throw Error("body coordinates: the seed of the " + std::string(region_name(r)) + " (" +
                    std::string(side_name(s)) + ") was already taken by the " +
                    std::string(region_name(static_cast<Region>(label_[seed]))) + "; a joint cut leaks");
    }
    std::vector<std::uint32_t> stack{seed};
    label_[seed] = static_cast<int>(r);
    side_[seed] = s;
    while (!stack.empty()) {
        const std::uint32_t v = stack.back();
        stack.pop_back();
        for (std::uint32_t k = g_.offsets[v]; k < g_.offsets[v + 1]; ++k) {
            const std::uint32_t w = g_.nbr[k];
            if (label_[w] != kUnassigned || edge_cut_[k]) continue;
            label_[w] = static_cast<int>(r);
            side_[w] = s;
            stack.push_back(w);
        }
    }
}

// One connected piece per region (limbs: per region and side): smaller
// pieces join the neighbouring region they share most edges with.
void Builder::cleanup() {
    const std::size_t n = m_.vertex_count();
    const auto key = [&](std::uint32_t v) {
        const Region r = static_cast<Region>(label_[v]);
        return axial(r) ? label_[v] * 3 : label_[v] * 3 + static_cast<int>(side_[v]);
    };
    for (int pass = 0; pass < 8; ++pass) {
        std::vector<int> comp(n, -1);
        std::vector<std::size_t> comp_size;
        std::vector<int> comp_key;
        for (std::uint32_t v = 0; v < n; ++v) {
            if (comp[v] >= 0) continue;
            const int id = static_cast<int>(comp_size.size());
            const int kv = key(v);
            std::size_t count = 0;
            std::vector<std::uint32_t> stack{v};
            comp[v] = id;
            while (!stack.empty()) {
                const std::uint32_t a = stack.back();
                stack.pop_back();
                ++count;
                for (std::uint32_t k = g_.offsets[a]; k < g_.offsets[a + 1]; ++k) {
                    const std::uint32_t b = g_.nbr[k];
                    if (comp[b] < 0 && key(b) == kv) {
                        comp[b] = id;
                        stack.push_back(b);
                    }
                }
            }
            comp_size.push_back(count);
            comp_key.push_back(kv);
        }
        // Largest component per key (ties: lowest id, deterministic).
        std::vector<int> best(static_cast<std::size_t>(Region::Count) * 3, -1);
        for (std::size_t c = 0; c < comp_size.size(); ++c) {
            int& b = best[static_cast<std::size_t>(comp_key[c])];
            if (b < 0 || comp_size[c] > comp_size[static_cast<std::size_t>(b)]) b = static_cast<int>(c);
        }
        bool changed = false;
        std::vector<int> new_label = label_;
        std::vector<Side> new_side = side_;
        for (std::size_t c = 0; c < comp_size.size(); ++c)
            if (best[static_cast<std::size_t>(comp_key[c])] != static_cast<int>(c)) changed = true;
        if (!changed) break;
        // Per component votes.
        std::vector<std::array<int, static_cast<std::size_t>(Region::Count) * 3>> votes(comp_size.size());
        for (auto& a : votes) a.fill(0);
        for (std::uint32_t v = 0; v < n; ++v) {
            const int c = comp[v];
            if (best[static_cast<std::size_t>(comp_key[static_cast<std::size_t>(c)])] == c) continue;
            for (std::uint32_t k = g_.offsets[v]; k < g_.offsets[v + 1]; ++k) {
                const std::uint32_t w = g_.nbr[k];
                if (comp[w] != c) ++votes[static_cast<std::size_t>(c)][static_cast<std::size_t>(key(w))];
            }
        }
        for (std::uint32_t v = 0; v < n; ++v) {
            const auto c = static_cast<std::size_t>(comp[v]);
            if (best[static_cast<std::size_t>(comp_key[c])] == comp[v]) continue;
            const auto& vc = votes[c];
            const auto it = std::max_element(vc.begin(), vc.end());
            if (*it == 0) continue;
            const int kk = static_cast<int>(it - vc.begin());
            new_label[v] = kk / 3;
            if (!axial(static_cast<Region>(kk / 3))) new_side[v] = static_cast<Side>(kk % 3);
        }
        label_ = std::move(new_label);
        side_ = std::move(new_side);
    }
}

Segment Builder::segment(Region r, Side s) const {
    Segment g{};
    switch (r) {
    case Region::Arm: {
        g.c0 = shoulder_c(s);
        g.c1 = elbow_c(s);
        const glm::vec3 d = unit(g.c1 - g.c0);
        g.ant0 = g.ant1 = elbow_ant(s, d); // the humerus does not twist
        break;
    }
    case Region::Forearm: {
        g.c0 = elbow_c(s);
        g.c1 = wrist_c(s);
        const glm::vec3 d = unit(g.c1 - g.c0);
        g.ant0 = elbow_ant(s, d);
        g.ant1 = wrist_ant(s, d);
        break;
    }
    case Region::HandPalm:
    case Region::HandDorsum: {
        g.c0 = wrist_c(s);
        g.c1 = knuckles_c(s);
        const glm::vec3 d = unit(g.c1 - g.c0);
        g.ant0 = wrist_ant(s, d);
        g.ant1 = knuckle_ant(s, d);
        break;
    }
    case Region::Thigh: {
        g.c0 = hip_c(s);
        g.c1 = knee_c(s);
        const glm::vec3 d = unit(g.c1 - g.c0);
        g.ant0 = g.ant1 = knee_ant(s, d);
        break;
    }
    case Region::Leg: {
        g.c0 = knee_c(s);
        g.c1 = ankle_c(s);
        const glm::vec3 d = unit(g.c1 - g.c0);
        g.ant0 = knee_ant(s, d);
        g.ant1 = ankle_ant(s, d);
        break;
    }
    case Region::FootDorsum:
    case Region::Sole: {
        g.c0 = ankle_c(s);
        g.c1 = toes_c(s);
        const glm::vec3 d = unit(g.c1 - g.c0);
        g.ant0 = g.ant1 = foot_ant(s, d);
        break;
    }
    default: {
        const int ri = static_cast<int>(r);
        const bool hand = ri >= static_cast<int>(Region::Thumb) && ri <= static_cast<int>(Region::LittleFinger);
        const int k = ri - static_cast<int>(hand ? Region::Thumb : Region::GreatToe);
        const std::string n(hand ? kFingers[static_cast<std::size_t>(k)] : kToes[static_cast<std::size_t>(k)]);
        g.c0 = digit_base_c(hand, k, s);
        g.c1 = P(n + "_tip", s);
        const glm::vec3 d = unit(g.c1 - g.c0);
        const glm::vec3 base = hand ? P(n + "_base_palmar", s) : P(n + "_base_plantar", s);
        const glm::vec3 knuckle = hand ? P(n + "_mcp_knuckle", s) : P(mtp_name(k), s);
        // Palmar side anterior on fingers, dorsum "anterior" (0) on toes.
        const glm::vec3 a = hand ? base - knuckle : knuckle - base;
        const glm::vec3 lat = hand ? (k == 0 ? P("thumb_base_palmar", s) - P("index_base_palmar", s)
                                             : P("index_mcp_knuckle", s) - P("little_mcp_knuckle", s))
                                   : P("mtp5_dorsal", s) - P("mtp1_dorsal", s);
        g.ant0 = g.ant1 = k == 0 && hand ? perp(a, d) : frame_anterior(a, lat, d, s);
        break;
    }
    }
    return g;
}

// Along (harmonic, ring to ring) and around (landmark frame blended along the
// segment) on every limb region of one side.
void Builder::limb_fields(BodyCoordinates& out, Side s) const {
    struct Job {
        std::vector<Region> regions; // the mask
        std::vector<Region> proximal;
        std::vector<Region> distal;  // empty: digit tip
        std::string tip;
    };
    std::vector<Job> jobs{
        {{Region::Arm}, {Region::Trunk, Region::Neck}, {Region::Forearm}, {}},
        {{Region::Forearm}, {Region::Arm}, {Region::HandPalm, Region::HandDorsum}, {}},
        {{Region::HandPalm, Region::HandDorsum},
         {Region::Forearm},
         {Region::Thumb, Region::IndexFinger, Region::MiddleFinger, Region::RingFinger, Region::LittleFinger},
         {}},
        {{Region::Thigh}, {Region::Trunk, Region::Perineum}, {Region::Leg}, {}},
        {{Region::Leg}, {Region::Thigh}, {Region::FootDorsum, Region::Sole}, {}},
        {{Region::FootDorsum, Region::Sole},
         {Region::Leg},
         {Region::GreatToe, Region::SecondToe, Region::ThirdToe, Region::FourthToe, Region::FifthToe},
         {}},
    };
    for (int k = 0; k < 5; ++k) {
        jobs.push_back({{digit_region(true, k)}, {Region::HandPalm, Region::HandDorsum}, {}, std::string(kFingers[k]) + "_tip"});
        jobs.push_back({{digit_region(false, k)}, {Region::FootDorsum, Region::Sole}, {}, std::string(kToes[k]) + "_tip"});
    }
    const std::size_t n = m_.vertex_count();
    for (const Job& job : jobs) {
        std::vector<std::uint8_t> mask(n, 0);
        std::vector<std::uint8_t> role(n, 0); // 1 proximal ring, 2 distal
        for (std::uint32_t v = 0; v < n; ++v) {
            bool in = false;
            for (Region r : job.regions) in = in || (label_[v] == static_cast<int>(r) && side_[v] == s);
            if (!in) continue;
            mask[v] = 1;
            for (std::uint32_t k = g_.offsets[v]; k < g_.offsets[v + 1]; ++k) {
                const std::uint32_t w = g_.nbr[k];
                const auto rw = static_cast<Region>(label_[w]);
                if (!axial(rw) && side_[w] != s) continue;
                if (std::find(job.proximal.begin(), job.proximal.end(), rw) != job.proximal.end()) role[v] = 1;
                else if (role[v] != 1 &&
                         std::find(job.distal.begin(), job.distal.end(), rw) != job.distal.end())
                    role[v] = 2;
            }
        }
        if (!job.tip.empty()) {
            const std::uint32_t t = V(job.tip, s);
            if (mask[t]) role[t] = 2;
        }
        std::vector<std::uint32_t> cons;
        std::vector<double> vals;
        bool has0 = false, has1 = false;
        for (std::uint32_t v = 0; v < n; ++v) {
            if (!mask[v] || role[v] == 0) continue;
            cons.push_back(v);
            vals.push_back(role[v] == 1 ? 0.0 : 1.0);
            (role[v] == 1 ? has0 : has1) = true;
        }
        const std::string what = std::string(region_name(job.regions.front())) + " (" + std::string(side_name(s)) + ")";
        if (!has0 || !has1)
            throw Error("body coordinates: the " + what + " has no " + (has0 ? "distal" : "proximal") +
                        " joint ring; the landmarks do not fit this mesh");
        const std::vector<double> f = harmonic_field(m_, cons, vals, mask);

        for (Region r : job.regions) {
            const Segment sg = segment(r, s);
            const glm::vec3 d = unit(sg.c1 - sg.c0);
            for (std::uint32_t v = 0; v < n; ++v) {
                if (label_[v] != static_cast<int>(r) || side_[v] != s) continue;
                const float u = static_cast<float>(std::clamp(f[v], 0.0, 1.0));
                out.along[v] = u;
                const glm::vec3 ant = slerp_about(sg.ant0, sg.ant1, d, u);
                const glm::vec3 lat = frame_lateral(ant, d, s);
                const glm::vec3 c = sg.c0 + (sg.c1 - sg.c0) * u;
                const glm::vec3 rr = m_.positions[v] - c;
                const float yl = glm::dot(rr, lat), xa = glm::dot(rr, ant);
                // On the axis itself (a digit's tip landmark) the angle is undefined: 0.
                float deg = std::hypot(xa, yl) < 1e-5f ? 0.0f : std::atan2(yl, xa) * (180.0f / std::numbers::pi_v<float>);
                if (deg < 0.0f) deg += 360.0f;
                if (deg >= 360.0f) deg -= 360.0f;
                out.around_deg[v] = deg;
            }
        }
    }
}

// Spinal level over neck, trunk and perineum: harmonic, pinned along the
// front and back midlines (reference section 6: each band runs from its own
// spinous process behind to its anterior landmark in front, and the field
// sweeps the band between them). Pinning whole midline curves, not single
// points, keeps the field free of the bull's-eyes a lone point pin makes.
//   front midline, by height: upper neck ring 2.5 (C2/C3), suprasternal notch
//     4.5 (C4/C5), 3rd intercostal space 11 (T3), nipple height 12 (T4),
//     xiphoid 14 (T6), umbilicus 18 (T10), pubic symphysis 21 (L1);
//   midclavicular lines, by height: clavicle 5, then each ISNCSCI key point
//     T3..T11 at its own level, inguinal ligament 20.4 (bands are level
//     across the front);
//   the shoulder ring: 4.5 at the acromion down to 10 (T2) at the axilla;
//   back midline: upper neck ring 2.5, C7 spine 7, T4 spine 12, T10 spine 18,
//     L4 spine 24, down the natal cleft to the perianal centre 30 (S5);
//   points: nipples 12, inguinal-ligament midpoints 20.4 (the T12 key point:
//     the lowest part of T12, just above the T12/L1 border), gluteal folds
//     27 (S2), ischial tuberosities 28 (S3), perineal midpoint 29.
// Where a landmark vertex lies outside the domain (a limb took it) its pin is
// skipped, except the nipples, umbilicus and spines, which must be inside.
void Builder::spinal_field(BodyCoordinates& out) const {
    const std::size_t n = m_.vertex_count();
    std::vector<std::uint8_t> mask(n, 0);
    for (std::uint32_t v = 0; v < n; ++v) {
        const auto r = static_cast<Region>(label_[v]);
        mask[v] = (r == Region::Neck || r == Region::Trunk || r == Region::Perineum) ? 1 : 0;
    }
    std::vector<double> pin(n, std::numeric_limits<double>::quiet_NaN());
    // Upper neck ring.
    float neck_top_front = -1e9f, neck_top_back = -1e9f;
    for (std::uint32_t v = 0; v < n; ++v) {
        if (label_[v] != static_cast<int>(Region::Neck)) continue;
        for (std::uint32_t k = g_.offsets[v]; k < g_.offsets[v + 1]; ++k) {
            const int lw = label_[g_.nbr[k]];
            if (lw == static_cast<int>(Region::Head) || lw == static_cast<int>(Region::Face)) pin[v] = 2.5;
        }
        if (!std::isnan(pin[v]) && std::abs(m_.positions[v].x) < 1e-4f) {
            float& top = m_.normals[v].z > 0.0f ? neck_top_front : neck_top_back;
            top = std::max(top, m_.positions[v].y);
        }
    }
    struct Anchor {
        float y;
        double level;
    };
    const auto y_of = [&](const char* name, Side s) { return P(name, s).y; };
    const float nipple_y = 0.5f * (y_of("nipple", Side::Left) + y_of("nipple", Side::Right));
    std::vector<Anchor> front = {{neck_top_front, 2.5},
                                 {y_of("suprasternal_notch", Side::Midline), 4.5},
                                 {y_of("key_T3", Side::Left), 11.0},
                                 {nipple_y, 12.0},
                                 {y_of("xiphoid_process", Side::Midline), 14.0},
                                 {y_of("umbilicus", Side::Midline), 18.0},
                                 {y_of("pubic_symphysis", Side::Midline), 21.0}};
    std::vector<Anchor> back = {{neck_top_back, 2.5},
                                {y_of("spinous_process_C7", Side::Midline), 7.0},
                                {y_of("spinous_process_T4", Side::Midline), 12.0},
                                {y_of("spinous_process_T10", Side::Midline), 18.0},
                                {y_of("spinous_process_L4", Side::Midline), 24.0},
                                {y_of("perianal_centre", Side::Midline), 30.0}};
    // Piecewise linear in height between anchors (sorted from the top down);
    // NaN outside their span.
    const auto along_midline = [](const std::vector<Anchor>& a, float y) {
        for (std::size_t i = 0; i + 1 < a.size(); ++i)
            if (y <= a[i].y && y >= a[i + 1].y && a[i].y > a[i + 1].y)
                return a[i].level + (a[i + 1].level - a[i].level) * double((a[i].y - y) / (a[i].y - a[i + 1].y));
        return std::numeric_limits<double>::quiet_NaN();
    };
    // The midclavicular lines: ISNCSCI puts T3..T12 there at the same levels
    // as the front midline, so the front of the trunk has level bands (the
    // slope comes on the flanks). A strip one vertex wide on each side.
    // The line through the clavicle's midpoint (docs/landmarks.md), where the
    // key points were placed; pinned by height, and at the key points themselves.
    const float mcl_x = std::abs(P("clavicle_midpoint", Side::Left).x);
    std::vector<Anchor> mcl = {{y_of("clavicle_midpoint", Side::Left), 5.0},
                               {y_of("key_T3", Side::Left), 11.0},
                               {nipple_y, 12.0},
                               {y_of("key_T5", Side::Left), 13.0},
                               {y_of("key_T6", Side::Left), 14.0},
                               {y_of("key_T7", Side::Left), 15.0},
                               {y_of("key_T8", Side::Left), 16.0},
                               {y_of("key_T9", Side::Left), 17.0},
                               {y_of("key_T10", Side::Left), 18.0},
                               {y_of("key_T11", Side::Left), 19.0},
                               {y_of("inguinal_ligament_midpoint", Side::Left), 20.4}};
    // The shoulder ring, where the arm was cut off the trunk: C4/C5 over the
    // acromion down to T2 at the apex of the axilla (the intercostobrachial
    // skin), by height. Without it the flank under the arm took the levels
    // of the back (T6 at the axilla).
    const float ring_top = 0.5f * (y_of("acromion", Side::Left) + y_of("shoulder_top", Side::Left));
    const float ring_bottom = y_of("axilla_apex", Side::Left);
    for (std::uint32_t v = 0; v < n; ++v) {
        if (!mask[v] || !std::isnan(pin[v]) || label_[v] != static_cast<int>(Region::Trunk)) continue;
        const glm::vec3 q = m_.positions[v];
        bool on_shoulder_ring = false;
        for (std::uint32_t k = g_.offsets[v]; k < g_.offsets[v + 1]; ++k)
            on_shoulder_ring = on_shoulder_ring || label_[g_.nbr[k]] == static_cast<int>(Region::Arm);
        if (on_shoulder_ring && ring_top > ring_bottom) {
            const float t = std::clamp((ring_top - q.y) / (ring_top - ring_bottom), 0.0f, 1.0f);
            pin[v] = 4.5 + (10.0 - 4.5) * double(t);
        } else if (std::abs(std::abs(q.x) - mcl_x) < 0.006f && m_.normals[v].z > 0.3f) {
            pin[v] = along_midline(mcl, q.y);
        }
    }
    for (std::uint32_t v = 0; v < n; ++v) {
        if (!mask[v] || std::abs(m_.positions[v].x) > 1e-4f || !std::isnan(pin[v])) continue;
        const float nz = m_.normals[v].z;
        // The midline loop: its front half faces forward, its back half
        // backward; the crotch, facing down, is left to the point pins.
        if (nz > 0.3f) pin[v] = along_midline(front, m_.positions[v].y);
        else if (nz < -0.3f) pin[v] = along_midline(back, m_.positions[v].y);
    }
    struct Pin {
        const char* name;
        double level;
        bool required;
    };
    const Pin bilateral[] = {{"nipple", 12.0, true},
                             {"key_T3", 11.0, false}, {"key_T5", 13.0, false}, {"key_T6", 14.0, false},
                             {"key_T7", 15.0, false}, {"key_T8", 16.0, false}, {"key_T9", 17.0, false},
                             {"key_T10", 18.0, false}, {"key_T11", 19.0, false},
                             {"inguinal_ligament_midpoint", 20.4, true},
                             {"gluteal_fold_midpoint", 27.0, false},
                             {"ischial_tuberosity", 28.0, false}};
    const Pin midline[] = {{"umbilicus", 18.0, true},       {"spinous_process_T4", 12.0, true},
                           {"spinous_process_T10", 18.0, true}, {"perineal_midpoint", 29.0, false},
                           {"perianal_centre", 30.0, true}};
    const auto put = [&](const Pin& p, Side s) {
        const std::uint32_t v = V(p.name, s);
        if (!mask[v]) {
            if (p.required)
                throw Error(std::string("body coordinates: landmark ") + p.name +
                            " does not lie on the trunk; the region cuts do not fit the landmarks");
            return;
        }
        pin[v] = p.level;
    };
    for (const Pin& p : bilateral) {
        put(p, Side::Left);
        put(p, Side::Right);
    }
    for (const Pin& p : midline) put(p, Side::Midline);
    std::vector<std::uint32_t> cons;
    std::vector<double> vals;
    for (std::uint32_t v = 0; v < n; ++v) {
        if (!std::isnan(pin[v])) {
            cons.push_back(v);
            vals.push_back(pin[v]);
        }
    }
    const std::vector<double> f = harmonic_field(m_, cons, vals, mask);
    for (std::uint32_t v = 0; v < n; ++v)
        if (mask[v]) out.spinal_level[v] = static_cast<float>(f[v]);
}

// The angle around the trunk's long axis on neck, trunk and perineum: 0 at
// the front midline, 180 at the back midline, the same on both sides. Maps
// need it where the front and the back of one spinal level differ (K&G's C5
// strip below the clavicle versus its C5 strip at the C5 spinous process).
// The axis at each height runs midway between the front and back midlines.
void Builder::trunk_angle(BodyCoordinates& out) const {
    const std::size_t n = m_.vertex_count();
    auto axial = [&](std::uint32_t v) {
        const auto r = static_cast<Region>(label_[v]);
        return r == Region::Neck || r == Region::Trunk || r == Region::Perineum;
    };
    // Midline vertices by height, front and back.
    std::vector<std::pair<float, float>> front, back; // (y, z)
    for (std::uint32_t v = 0; v < n; ++v) {
        if (!axial(v) || std::abs(m_.positions[v].x) > 1e-4f) continue;
        if (m_.normals[v].z > 0.3f) front.emplace_back(m_.positions[v].y, m_.positions[v].z);
        else if (m_.normals[v].z < -0.3f) back.emplace_back(m_.positions[v].y, m_.positions[v].z);
    }
    std::sort(front.begin(), front.end());
    std::sort(back.begin(), back.end());
    if (front.empty() || back.empty()) return;
    // z of the midline nearest in height (the lists are dense: a vertex every
    // centimetre or two).
    const auto z_at = [](const std::vector<std::pair<float, float>>& line, float y) {
        auto it = std::lower_bound(line.begin(), line.end(), std::pair{y, -1e9f});
        if (it == line.end()) return line.back().second;
        if (it != line.begin() && y - std::prev(it)->first < it->first - y) --it;
        return it->second;
    };
    for (std::uint32_t v = 0; v < n; ++v) {
        if (!axial(v)) continue;
        const glm::vec3 p = m_.positions[v];
        const float centre = 0.5f * (z_at(front, p.y) + z_at(back, p.y));
        out.around_deg[v] = std::atan2(std::abs(p.x), p.z - centre) * (180.0f / std::numbers::pi_v<float>);
    }
}

BodyCoordinates Builder::run() {
    const std::size_t n = m_.vertex_count();
    if (lm_.vertex_count != n)
        throw Error("body coordinates: the landmarks were made for a mesh of " + std::to_string(lm_.vertex_count) +
                    " vertices, this skin has " + std::to_string(n));
    for (Side s : {Side::Left, Side::Right}) add_limb_cuts(s);
    classify_axial();

    // Mark cut edges.
    edge_cut_.assign(g_.nbr.size(), 0);
    for (std::uint32_t v = 0; v < n; ++v) {
        for (std::uint32_t k = g_.offsets[v]; k < g_.offsets[v + 1]; ++k) {
            const glm::vec3 a = m_.positions[v], b = m_.positions[g_.nbr[k]];
            for (const Cut& c : cuts_) {
                if (crosses(c, a, b)) {
                    edge_cut_[k] = 1;
                    break;
                }
            }
        }
    }
    // Flood the limbs from distal to proximal so each fill is bounded by the
    // cut at its proximal end and the already-labelled distal regions.
    for (Side s : {Side::Left, Side::Right}) {
        label_digits(s);
        flood(nearest(0.5f * (wrist_c(s) + knuckles_c(s)), s), Region::HandPalm, s);
        flood(nearest(0.5f * (elbow_c(s) + wrist_c(s)), s), Region::Forearm, s);
        flood(nearest(0.5f * (shoulder_c(s) + elbow_c(s)), s), Region::Arm, s);
        flood(nearest(0.5f * (ankle_c(s) + toes_c(s)), s), Region::FootDorsum, s);
        flood(nearest(0.5f * (knee_c(s) + ankle_c(s)), s), Region::Leg, s);
        flood(nearest(0.5f * (hip_c(s) + knee_c(s)), s), Region::Thigh, s);
    }
    flood(V("umbilicus", Side::Midline), Region::Trunk, Side::Midline);
    // Anything still unlabelled (pockets behind partial cuts) joins the
    // trunk first; the clean-up then moves stray pieces to their neighbours.
    for (std::uint32_t v = 0; v < n; ++v)
        if (label_[v] == kUnassigned) label_[v] = static_cast<int>(Region::Trunk);

    // Palm / dorsum: the side of the hand's mid-plane. Sole / dorsum of the
    // foot: normals facing away from the foot's dorsal direction.
    for (Side s : {Side::Left, Side::Right}) {
        const Segment hand = segment(Region::HandPalm, s);
        const glm::vec3 hd = unit(hand.c1 - hand.c0);
        const glm::vec3 palmar = perp(hand.ant0 + hand.ant1, hd);
        const Segment foot = segment(Region::FootDorsum, s);
        const glm::vec3 dorsal = foot.ant0;
        for (std::uint32_t v = 0; v < n; ++v) {
            if (side_[v] != s) continue;
            if (label_[v] == static_cast<int>(Region::HandPalm)) {
                const glm::vec3 p = m_.positions[v];
                const float t = std::clamp(glm::dot(p - hand.c0, hd) / glm::length(hand.c1 - hand.c0), 0.0f, 1.0f);
                const glm::vec3 c = hand.c0 + (hand.c1 - hand.c0) * t;
                if (glm::dot(p - c, palmar) < 0.0f) label_[v] = static_cast<int>(Region::HandDorsum);
            } else if (label_[v] == static_cast<int>(Region::FootDorsum)) {
                if (glm::dot(m_.normals[v], dorsal) < -0.6f) label_[v] = static_cast<int>(Region::Sole);
            }
        }
    }
    cleanup();
    for (std::uint32_t v = 0; v < n; ++v) {
        if (!axial(static_cast<Region>(label_[v]))) continue;
        const float x = m_.positions[v].x;
        side_[v] = x > 1e-5f ? Side::Left : (x < -1e-5f ? Side::Right : Side::Midline);
    }

    BodyCoordinates out;
    out.region.resize(n);
    out.side = side_;
    for (std::size_t v = 0; v < n; ++v) out.region[v] = static_cast<Region>(label_[v]);
    out.along.assign(n, kNaN);
    out.around_deg.assign(n, kNaN);
    out.spinal_level.assign(n, kNaN);
    for (Side s : {Side::Left, Side::Right}) limb_fields(out, s);
    spinal_field(out);
    trunk_angle(out);
    return out;
}

} // namespace

std::string_view region_name(Region r) {
    const auto i = static_cast<std::size_t>(r);
    return i < kRegionNames.size() ? kRegionNames[i] : std::string_view("unknown");
}

std::optional<Region> parse_region(std::string_view name) {
    for (std::size_t i = 0; i < kRegionNames.size(); ++i)
        if (kRegionNames[i] == name) return static_cast<Region>(i);
    return std::nullopt;
}

BodyCoordinates compute_body_coordinates(const SurfaceMesh& skin, const LandmarkSet& landmarks) {
    return Builder(skin, landmarks).run();
}

} // namespace dv
