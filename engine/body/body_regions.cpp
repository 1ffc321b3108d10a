// Regions and sides: the skin is cut along joint discs (region_cuts.cpp),
// regions are flood-filled from seed points well inside each limb segment,
// digits grow from their tips; head, face, neck and perineum come from
// landmark planes and boxes, palm/dorsum from the hand's mid-plane, sole from
// the normals. A clean-up pass (region_cleanup.cpp) leaves one connected
// piece per region and side. Everything here works in the body's own frame
// (coordinates_internal.h), so x = 0 is the sagittal plane.
#include "body/region_steps.h"

#include "body/body_frame.h"
#include "core/error.h"

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

namespace dv::coordinates {

namespace {

// Lengths in metres that place the head, neck and perineum boxes, and why.
// The hairline is looked for within 1 cm of the midline and of its estimated
// height: a band that catches a vertex or two of the coarse scalp.
constexpr float kHairlineBand = 0.01f;
// The face plane passes 3.5 cm above the ear lobe: at the top of the ear's
// attachment, so the face ends in front of the ear.
constexpr float kAboveEarLobe = 0.035f;
// The neck is a cylinder 2 cm wider than 1.25 x the half-width at the angles
// of the mandible (it must hold the whole neck, not the shoulders), ending
// 5 cm above the middle of the head (its top is the head's own border).
constexpr float kNeckRadiusMargin = 0.02f;
constexpr float kNeckAboveHeadMiddle = 0.05f;
// The perineum: from 5 mm below the pubic tubercles down to 5 cm below the
// perianal centre, back to 2 cm behind it, and across to 1 cm beyond the
// tubercles: the skin between the thighs from the genital root to behind
// the anus.
constexpr float kPerineumBelowTubercle = 0.005f;
constexpr float kPerineumBelowAnus = 0.05f;
constexpr float kPerineumBehindAnus = 0.02f;
constexpr float kPerineumBeyondTubercle = 0.01f;
// The pubic strip between the groins is trunk up to 1 cm above the inguinal
// ligament, so that the two thighs never meet through it.
constexpr float kPubicStripAboveLigament = 0.01f;

struct DigitAxis {
    glm::vec3 a, b; // base (moved back a little) and tip
};

float segment_distance(glm::vec3 p, const DigitAxis& s) {
    const glm::vec3 ab = s.b - s.a;
    const float t = std::clamp(glm::dot(p - s.a, ab) / glm::dot(ab, ab), 0.0f, 1.0f);
    return glm::length(p - (s.a + ab * t));
}

// Head, face, neck and perineum by landmark planes and boxes.
void classify_axial(const BodySkin& body, RegionLabels& labels) {
    const auto P = [&](const char* name, Side s = Side::Midline) { return body.point(name, s); };
    const SurfaceMesh& m = body.mesh;
    const glm::vec3 menton = P("menton"), eop = P("external_occipital_protuberance");
    const glm::vec3 angle = 0.5f * (P("angle_of_mandible", Side::Left) + P("angle_of_mandible", Side::Right));
    const glm::vec3 top = P("vertex_of_scalp"), notch = P("suprasternal_notch"), c7 = P("spinous_process_C7");
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
    // above the ear lobe and the front hairline, estimated at 22 % of the
    // menton-to-vertex height below the vertex.
    const float y_hair = top.y - 0.22f * (top.y - menton.y);
    float z_hair = menton.z;
    for (std::uint32_t v = 0; v < m.vertex_count(); ++v) {
        const glm::vec3 p = m.positions[v];
        const bool near_hairline = std::abs(p.x) < kHairlineBand && std::abs(p.y - y_hair) < kHairlineBand;
        if (near_hairline && glm::length(p - head_mid) < head_r)
            z_hair = std::max(z_hair, p.z);
    }
    const glm::vec2 e(ear.z, ear.y + kAboveEarLobe), h(z_hair, y_hair);
    glm::vec2 fn(h.y - e.y, -(h.x - e.x)); // (z, y) normal: forward and down
    const auto face_side = [&](glm::vec3 p) { return p.z > ear.z && glm::dot(glm::vec2(p.z, p.y) - e, fn) > 0.0f; };
    // Neck base: the plane containing the x axis through the suprasternal
    // notch and C7; neck within a cylinder around the neck's axis.
    const glm::vec2 nb(notch.z, notch.y), cb(c7.z, c7.y);
    glm::vec2 ln(-(cb.y - nb.y), cb.x - nb.x); // perpendicular in (z, y)
    if (ln.y < 0.0f) ln = -ln;                 // pointing up
    const float neck_z = 0.5f * (notch.z + c7.z);
    const float neck_r = 1.25f * std::abs(P("angle_of_mandible", Side::Left).x) + kNeckRadiusMargin;
    const glm::vec3 ps = P("pubic_symphysis"), pa = P("perianal_centre"), tub = P("pubic_tubercle", Side::Left);
    const float per_x = std::max(0.6f * std::abs(P("ischial_tuberosity", Side::Left).x),
                                 std::abs(tub.x) + kPerineumBeyondTubercle);
    const float per_top = tub.y - kPerineumBelowTubercle;
    const float groin_top = P("inguinal_ligament_midpoint", Side::Left).y + kPubicStripAboveLigament;

    for (std::uint32_t v = 0; v < m.vertex_count(); ++v) {
        const glm::vec3 p = m.positions[v];
        int& label = labels.label[v];
        if (glm::length(p - head_mid) < head_r && p.y > y_cut(p.z) && p.y > c7.y) {
            label = static_cast<int>(face_side(p) ? Region::Face : Region::Head);
        } else if (glm::dot(glm::vec2(p.z, p.y) - nb, ln) > 0.0f && p.y < head_mid.y + kNeckAboveHeadMiddle &&
                   std::hypot(p.x, p.z - neck_z) < neck_r) {
            label = static_cast<int>(Region::Neck);
        } else if (std::abs(p.x) < per_x && p.y < per_top && p.y > pa.y - kPerineumBelowAnus && p.z < ps.z &&
                   p.z > pa.z - kPerineumBehindAnus) {
            label = static_cast<int>(Region::Perineum);
        } else if (std::abs(p.x) < per_x && p.y >= per_top && p.y < groin_top && p.z > pa.z) {
            label = static_cast<int>(Region::Trunk); // the pubic strip between the groins
        }
    }
}

// Grows `r` on side s from `seed` over the vertices `joins` accepts.
template <class Joins>
void grow(const BodySkin& body, RegionLabels& labels, std::uint32_t seed, Region r, Side s, Joins&& joins) {
    std::vector<std::uint32_t> stack{seed};
    labels.label[seed] = static_cast<int>(r);
    labels.side[seed] = s;
    while (!stack.empty()) {
        const std::uint32_t v = stack.back();
        stack.pop_back();
        for (std::uint32_t k = body.graph.offsets[v]; k < body.graph.offsets[v + 1]; ++k) {
            const std::uint32_t w = body.graph.neighbours[k];
            if (!joins(w, k))
                continue;
            labels.label[w] = static_cast<int>(r);
            labels.side[w] = s;
            stack.push_back(w);
        }
    }
}

// Digits: the vertices beyond the plane across the digit's base (through
// the palmar/plantar base point, normal along the digit), nearer to this
// digit's axis than to the other digits' axes, connected to the tip.
void label_digits(const BodySkin& body, const LimbFrames& f, RegionLabels& labels, bool hand, Side s) {
    const auto P = [&](const std::string& name) { return body.point(name, s); };
    std::array<DigitAxis, 5> axes{};
    std::array<glm::vec3, 5> base{}, dir{};
    std::array<float, 5> radius{};
    for (std::size_t k = 0; k < 5; ++k) {
        const std::string nm(hand ? kFingers[k] : kToes[k]);
        const glm::vec3 c = f.digit_base(hand, int(k), s), tip = P(nm + "_tip");
        axes[k] = {c - (tip - c) * 0.3f, tip};
        base[k] = hand ? P(nm + "_base_palmar") : P(nm + "_base_plantar");
        dir[k] = unit(tip - c);
        const glm::vec3 knuckle = hand ? P(nm + "_mcp_knuckle") : P(mtp_name(int(k)));
        radius[k] = 2.0f * glm::length(knuckle - base[k]);
    }
    for (std::size_t k = 0; k < 5; ++k) {
        const auto candidate = [&](std::uint32_t v) {
            const glm::vec3 p = body.mesh.positions[v];
            if (labels.label[v] != kUnassigned || glm::dot(p - base[k], dir[k]) <= 0.0f) return false;
            const float own = segment_distance(p, axes[k]);
            if (own > radius[k]) return false;
            for (std::size_t j = 0; j < 5; ++j)
                if (j != k && segment_distance(p, axes[j]) < own) return false;
            return true;
        };
        const std::string nm(hand ? kFingers[k] : kToes[k]);
        const std::uint32_t tip = body.vertex(nm + "_tip", s);
        if (!candidate(tip))
            throw Error("body coordinates: the tip landmark " + nm + "_tip (" + std::string(side_name(s)) +
                        ") does not lie beyond its digit's base");
        grow(body, labels, tip, digit_region(hand, int(k)), s,
             [&](std::uint32_t w, std::uint32_t) { return candidate(w); });
    }
}

// Fills region r from `seed` up to the cut edges and the labelled regions.
void flood(const BodySkin& body, const std::vector<std::uint8_t>& cut, RegionLabels& labels, std::uint32_t seed,
           Region r, Side s) {
    if (labels.label[seed] != kUnassigned) {
        if (labels.label[seed] == static_cast<int>(r) && labels.side[seed] == s) return;
        throw Error("body coordinates: the seed of the " + std::string(region_name(r)) + " (" +
                    std::string(side_name(s)) + ") was already taken by the " +
                    std::string(region_name(static_cast<Region>(labels.label[seed]))) + "; a joint cut leaks");
    }
    grow(body, labels, seed, r, s,
         [&](std::uint32_t w, std::uint32_t k) { return labels.label[w] == kUnassigned && !cut[k]; });
}

// The vertex nearest p on side s of the sagittal plane.
std::uint32_t nearest(const SurfaceMesh& m, glm::vec3 p, Side s) {
    std::uint32_t best = 0;
    float bd = std::numeric_limits<float>::max();
    for (std::uint32_t v = 0; v < m.vertex_count(); ++v) {
        const float x = m.positions[v].x;
        if ((s == Side::Left && x <= 0.0f) || (s == Side::Right && x >= 0.0f)) continue;
        const glm::vec3 d = m.positions[v] - p;
        const float dd = glm::dot(d, d);
        if (dd < bd) {
            bd = dd;
            best = v;
        }
    }
    return best;
}

// Palm / dorsum: the side of the hand's mid-plane. Sole / dorsum of the
// foot: normals facing away from the foot's dorsal direction.
void split_hand_and_foot(const BodySkin& body, const LimbFrames& f, RegionLabels& labels, Side s) {
    const Segment hand = f.segment(Region::HandPalm, s);
    const glm::vec3 hd = unit(hand.c1 - hand.c0);
    const glm::vec3 palmar = perp(hand.ant0 + hand.ant1, hd);
    const glm::vec3 dorsal = f.segment(Region::FootDorsum, s).ant0;
    for (std::uint32_t v = 0; v < body.vertex_count(); ++v) {
        if (labels.side[v] != s) continue;
        int& label = labels.label[v];
        if (label == static_cast<int>(Region::HandPalm)) {
            const glm::vec3 p = body.mesh.positions[v];
            const float t = std::clamp(glm::dot(p - hand.c0, hd) / glm::length(hand.c1 - hand.c0), 0.0f, 1.0f);
            const glm::vec3 c = hand.c0 + (hand.c1 - hand.c0) * t;
            if (glm::dot(p - c, palmar) < 0.0f) label = static_cast<int>(Region::HandDorsum);
        } else if (label == static_cast<int>(Region::FootDorsum)) {
            if (glm::dot(body.mesh.normals[v], dorsal) < -0.6f) label = static_cast<int>(Region::Sole);
        }
    }
}

} // namespace

void label_regions(const BodySkin& body, BodyCoordinates& out) {
    const std::size_t n = body.vertex_count();
    const LimbFrames f(body);
    RegionLabels labels{std::vector<int>(n, kUnassigned), std::vector<Side>(n, Side::Midline)};
    const std::vector<std::uint8_t> cut = cut_joint_edges(body, f);
    classify_axial(body, labels);
    // Flood the limbs from distal to proximal so each fill is bounded by the
    // cut at its proximal end and the already-labelled distal regions.
    for (Side s : {Side::Left, Side::Right}) {
        const auto fill = [&](glm::vec3 a, glm::vec3 b, Region r) {
            flood(body, cut, labels, nearest(body.mesh, 0.5f * (a + b), s), r, s);
        };
        label_digits(body, f, labels, false, s);
        label_digits(body, f, labels, true, s);
        fill(f.wrist(s), f.knuckles(s), Region::HandPalm);
        fill(f.elbow(s), f.wrist(s), Region::Forearm);
        fill(f.shoulder(s), f.elbow(s), Region::Arm);
        fill(f.ankle(s), f.toes(s), Region::FootDorsum);
        fill(f.knee(s), f.ankle(s), Region::Leg);
        fill(f.hip(s), f.knee(s), Region::Thigh);
    }
    flood(body, cut, labels, body.vertex("umbilicus", Side::Midline), Region::Trunk, Side::Midline);
    // Anything still unlabelled (pockets behind partial cuts) joins the
    // trunk first; the clean-up then moves stray pieces to their neighbours.
    std::replace(labels.label.begin(), labels.label.end(), kUnassigned, static_cast<int>(Region::Trunk));
    for (Side s : {Side::Left, Side::Right}) split_hand_and_foot(body, f, labels, s);
    keep_one_piece_per_region(body, labels);

    // Axial regions take their side from the sagittal plane: in the body
    // frame that is the default plane, x = 0 with +x to the left.
    const SagittalPlane sagittal;
    out.region.resize(n);
    out.side = std::move(labels.side);
    for (std::size_t v = 0; v < n; ++v) {
        out.region[v] = static_cast<Region>(labels.label[v]);
        if (axial(out.region[v]))
            out.side[v] = sagittal.side_of(body.mesh.positions[v]);
    }
}

} // namespace dv::coordinates
