#pragma once
// The Dear ImGui side panel: the view buttons with their keys, the maps and
// comparison, display choices, and facts about the body and the GL. It edits
// the window's scene directly; what is the panel's own (teaching labels,
// colour key, where it sits) is in PanelState.
#include "gui/caption_overlay.h"
#include "gui/overlay_spot.h"
#include "gui/window_maps.h"
#include "model/body_model.h"
#include "gui/screen_rect.h"
#include "render/camera.h"
#include "render/gl_loader.h"
#include "scene/scene.h"

#include <array>
#include <cstddef>
#include <functional>
#include <optional>

namespace dv::app {

// Mean of the last frames, so the readout is steady enough to read.
class FrameTimes {
public:
    void add(float ms) {
        samples_[next_++ % samples_.size()] = ms;
        count_ = std::min(count_ + 1, samples_.size());
    }
    float mean_ms() const {
        float sum = 0.0f;
        for (std::size_t i = 0; i < count_; ++i)
            sum += samples_[i];
        return count_ ? sum / static_cast<float>(count_) : 0.0f;
    }

private:
    std::array<float, 60> samples_{};
    std::size_t next_ = 0, count_ = 0;
};

// The panel's width in window units; it opens 12 units from the top left.
inline constexpr float kPanelWidth = 400.0f;
inline constexpr float kPanelInset = 12.0f + kPanelWidth + 12.0f; // window units left of the free view

struct PanelState {
    bool callouts = true;   // teaching labels on the body
    bool legend = true;     // the colour key of the levels on show
    bool all_names = false; // every visible landmark named
    bool band_names = false; // each visible band named inside it ("T4"); saved figures follow it
    FrameTimes frame_times;
    // Where the panel was last frame, how big, and in how big a window.
    float panel_x = 12.0f, panel_y = 12.0f, panel_w = kPanelWidth, panel_h = 0.0f;
    float display_w = 0.0f, display_h = 0.0f;
    OverlaySpots overlays;  // where the caption and the colour key were dragged, if they were
    bool hidden = false;    // Tab hides the panel and shows it again
    bool collapsed = false; // folded to its title bar
    ScreenRect rect() const {
        return hidden ? ScreenRect{} : ScreenRect{panel_x, panel_y, panel_x + panel_w, panel_y + panel_h};
    }
    // The panel stands on the left part of a window `display_width` wide, so
    // the body is framed right of it.
    bool covers_left(float display_width) const { return !hidden && !collapsed && panel_x < 0.5f * display_width; }
};

// How long the body took to load and prepare, for the Body section.
struct BodyTimes {
    double import_ms = 0.0, coordinates_ms = 0.0;
};

// What the panel shows but does not change.
struct PanelFacts {
    const BodyModel& model;
    const BodyTimes& times;
    const WindowMaps& maps;
    const GlInfo& gl;
    std::size_t triangles = 0;
};

// The caption over the body: the map in use and its source (both maps'
// while comparing), or what a developer display shows instead
// (gui/caption_overlay.h draws it).
std::vector<CaptionBlock> map_caption(const Scene& scene, const WindowMaps& maps);

// Draws the panel, with `sections` drawn inside it after the maps'; returns
// the view a button asked for, if any.
std::optional<StandardView> draw_panel(Scene& scene, PanelState& state, const PanelFacts& facts,
                                       const std::function<void()>& sections = {});

} // namespace dv::app
