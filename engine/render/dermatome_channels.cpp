#include "render/dermatome_channels.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace dv {

namespace {

using SlotMask = std::uint64_t; // bit s: palette slot s (33 of them)
static_assert(DenseWeights::kSlots <= 64);

SlotMask slots_of(const PointWeights& p) {
    SlotMask m = 0;
    for (int i = 0; i < p.count; ++i)
        if (p.entries[std::size_t(i)].weight > 0.0f)
            m |= SlotMask(1) << DenseWeights::slot(p.entries[std::size_t(i)].level);
    return m;
}

// Colours the slots so that slots meeting in one neighbourhood differ
// (DSATUR: most constrained first). Where a slot finds no free channel it
// takes the one whose holders weigh least, and the packing counts the loss.
std::array<int, DenseWeights::kSlots> colour_slots(const std::array<SlotMask, DenseWeights::kSlots>& meets,
                                                   const std::array<double, DenseWeights::kSlots>& usage) {
    std::array<int, DenseWeights::kSlots> channel;
    channel.fill(-1);
    for (;;) {
        int best = -1, best_saturation = -1, best_degree = -1;
        for (int s = 0; s < DenseWeights::kSlots; ++s) {
            if (channel[std::size_t(s)] >= 0 || usage[std::size_t(s)] <= 0.0)
                continue;
            unsigned taken = 0;
            for (int t = 0; t < DenseWeights::kSlots; ++t)
                if ((meets[std::size_t(s)] >> t & 1) && channel[std::size_t(t)] >= 0)
                    taken |= 1u << channel[std::size_t(t)];
            const int saturation = std::popcount(taken);
            const int degree = std::popcount(meets[std::size_t(s)]);
            if (saturation > best_saturation || (saturation == best_saturation && degree > best_degree)) {
                best = s;
                best_saturation = saturation;
                best_degree = degree;
            }
        }
        if (best < 0)
            return channel;
        std::array<double, kDermatomeChannels> cost{};
        for (int t = 0; t < DenseWeights::kSlots; ++t)
            if ((meets[std::size_t(best)] >> t & 1) && channel[std::size_t(t)] >= 0)
                cost[std::size_t(channel[std::size_t(t)])] += 1.0 + usage[std::size_t(t)];
        channel[std::size_t(best)] = int(std::min_element(cost.begin(), cost.end()) - cost.begin());
    }
}

} // namespace

ChannelPacking pack_channels(const std::vector<std::uint32_t>& triangles, const std::vector<PointWeights>& weights) {
    const std::size_t n = weights.size();
    std::vector<SlotMask> own(n);
    std::array<double, DenseWeights::kSlots> usage{};
    for (std::size_t v = 0; v < n; ++v) {
        own[v] = slots_of(weights[v]);
        for (int i = 0; i < weights[v].count; ++i)
            usage[std::size_t(DenseWeights::slot(weights[v].entries[std::size_t(i)].level))] +=
                double(weights[v].entries[std::size_t(i)].weight);
    }
    // Each vertex's neighbourhood: the levels of every triangle around it,
    // which is what a triangle it provokes may need from its table.
    std::vector<SlotMask> around(n, 0);
    for (std::size_t t = 0; t + 2 < triangles.size(); t += 3) {
        const SlotMask m = own[triangles[t]] | own[triangles[t + 1]] | own[triangles[t + 2]];
        for (int k = 0; k < 3; ++k)
            around[triangles[t + std::size_t(k)]] |= m;
    }
    std::array<SlotMask, DenseWeights::kSlots> meets{};
    std::vector<SlotMask> distinct(around);
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    for (SlotMask m : distinct)
        for (int s = 0; s < DenseWeights::kSlots; ++s)
            if (m >> s & 1)
                meets[std::size_t(s)] |= m & ~(SlotMask(1) << s);

    ChannelPacking packing;
    packing.channel_of_slot = colour_slots(meets, usage);
    packing.vertices.resize(n);
    for (std::size_t v = 0; v < n; ++v) {
        ChannelVertex& out = packing.vertices[v];
        out.slot.fill(std::uint8_t(DenseWeights::slot(kNotShown)));
        std::array<bool, kDermatomeChannels> held{};
        // Heaviest first, so a clash (never with real maps) loses the lighter level.
        for (int i = 0; i < weights[v].count; ++i) {
            const LevelWeight& e = weights[v].entries[std::size_t(i)];
            const int slot = DenseWeights::slot(e.level);
            const std::size_t c = std::size_t(packing.channel_of_slot[std::size_t(slot)]);
            if (held[c]) {
                ++packing.dropped;
                continue;
            }
            held[c] = true;
            out.weight[c] = std::uint8_t(std::lround(std::clamp(e.weight, 0.0f, 1.0f) * 255.0f));
            out.slot[c] = std::uint8_t(slot);
        }
        for (int s = 0; s < DenseWeights::kSlots; ++s)
            if ((around[v] >> s & 1) && !held[std::size_t(packing.channel_of_slot[std::size_t(s)])]) {
                const std::size_t c = std::size_t(packing.channel_of_slot[std::size_t(s)]);
                held[c] = true;
                out.slot[c] = std::uint8_t(s);
            }
    }
    return packing;
}

DenseWeights decode_channels(const ChannelPacking& packing, std::array<std::uint32_t, 3> corners,
                             std::array<float, 3> barycentric, std::uint32_t provoking) {
    DenseWeights d;
    const ChannelVertex& table = packing.vertices[provoking];
    for (std::size_t c = 0; c < kDermatomeChannels; ++c) {
        float w = 0.0f;
        for (std::size_t k = 0; k < 3; ++k)
            w += barycentric[k] * float(packing.vertices[corners[k]].weight[c]) / 255.0f;
        d.w[table.slot[c]] += w;
    }
    return d;
}

} // namespace dv
