#pragma once
// The caption over the body: the map in use and its source, and with an
// exam its classification under it, stacked in one block at the top right
// that the user can drag aside like the colour key (gui/overlay_spot.h).
#include "gui/overlay_spot.h"
#include "gui/screen_rect.h"
#include "render/camera.h"

#include <functional>
#include <string>
#include <vector>

namespace dv::app {

// One caption: a title over a smaller, dimmer line (the map's citation).
struct CaptionBlock {
    std::string title, detail;
};

// Where the blocks stand, wrapped to `wrap` window units, one under the
// other, when the window lays them out: at the top right.
ScreenRect caption_box(const std::vector<CaptionBlock>& blocks, float wrap);
// Draws them there, or where `spot` says once dragged; returns the box they
// took (nothing drawn, an empty box, when there are none).
ScreenRect draw_caption_overlay(const std::vector<CaptionBlock>& blocks, float wrap, OverlaySpot& spot);

// The caption's wrap width: as wide as the room right of the panel allows
// (two short lines across the top), or narrower when that keeps it off the
// body (in a small window, a column beside the head rather than a band over
// it), but never a column taller than a quarter of the window. Where no
// width is clear, the one that covers least.
class CaptionFit {
public:
    // `skin_under(box)`: how many points of skin facing the camera a box
    // covers. Chosen again only when the camera, the window's size or the
    // text changed, and not while the view moves (it costs a pass over the skin).
    float wrap(const std::vector<CaptionBlock>& blocks, const Camera& camera, bool moving,
               const std::function<int(const ScreenRect&)>& skin_under);

private:
    float wrap_ = 0.0f;
    Camera camera_;
    float width_ = 0.0f, height_ = 0.0f;
    std::string text_;
};

} // namespace dv::app
