#pragma once
// The steps of the region labelling (body_regions.cpp drives them); internal
// to the body coordinates.
#include "body/limb_frames.h"

#include <cstdint>
#include <vector>

namespace dv::coordinates {

inline constexpr int kUnassigned = -1;

// Regions while they are being decided: Region as int, kUnassigned where
// none yet; the side of limb regions (axial ones get theirs at the end).
struct RegionLabels {
    std::vector<int> label;
    std::vector<Side> side;
};

// Per slot of body.graph: 1 where the edge crosses a joint disc of either
// side's limbs (shoulder, elbow, wrist, hip, knee, ankle), so that flood
// fills stop there (region_cuts.cpp).
std::vector<std::uint8_t> cut_joint_edges(const BodySkin& body, const LimbFrames& frames);

// Leaves one connected piece per region (limbs: per region and side):
// smaller pieces join the neighbouring region they share most edges with
// (region_cleanup.cpp).
void keep_one_piece_per_region(const BodySkin& body, RegionLabels& labels);

} // namespace dv::coordinates
