#pragma once
// Two maps on one body, as a lecturer compares them: side by side, each map
// in a viewport of its own (half of the part of the window right of the
// panel, below a caption band and above the colour key), both seen through
// the window's one camera; or the differences view, one body with its own
// three-entry key. Hovering either answers for both maps at that skin
// ("classical: L4 · evidence-based: L3"). docs/window.md describes it.
#include "figure/figure_layout.h"
#include "gui/screen_rect.h"
#include "gui/window_maps.h"
#include "render/camera.h"
#include "render/gl_objects.h"

#include <optional>
#include <string>
#include <vector>

namespace dv::app {

// One body view: its camera, its rectangle in framebuffer pixels (GL's
// bottom-up y) and the map it shows with the renderer's mix for it.
struct ViewPart {
    Camera camera;
    int x = 0, y = 0, width = 0, height = 0;
    const PreparedMap* map = nullptr;
    float map_mix = 0.0f;
    // The same rectangle in window units, top-left origin.
    ScreenRect screen(float scale, int fb_height) const;
};

// What the side-by-side layout reserves above and below the bodies, in
// window units: the captions' band and the colour key's strip.
struct CompareBands {
    float top = 0.0f, bottom = 0.0f;
};
CompareBands compare_bands(const std::optional<LegendContent>& key, float free_width);

// The two halves right of `inset` (framebuffer pixels), current map left,
// compared map right. Each half's camera is the window's camera (framed for
// the whole free part, with its lens shift) moved back just enough that
// what fitted the free part fits the half: one orbit, pan or zoom moves both.
std::vector<ViewPart> side_by_side_parts(const Camera& window_camera, const Bounds& body, int inset, int fb_w,
                                         int fb_h, float scale, const CompareBands& bands, const WindowMaps& maps);

// The window's area outside the views (under the panel, the caption band,
// the key's strip), cleared to the backdrop's tone so nothing of an earlier
// frame shows there.
void clear_outside(const std::vector<ViewPart>& parts, int fb_w, int fb_h);

// Both halves and the bands around them as one window-sized frame, kept:
// a still window copies it whole (a copy into part of the window was the
// slow path of software GL's blit, 12 ms a half against 0.3 for the whole).
class ComparisonFrame {
public:
    bool holds(int w, int h) const { return fbo_ && w == w_ && h == h_; }
    // The framebuffer to draw the halves into, allocated at w x h as needed.
    unsigned target(int w, int h);
    void show() const; // copies it to the window's framebuffer

private:
    gl::Framebuffer fbo_;
    gl::Renderbuffer color_;
    int w_ = 0, h_ = 0;
};

// Each half's caption (its map's title), centred above its body.
std::vector<ScreenRect> draw_half_captions(const std::vector<ViewPart>& parts, float scale, int fb_h);

// The colour key as rows across the bottom strip of the compare area.
ScreenRect draw_legend_strip(const LegendContent& key, const ScreenRect& area);


// "classical", "evidence-based": a map's title shortened for the two-map
// hover line (its first word, lower case).
std::string short_map_name(const std::string& title);

// The two-map answer for skin vertex `v`: "classical: L4 · evidence-based: L3".
std::string two_map_answer(const PreparedMap& a, const PreparedMap& b, std::uint32_t v);

} // namespace dv::app
