// Along a limb segment (a harmonic field, 0 on the proximal joint ring, 1 on
// the distal one) and around it (the landmark frame of limb_frames.h, turned
// smoothly from the proximal to the distal end).
#include "body/harmonic_field.h"
#include "body/limb_frames.h"

#include "core/error.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

namespace dv::coordinates {

namespace {

// Closer than this to a segment's axis (a digit's tip landmark lies on it)
// the angle around it is undefined and reads 0.
constexpr float kOnAxis = 1e-5f; // metres

// One harmonic solve: its domain, and the regions whose borders pin 0 and 1.
struct Job {
    std::vector<Region> regions;  // the domain
    std::vector<Region> proximal; // neighbours at the 0 ring
    std::vector<Region> distal;   // neighbours at the 1 ring; empty: the digit's tip pins 1
    std::string tip;
};

std::vector<Job> jobs() {
    std::vector<Job> out{
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
    for (std::size_t k = 0; k < 5; ++k) {
        out.push_back({{digit_region(true, int(k))}, {Region::HandPalm, Region::HandDorsum}, {},
                       std::string(kFingers[k]) + "_tip"});
        out.push_back({{digit_region(false, int(k))}, {Region::FootDorsum, Region::Sole}, {},
                       std::string(kToes[k]) + "_tip"});
    }
    return out;
}

bool contains(const std::vector<Region>& list, Region r) {
    return std::find(list.begin(), list.end(), r) != list.end();
}

// The along field of one job: harmonic over its regions of side s.
std::vector<double> along_field(const BodySkin& body, const BodyCoordinates& out, const Job& job, Side s) {
    const std::size_t n = body.vertex_count();
    std::vector<std::uint8_t> mask(n, 0);
    std::vector<std::uint8_t> role(n, 0); // 1 proximal ring, 2 distal
    for (std::uint32_t v = 0; v < n; ++v) {
        if (out.side[v] != s || !contains(job.regions, out.region[v])) continue;
        mask[v] = 1;
        for (std::uint32_t w : body.graph.neighbours_of(v)) {
            const Region rw = out.region[w];
            if (!axial(rw) && out.side[w] != s) continue;
            if (contains(job.proximal, rw)) role[v] = 1;
            else if (role[v] != 1 && contains(job.distal, rw)) role[v] = 2;
        }
    }
    if (!job.tip.empty()) {
        const std::uint32_t t = body.vertex(job.tip, s);
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
    if (!has0 || !has1)
        throw Error("body coordinates: the " + std::string(region_name(job.regions.front())) + " (" +
                    std::string(side_name(s)) + ") has no " + (has0 ? "distal" : "proximal") +
                    " joint ring; the landmarks do not fit this mesh");
    return harmonic_field(body.mesh, cons, vals, mask);
}

// Degrees around the segment at v, whose along value is u.
float around_deg(const BodySkin& body, const Segment& sg, glm::vec3 d, Side s, std::uint32_t v, float u) {
    const glm::vec3 ant = slerp_about(sg.ant0, sg.ant1, d, u);
    const glm::vec3 lat = frame_lateral(ant, d, s);
    const glm::vec3 c = sg.c0 + (sg.c1 - sg.c0) * u;
    const glm::vec3 rr = body.mesh.positions[v] - c;
    const float yl = glm::dot(rr, lat), xa = glm::dot(rr, ant);
    float deg = std::hypot(xa, yl) < kOnAxis ? 0.0f : std::atan2(yl, xa) * (180.0f / std::numbers::pi_v<float>);
    if (deg < 0.0f) deg += 360.0f;
    if (deg >= 360.0f) deg -= 360.0f;
    return deg;
}

} // namespace

void limb_fields(const BodySkin& body, Side s, BodyCoordinates& out) {
    const LimbFrames frames(body);
    for (const Job& job : jobs()) {
        const std::vector<double> f = along_field(body, out, job, s);
        for (Region r : job.regions) {
            const Segment sg = frames.segment(r, s);
            const glm::vec3 d = unit(sg.c1 - sg.c0);
            for (std::uint32_t v = 0; v < body.vertex_count(); ++v) {
                if (out.region[v] != r || out.side[v] != s) continue;
                const float u = static_cast<float>(std::clamp(f[v], 0.0, 1.0));
                out.along[v] = u;
                out.around_deg[v] = around_deg(body, sg, d, s, v, u);
            }
        }
    }
}

} // namespace dv::coordinates
