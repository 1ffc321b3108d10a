#include "body/refined_coordinates.h"

#include "core/error.h"

#include <glm/trigonometric.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

namespace dv {

namespace {

// Around the trunk and the head the angle runs 0..180 on both sides and
// never wraps, so it averages as a number; around a limb it wraps at 360 and
// averages as a direction.
bool axial(Region r) {
    return r == Region::Head || r == Region::Face || r == Region::Neck || r == Region::Trunk || r == Region::Perineum;
}

// A weighted mean that skips the coarse vertices where the value is absent.
struct Mean {
    double sum = 0.0, weight = 0.0;
    void add(float value, double w) {
        if (std::isnan(value))
            return;
        sum += double(value) * w;
        weight += w;
    }
    float value() const { return weight > 0.0 ? float(sum / weight) : NAN; }
};

BodyCoordinates refine_once(const SubdivisionStencil& stencil, const BodyCoordinates& coarse) {
    const std::size_t rows = stencil.row_count();
    BodyCoordinates fine;
    fine.region.resize(rows);
    fine.side.resize(rows);
    fine.along.resize(rows);
    fine.around_deg.resize(rows);
    fine.spinal_level.resize(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        const std::uint32_t first = stencil.offsets[r], end = stencil.offsets[r + 1];
        // The region with the most weight; on a tie the first one the row
        // names, which is the refined vertex's own coarse vertex for vertex
        // points and an edge's lower end for edge points: deterministic.
        std::array<double, std::size_t(Region::Count)> share{};
        Region region = coarse.region[stencil.indices[first]];
        for (std::uint32_t k = first; k < end; ++k) {
            const Region g = coarse.region[stencil.indices[k]];
            share[std::size_t(g)] += double(stencil.weights[k]);
            if (share[std::size_t(g)] > share[std::size_t(region)])
                region = g;
        }
        // The side likewise by weight, within the region; a tie goes to a
        // side rather than the midline, which is a line, not an area.
        std::array<double, 3> side_share{}; // Left, Right, Midline
        auto side_slot = [](Side s) { return s == Side::Left ? 0 : s == Side::Right ? 1 : 2; };
        Mean along, around, spinal, around_cos, around_sin;
        for (std::uint32_t k = first; k < end; ++k) {
            const std::uint32_t c = stencil.indices[k];
            if (coarse.region[c] != region)
                continue;
            const double w = double(stencil.weights[k]);
            side_share[std::size_t(side_slot(coarse.side[c]))] += w;
            along.add(coarse.along[c], w);
            spinal.add(coarse.spinal_level[c], w);
            const float a = coarse.around_deg[c];
            if (axial(region)) {
                around.add(a, w);
            } else if (!std::isnan(a)) {
                around_cos.add(std::cos(glm::radians(a)), w);
                around_sin.add(std::sin(glm::radians(a)), w);
            }
        }
        fine.region[r] = region;
        const std::size_t best = std::size_t(std::max_element(side_share.begin(), side_share.end()) - side_share.begin());
        fine.side[r] = best == 0 ? Side::Left : best == 1 ? Side::Right : Side::Midline;
        fine.along[r] = along.value();
        fine.spinal_level[r] = spinal.value();
        if (axial(region)) {
            fine.around_deg[r] = around.value();
        } else if (around_cos.weight > 0.0) {
            const float deg = glm::degrees(std::atan2(around_sin.value(), around_cos.value()));
            fine.around_deg[r] = deg < 0.0f ? deg + 360.0f : deg;
        } else {
            fine.around_deg[r] = NAN;
        }
    }
    return fine;
}

} // namespace

BodyCoordinates refine_coordinates(const Subdivision& subdivision, const BodyCoordinates& base) {
    if (base.region.size() != subdivision.base_vertex_count())
        throw Error("cannot refine the body coordinates of " + std::to_string(base.region.size()) +
                    " vertices over a mesh with " + std::to_string(subdivision.base_vertex_count()) +
                    " base vertices; compute them on the same body");
    BodyCoordinates coords = base;
    for (const SubdivisionStencil& stencil : subdivision.stencils())
        coords = refine_once(stencil, coords);
    return coords;
}

} // namespace dv
