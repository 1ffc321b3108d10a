#pragma once
// Which level shows at each pixel of a view: the body drawn on the CPU, at a
// reduced size, with the map's baked weights interpolated across every
// triangle and the strongest level kept per pixel. Band names are placed on
// it (figure/band_labels.h). It needs no GL, so a figure, the window and a
// test all see the same pass; at most kLevelImageSide pixels a side, it
// costs a few tens of milliseconds whatever the figure's size.
#include "atlas/bake.h"
#include "render/camera.h"
#include "render/display_mesh.h"
#include "render/renderer.h" // LevelSelection

#include <glm/vec2.hpp>

#include <cstdint>
#include <vector>

namespace dv {

inline constexpr int kLevelImageSide = 640;

// Skin seen more obliquely than this (the cosine between its normal and the
// line of sight) counts as facing away: a band there is squeezed to a
// sliver and its name would sit on the silhouette.
inline constexpr float kLevelImageMinFacing = 0.3f;

struct LevelImage {
    int width = 0, height = 0; // of the pass
    float scale = 1.0f;        // image pixels per pass pixel
    // Per pass pixel, top row first: the strongest level there, 0 where no
    // name may go (backdrop, eyes, blank skin, unlit levels, skin facing away).
    std::vector<Level> level;
    // +1 on the body's left, -1 on its right (SkinDisplayFields::side).
    std::vector<std::int8_t> side;

    Level at(int x, int y) const { return level[std::size_t(y) * std::size_t(width) + std::size_t(x)]; }
    // The level under an image pixel (top-left origin), 0 outside.
    Level at_image_pixel(glm::vec2 p) const;
};

struct LevelImageRequest {
    const Camera& camera;
    int width, height; // of the image (or window) the camera frames
    const DisplayMesh& display;              // the body as drawn
    const std::vector<PointWeights>& weights; // the map, one entry per vertex of display.skin's mesh
    const std::vector<float>& side;          // SkinDisplayFields::side for that skin
    LevelSelection selection;                // empty: every level counts
};

LevelImage render_level_image(const LevelImageRequest& request);

} // namespace dv
