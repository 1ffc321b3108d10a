#pragma once
// Where an overlay over the body stands (the map's caption, the colour key):
// where the window lays it out until the user drags it, then where it was
// put. One mechanism for every overlay, so they all move, stay on screen and
// go back alike (docs/window.md, "Camera, panel and overlays").
#include "gui/screen_rect.h"

namespace dv::app {

// A place put by hand is kept as a share of the room the overlay has to move
// in (0: against the left or top edge, 1: against the right or bottom), so
// it is wholly on screen in any window and keeps to its corner as the
// window grows or shrinks. No ImGui here: the preferences file keeps it.
struct OverlaySpot {
    bool by_hand = false;
    float fx = 0.0f, fy = 0.0f;
    bool operator==(const OverlaySpot&) const = default;
};

// The window's overlays that can be dragged; the panel's "Reset caption and
// key" and a double click on either puts them back.
struct OverlaySpots {
    OverlaySpot caption, key;
    bool operator==(const OverlaySpots&) const = default;
};

// Where an overlay of the size of `automatic` stands in a window `width` x
// `height`: at `automatic` unless placed by hand, kept wholly on screen.
ScreenRect overlay_box(const OverlaySpot& spot, const ScreenRect& automatic, float width, float height);

// Begins the overlay's own undecorated Dear ImGui window `id` at
// overlay_box(); draw its content, then end_overlay(). While it is being
// dragged Dear ImGui moves it.
void begin_overlay(const char* id, const OverlaySpot& spot, const ScreenRect& automatic);
// Ends it. A drag that moved it places it by hand; a double click on it
// (not on one of its controls) gives it back to the layout. Returns the
// box it took this frame, for labels to keep clear of.
ScreenRect end_overlay(OverlaySpot& spot);

} // namespace dv::app
