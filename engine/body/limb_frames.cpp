#include "body/limb_frames.h"

#include "core/error.h"

#include <glm/geometric.hpp>

#include <cmath>
#include <string>

namespace dv::coordinates {

std::string mtp_name(int k) {
    std::string s("mtp");
    s.push_back(static_cast<char>('1' + k));
    s.append("_dorsal");
    return s;
}

glm::vec3 unit(glm::vec3 v) {
    // Landmarks a picometre apart are one point: no direction between them.
    constexpr float kCoincide = 1e-12f; // metres
    const float l = glm::length(v);
    if (!(l > kCoincide))
        throw Error("body coordinates: degenerate landmark frame (two landmarks coincide)");
    return v / l;
}

glm::vec3 perp(glm::vec3 v, glm::vec3 d) { return unit(v - d * glm::dot(v, d)); }

glm::vec3 frame_anterior(glm::vec3 ant, glm::vec3 lat, glm::vec3 d, Side side) {
    const glm::vec3 from_lat = side == Side::Left ? glm::cross(d, lat) : glm::cross(lat, d);
    return perp(perp(ant, d) + perp(from_lat, d), d);
}

glm::vec3 frame_lateral(glm::vec3 ant, glm::vec3 d, Side side) {
    return side == Side::Left ? glm::cross(ant, d) : glm::cross(d, ant);
}

glm::vec3 slerp_about(glm::vec3 a, glm::vec3 b, glm::vec3 d, float t) {
    const float ang = std::atan2(glm::dot(glm::cross(a, b), d), glm::dot(a, b));
    const float phi = ang * t;
    return a * std::cos(phi) + glm::cross(d, a) * std::sin(phi) + d * glm::dot(d, a) * (1.0f - std::cos(phi));
}

glm::vec3 LimbFrames::shoulder(Side s) const { return 0.5f * (P("acromion", s) + P("axilla_apex", s)); }

glm::vec3 LimbFrames::elbow(Side s) const {
    return 0.25f * (P("lateral_epicondyle", s) + P("medial_epicondyle", s) + P("antecubital_fossa_centre", s) +
                    P("olecranon", s));
}

glm::vec3 LimbFrames::wrist(Side s) const {
    return 0.25f * (P("radial_styloid", s) + P("ulnar_styloid", s) + P("wrist_palmar", s) + P("wrist_dorsal", s));
}

glm::vec3 LimbFrames::digit_base(bool hand, int k, Side s) const {
    const auto kk = static_cast<std::size_t>(k);
    const std::string n(hand ? kFingers[kk] : kToes[kk]);
    if (hand)
        return 0.5f * (P(n + "_base_palmar", s) + P(n + "_mcp_knuckle", s));
    return 0.5f * (P(n + "_base_plantar", s) + P(mtp_name(k), s));
}

glm::vec3 LimbFrames::knuckles(Side s) const {
    glm::vec3 c(0.0f);
    for (int k = 1; k < 5; ++k)
        c += digit_base(true, k, s);
    return 0.25f * c;
}

glm::vec3 LimbFrames::hip(Side s) const {
    return (P("inguinal_ligament_midpoint", s) + P("greater_trochanter", s) + P("gluteal_fold_midpoint", s)) / 3.0f;
}

glm::vec3 LimbFrames::knee(Side s) const {
    return 0.25f * (P("knee_line_anterior", s) + P("knee_line_lateral", s) + P("knee_line_medial", s) +
                    P("popliteal_fossa_centre", s));
}

glm::vec3 LimbFrames::ankle(Side s) const {
    return 0.25f * (P("ankle_line_lateral", s) + P("ankle_line_medial", s) + P("ankle_front", s) + P("ankle_back", s));
}

glm::vec3 LimbFrames::toes(Side s) const {
    glm::vec3 c(0.0f);
    for (int k = 0; k < 5; ++k)
        c += digit_base(false, k, s);
    return 0.2f * c;
}

glm::vec3 LimbFrames::elbow_ant(Side s, glm::vec3 d) const {
    return frame_anterior(P("antecubital_fossa_centre", s) - P("olecranon", s),
                          P("lateral_epicondyle", s) - P("medial_epicondyle", s), d, s);
}

glm::vec3 LimbFrames::wrist_ant(Side s, glm::vec3 d) const {
    return frame_anterior(P("wrist_palmar", s) - P("wrist_dorsal", s), P("radial_styloid", s) - P("ulnar_styloid", s),
                          d, s);
}

glm::vec3 LimbFrames::knuckle_ant(Side s, glm::vec3 d) const {
    glm::vec3 a(0.0f);
    for (int k = 1; k < 5; ++k) {
        const std::string n(kFingers[static_cast<std::size_t>(k)]);
        a += P(n + "_base_palmar", s) - P(n + "_mcp_knuckle", s);
    }
    return frame_anterior(a, P("index_mcp_knuckle", s) - P("little_mcp_knuckle", s), d, s);
}

glm::vec3 LimbFrames::knee_ant(Side s, glm::vec3 d) const {
    return frame_anterior(P("patella_centre", s) - P("popliteal_fossa_centre", s),
                          P("lateral_femoral_condyle", s) - P("medial_femoral_condyle", s), d, s);
}

glm::vec3 LimbFrames::ankle_ant(Side s, glm::vec3 d) const {
    // From the bimalleolar axis alone, so the malleoli sit at 90 and 270.
    const glm::vec3 lat = P("lateral_malleolus", s) - P("medial_malleolus", s);
    return frame_anterior(s == Side::Left ? glm::cross(d, lat) : glm::cross(lat, d), lat, d, s);
}

glm::vec3 LimbFrames::foot_ant(Side s, glm::vec3 d) const {
    glm::vec3 a(0.0f);
    for (int k = 0; k < 5; ++k)
        a += P(mtp_name(k), s) - P(std::string(kToes[static_cast<std::size_t>(k)]) + "_base_plantar", s);
    return frame_anterior(a, P("mtp5_dorsal", s) - P("mtp1_dorsal", s), d, s);
}

Segment LimbFrames::segment(Region r, Side s) const {
    Segment g{};
    const auto axis = [&](glm::vec3 proximal, glm::vec3 distal) {
        g.c0 = proximal;
        g.c1 = distal;
        return unit(g.c1 - g.c0);
    };
    switch (r) {
    case Region::Arm: {
        const glm::vec3 d = axis(shoulder(s), elbow(s));
        g.ant0 = g.ant1 = elbow_ant(s, d); // the humerus does not twist
        break;
    }
    case Region::Forearm: {
        const glm::vec3 d = axis(elbow(s), wrist(s));
        g.ant0 = elbow_ant(s, d);
        g.ant1 = wrist_ant(s, d);
        break;
    }
    case Region::HandPalm:
    case Region::HandDorsum: {
        const glm::vec3 d = axis(wrist(s), knuckles(s));
        g.ant0 = wrist_ant(s, d);
        g.ant1 = knuckle_ant(s, d);
        break;
    }
    case Region::Thigh: {
        const glm::vec3 d = axis(hip(s), knee(s));
        g.ant0 = g.ant1 = knee_ant(s, d);
        break;
    }
    case Region::Leg: {
        const glm::vec3 d = axis(knee(s), ankle(s));
        g.ant0 = knee_ant(s, d);
        g.ant1 = ankle_ant(s, d);
        break;
    }
    case Region::FootDorsum:
    case Region::Sole: {
        const glm::vec3 d = axis(ankle(s), toes(s));
        g.ant0 = g.ant1 = foot_ant(s, d);
        break;
    }
    default: return digit_segment(r, s);
    }
    return g;
}

Segment LimbFrames::digit_segment(Region r, Side s) const {
    const int ri = static_cast<int>(r);
    const bool hand = ri >= static_cast<int>(Region::Thumb) && ri <= static_cast<int>(Region::LittleFinger);
    const int k = ri - static_cast<int>(hand ? Region::Thumb : Region::GreatToe);
    const std::string n(hand ? kFingers[static_cast<std::size_t>(k)] : kToes[static_cast<std::size_t>(k)]);
    Segment g{};
    g.c0 = digit_base(hand, k, s);
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
    return g;
}

} // namespace dv::coordinates
