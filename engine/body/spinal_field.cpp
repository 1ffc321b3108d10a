// The spinal level over neck, trunk and perineum: a harmonic field pinned
// along the front and back midlines, the midclavicular lines, the shoulder
// ring and at landmark points, all listed in spinal_pins.cpp.
#include "body/coordinates_internal.h"
#include "body/harmonic_field.h"
#include "body/spinal_pins.h"

#include "core/error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace dv::coordinates {

namespace {

constexpr double kFree = std::numeric_limits<double>::quiet_NaN();
// The midclavicular line is the strip of vertices within 6 mm of the
// clavicle midpoints' distance from the sagittal plane: about one vertex
// wide on the default body's chest.
constexpr float kClavicularStrip = 0.006f; // metres

struct Anchor {
    float y;
    double level;
};

// Piecewise linear in height between anchors (sorted from the top down);
// NaN outside their span.
double along_line(const std::vector<Anchor>& a, float y) {
    for (std::size_t i = 0; i + 1 < a.size(); ++i)
        if (y <= a[i].y && y >= a[i + 1].y && a[i].y > a[i + 1].y)
            return a[i].level + (a[i + 1].level - a[i].level) * double((a[i].y - y) / (a[i].y - a[i + 1].y));
    return kFree;
}

// The anchors of one line from the table, plus `extra`, top down.
std::vector<Anchor> line(const BodySkin& body, PinUse use, std::vector<Anchor> extra) {
    for (const SpinalPin& p : spinal_pins()) {
        if (!(p.uses & use)) continue;
        const float y = p.bilateral
                            ? 0.5f * (body.point(p.landmark, Side::Left).y + body.point(p.landmark, Side::Right).y)
                            : body.point(p.landmark, Side::Midline).y;
        extra.push_back({y, p.level});
    }
    std::erase_if(extra, [](const Anchor& a) { return !std::isfinite(a.y); }); // a ring without midline vertices
    std::sort(extra.begin(), extra.end(), [](const Anchor& a, const Anchor& b) { return a.y > b.y; });
    return extra;
}

// Pins the upper neck ring; returns the heights of its highest front and
// back midline points (-inf where it has none).
std::pair<float, float> pin_neck_ring(const BodySkin& body, const BodyCoordinates& out, std::vector<double>& pin) {
    float front = -std::numeric_limits<float>::infinity(), back = front;
    for (std::uint32_t v = 0; v < body.vertex_count(); ++v) {
        if (out.region[v] != Region::Neck) continue;
        for (std::uint32_t w : body.graph.neighbours_of(v))
            if (out.region[w] == Region::Head || out.region[w] == Region::Face) pin[v] = kUpperNeckRing;
        if (!std::isnan(pin[v]) && on_midline(body.mesh.positions[v])) {
            float& top = body.mesh.normals[v].z > 0.0f ? front : back;
            top = std::max(top, body.mesh.positions[v].y);
        }
    }
    return {front, back};
}

// The shoulder ring by height, and the midclavicular lines.
void pin_shoulder_and_clavicular(const BodySkin& body, const BodyCoordinates& out, std::vector<double>& pin) {
    const std::vector<Anchor> mcl = line(body, kClavicularLines, {});
    const float mcl_x = 0.5f * (std::abs(body.point("clavicle_midpoint", Side::Left).x) +
                                std::abs(body.point("clavicle_midpoint", Side::Right).x));
    const auto mean_y = [&](const char* name) {
        return 0.5f * (body.point(name, Side::Left).y + body.point(name, Side::Right).y);
    };
    const float ring_top = 0.5f * (mean_y("acromion") + mean_y("shoulder_top"));
    const float ring_bottom = mean_y("axilla_apex");
    for (std::uint32_t v = 0; v < body.vertex_count(); ++v) {
        if (!std::isnan(pin[v]) || out.region[v] != Region::Trunk) continue;
        const glm::vec3 q = body.mesh.positions[v];
        const auto nb = body.graph.neighbours_of(v);
        const bool on_shoulder_ring =
            std::any_of(nb.begin(), nb.end(), [&](std::uint32_t w) { return out.region[w] == Region::Arm; });
        if (on_shoulder_ring && ring_top > ring_bottom) {
            const float t = std::clamp((ring_top - q.y) / (ring_top - ring_bottom), 0.0f, 1.0f);
            pin[v] = kShoulderRingTop + (kShoulderRingBottom - kShoulderRingTop) * double(t);
        } else if (std::abs(std::abs(q.x) - mcl_x) < kClavicularStrip && body.mesh.normals[v].z > kFacing) {
            pin[v] = along_line(mcl, q.y);
        }
    }
}

// Landmark points; a required one outside the domain means the regions are wrong.
void pin_points(const BodySkin& body, const std::vector<std::uint8_t>& domain, std::vector<double>& pin) {
    for (const SpinalPin& p : spinal_pins()) {
        if (!(p.uses & kPoint)) continue;
        for (Side s : p.bilateral ? std::vector{Side::Left, Side::Right} : std::vector{Side::Midline}) {
            const std::uint32_t v = body.vertex(p.landmark, s);
            if (domain[v])
                pin[v] = p.level;
            else if (p.uses & kRequired)
                throw Error("body coordinates: landmark " + std::string(p.landmark) +
                            " does not lie on the trunk; the region cuts do not fit the landmarks");
        }
    }
}

} // namespace

void spinal_field(const BodySkin& body, BodyCoordinates& out) {
    const std::size_t n = body.vertex_count();
    std::vector<std::uint8_t> domain(n, 0);
    for (std::uint32_t v = 0; v < n; ++v) domain[v] = spinal_domain(out.region[v]) ? 1 : 0;
    std::vector<double> pin(n, kFree);
    // Border rings first, then the lines where still free, then the points
    // over everything.
    const auto [neck_front, neck_back] = pin_neck_ring(body, out, pin);
    pin_shoulder_and_clavicular(body, out, pin);
    const std::vector<Anchor> front = line(body, kFrontLine, {{neck_front, kUpperNeckRing}});
    const std::vector<Anchor> back = line(body, kBackLine, {{neck_back, kUpperNeckRing}});
    for (std::uint32_t v = 0; v < n; ++v) {
        if (!domain[v] || !on_midline(body.mesh.positions[v]) || !std::isnan(pin[v])) continue;
        const float nz = body.mesh.normals[v].z;
        if (nz > kFacing) pin[v] = along_line(front, body.mesh.positions[v].y);
        else if (nz < -kFacing) pin[v] = along_line(back, body.mesh.positions[v].y);
    }
    pin_points(body, domain, pin);
    std::vector<std::uint32_t> cons;
    std::vector<double> vals;
    for (std::uint32_t v = 0; v < n; ++v) {
        if (!std::isnan(pin[v])) {
            cons.push_back(v);
            vals.push_back(pin[v]);
        }
    }
    const std::vector<double> f = harmonic_field(body.mesh, cons, vals, domain);
    for (std::uint32_t v = 0; v < n; ++v)
        if (domain[v]) out.spinal_level[v] = static_cast<float>(f[v]);
}

} // namespace dv::coordinates
