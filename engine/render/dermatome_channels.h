#pragma once
// Packing a map's per-vertex levels into a few channels for the GPU.
//
// The fragment shader blends interpolated per-level weights. Interpolating
// one weight per palette slot (33 of them) is exact but costs software GL
// about twice the plain shading; interpolating each vertex's strongest four
// is wrong wherever the corners of a triangle list different levels in the
// same place. Channels make the small form exact: every level of a map gets
// one of kDermatomeChannels channels, chosen so that no two levels that meet
// around any vertex share one. Then each vertex stores its weights by channel
// (consistent across all its triangles, so they interpolate exactly), and
// also which level each channel holds in its neighbourhood; the shader reads
// that table from the triangle's provoking vertex, whichever corner that is.
#include "atlas/bake.h"

#include <array>
#include <cstdint>
#include <vector>

namespace dv {

inline constexpr int kDermatomeChannels = 8;

struct ChannelVertex {
    std::array<std::uint8_t, kDermatomeChannels> weight{}; // 0..255 for 0..1
    std::array<std::uint8_t, kDermatomeChannels> slot{};   // palette slot each channel holds around this vertex
};

struct ChannelPacking {
    std::vector<ChannelVertex> vertices;
    std::array<int, DenseWeights::kSlots> channel_of_slot{}; // -1: the map never uses the slot here
    // Vertex levels that could not get a channel of their own, because more
    // than kDermatomeChannels levels meet in one place; 0 for real maps (tested).
    std::size_t dropped = 0;
};

// `triangles` index the display mesh, three per triangle; `weights` has one
// entry per display vertex.
ChannelPacking pack_channels(const std::vector<std::uint32_t>& triangles, const std::vector<PointWeights>& weights);

// The weights a fragment gets at barycentric point (b0, b1, b2) of the
// triangle (a, b, c) whose provoking vertex is `provoking`, decoded as the
// shader decodes them (not renormalised): for checking the packing.
DenseWeights decode_channels(const ChannelPacking& packing, std::array<std::uint32_t, 3> corners,
                             std::array<float, 3> barycentric, std::uint32_t provoking);

} // namespace dv
