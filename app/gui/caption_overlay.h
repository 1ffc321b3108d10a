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

// Where the window lays the caption out: wrapped to `wrap` window units, at
// the top right corner, or at the top left with its left edge at `left`.
struct CaptionPlace {
    float wrap = 0.0f;
    float left = -1.0f; // < 0: the top right corner
    float scale = 1.0f; // its lettering against the window's (smaller in presentation mode)
};
// The box the blocks take there, one under the other.
ScreenRect caption_box(const std::vector<CaptionBlock>& blocks, const CaptionPlace& place);
// Draws them there, or where `spot` says once dragged; returns the box they
// took (nothing drawn, an empty box, when there are none).
ScreenRect draw_caption_overlay(const std::vector<CaptionBlock>& blocks, const CaptionPlace& place, OverlaySpot& spot);

// Where the caption goes: the top right corner, wrapped as wide as the room
// right of the panel allows (two short lines across the top), or narrower
// when that keeps it off the body (in a small window, a column beside the
// head rather than a band over it); failing that the top left beside the
// panel (`left_edge`). Never a column taller than 0.3 of the window.
// Lettered at `scale` of the window's text: in presentation mode the hall
// reads the step's caption and the labels, the source is for the lecturer.
// Where no place is clear, the one that covers least.
class CaptionFit {
public:
    // `skin_under(box)`: how many points of skin facing the camera a box
    // covers. Chosen again only when the camera, the window's size, the
    // panel or the text changed, and not while the view moves (it costs a
    // pass over the skin for each place tried).
    CaptionPlace place(const std::vector<CaptionBlock>& blocks, const Camera& camera, bool moving, float left_edge,
                       float scale, const std::function<int(const ScreenRect&)>& skin_under);

private:
    CaptionPlace place_;
    Camera camera_;
    float width_ = 0.0f, height_ = 0.0f, left_edge_ = 0.0f;
    std::string text_;
};

} // namespace dv::app
