// The channel packing that lets the shader interpolate eight weights instead
// of thirty-three: it must give every fragment exactly the weights that
// interpolating all thirty-three would, on the real maps and the real mesh.
#include "atlas/bake.h"
#include "atlas/dermatome_map.h"
#include "body/subdivision.h"
#include "render/dermatome_channels.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace dv::test;

namespace {

// The largest difference, over every triangle and a few points inside each,
// between the packed weights as the shader decodes them and the plain
// interpolation of each corner's levels.
float worst_decoding_error(const dv::ChannelPacking& packing, const std::vector<std::uint32_t>& triangles,
                           const std::vector<dv::PointWeights>& weights) {
    const std::array<std::array<float, 3>, 4> points{{{1.0f, 0.0f, 0.0f}, {0.2f, 0.5f, 0.3f}, {1.f / 3, 1.f / 3, 1.f / 3},
                                                      {0.0f, 0.1f, 0.9f}}};
    float worst = 0.0f;
    for (std::size_t t = 0; t + 2 < triangles.size(); t += 3) {
        const std::array<std::uint32_t, 3> corners{triangles[t], triangles[t + 1], triangles[t + 2]};
        for (const auto& b : points)
            for (std::uint32_t provoking : corners) {
                const dv::DenseWeights got = dv::decode_channels(packing, corners, b, provoking);
                dv::DenseWeights want;
                for (std::size_t k = 0; k < 3; ++k)
                    want = want + dv::to_dense(weights[corners[k]]) * b[k];
                for (int s = 0; s < dv::DenseWeights::kSlots; ++s)
                    worst = std::max(worst, std::abs(got.w[std::size_t(s)] - want.w[std::size_t(s)]));
            }
    }
    return worst;
}

} // namespace

TEST_CASE("Eight channels carry both shipped maps exactly on the display mesh", "[channels]") {
    const std::vector<std::uint32_t>& triangles = default_model().display(dv::kDefaultSubdivision).skin_triangles;
    for (const char* id : {"classical", "evidence"}) {
        INFO(id);
        const dv::PackedMap& packed = default_model().packed(*shipped_map(id), dv::kDefaultSubdivision);
        const std::vector<dv::PointWeights>& shown = packed.weights;
        const dv::ChannelPacking& packing = packed.packing;
        CHECK(packing.dropped == 0);
        // Every level the map uses somewhere has a channel.
        for (const dv::PointWeights& p : shown)
            for (int i = 0; i < p.count; ++i)
                REQUIRE(packing.channel_of_slot[std::size_t(dv::DenseWeights::slot(p.entries[std::size_t(i)].level))] >= 0);
        // Weights are stored in 8 bits, so 1/255 per corner at most.
        CHECK(worst_decoding_error(packing, triangles, shown) < 0.006f);
    }
}

TEST_CASE("More levels meeting in one place than there are channels are counted, not hidden", "[channels]") {
    // A fan of ten triangles around vertex 0, each outer corner with its own level.
    std::vector<dv::PointWeights> weights(11);
    weights[0].entries[0] = {dv::Level(1), 1.0f};
    weights[0].count = 1;
    std::vector<std::uint32_t> triangles;
    for (std::uint32_t i = 1; i <= 10; ++i) {
        weights[i].entries[0] = {dv::Level(i + 1), 1.0f};
        weights[i].count = 1;
        triangles.insert(triangles.end(), {0u, i, i % 10 + 1});
    }
    const dv::ChannelPacking packing = dv::pack_channels(triangles, weights);
    // Eleven levels meet around vertex 0: at least three must share a channel.
    int used = 0;
    for (int c : packing.channel_of_slot)
        used += c >= 0;
    CHECK(used == 11);
    const float error = worst_decoding_error(packing, triangles, weights);
    CHECK(error > 0.5f); // the loss is real and visible to this check
}

TEST_CASE("A few levels in a strip pack without loss", "[channels]") {
    // A strip of triangles whose vertices step through levels C2..S5 with
    // overlap: consecutive levels meet, so they must land in different channels.
    std::vector<dv::PointWeights> weights;
    std::vector<std::uint32_t> triangles;
    for (int i = 0; i < 28; ++i)
        for (int side = 0; side < 2; ++side) {
            dv::PointWeights p;
            p.entries[0] = {dv::Level(2 + i), 0.7f};
            p.entries[1] = {dv::Level(2 + std::min(i + 1, 28)), 0.3f};
            p.count = i + 1 <= 28 ? 2 : 1;
            weights.push_back(p);
        }
    for (std::uint32_t i = 0; i + 1 < 28; ++i) {
        const std::uint32_t a = 2 * i, b = 2 * i + 1, c = 2 * i + 2, d = 2 * i + 3;
        triangles.insert(triangles.end(), {a, b, c, b, d, c});
    }
    const dv::ChannelPacking packing = dv::pack_channels(triangles, weights);
    CHECK(packing.dropped == 0);
    CHECK(worst_decoding_error(packing, triangles, weights) < 0.006f);
}
