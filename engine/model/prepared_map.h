#pragma once
// A map file baked onto one body, as an immutable snapshot: what the file
// says, its weights on the base skin, and (filled in by the body model on
// first use) those weights carried to each display tessellation and packed
// into the renderer's channels. A new edit of the file is a new snapshot, so
// a snapshot can be held while it fades out (model/map_slots.h).
#include "atlas/bake.h"
#include "atlas/dermatome_map.h"
#include "body/subdivision.h"
#include "render/dermatome_channels.h"

#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace dv {

// One map on one display tessellation: what Renderer::set_map uploads.
struct PackedMap {
    std::vector<PointWeights> weights; // per display vertex, carried by the subdivision stencils
    ChannelPacking packing;            // the same weights in the shader's eight channels
};

class PreparedMap {
public:
    std::filesystem::path file;                 // as it was asked for
    std::filesystem::file_time_type modified{}; // of the file that was baked
    DermatomeMap map;
    BakedMap baked; // per base skin vertex

private:
    friend class BodyModel; // the only writer of the cache below (BodyModel::packed)
    mutable std::array<std::optional<PackedMap>, Subdivision::max_levels + 1> packed_;
};

using MapHandle = std::shared_ptr<const PreparedMap>;

// How much two maps disagree at each display vertex: one minus the weight
// they share, 0 (the same roots) to 1 (no root in common). What the
// differences view marks in magenta. Both must be packed for one level.
std::vector<float> map_disagreement(const PackedMap& a, const PackedMap& b);

} // namespace dv
