#pragma once
// The Dear ImGui side panel: facts about the body and the GL, frame time,
// and the view buttons with their keys.
#include "gui/screen_rect.h"
#include "render/camera.h"
#include "render/gl_loader.h"
#include "render/skin_display.h"

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

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

// What the user chose to see; the loop applies changes to the renderer.
// The panel's width in window units; it opens 12 units from the top left.
inline constexpr float kPanelWidth = 400.0f;
inline constexpr float kPanelInset = 12.0f + kPanelWidth + 12.0f; // window units left of the free view

struct DisplayChoice {
    DisplayMode mode = DisplayMode::Dermatomes;
    int subdivision = 1;
    bool landmarks = false; // dots
    bool callouts = true;   // teaching labels
    bool legend = true;     // the colour key of the levels on show
    bool all_names = false; // every visible landmark named
};

struct PanelState {
    DisplayChoice display;
    // The map: what is on offer, what is shown, and what went wrong loading it.
    std::vector<std::string> map_ids;
    int map_index = 0;
    bool map_requested = false; // set when the user picked another map
    std::string map_title, map_citation, map_error;
    // Comparison with a second map: side by side (same camera) or a
    // differences view that marks skin where the two disagree.
    enum class Compare { Off, SideBySide, Differences } compare = Compare::Off;
    int compare_index = 1;
    bool compare_requested = false;
    std::string compare_title, compare_citation;
    std::string body_file;
    std::size_t vertices = 0, faces = 0, triangles = 0;
    float height_m = 0.0f;
    double import_ms = 0.0;
    double coordinates_ms = 0.0;
    std::size_t landmark_count = 0;
    std::string landmark_file;
    GlInfo gl;
    FrameTimes frame_times;
    // Where the panel was last frame, how big, and in how big a window.
    float panel_x = 12.0f, panel_y = 12.0f, panel_h = 0.0f;
    float display_w = 0.0f, display_h = 0.0f;
};

// The map in use and its source, always on screen at the foot of the view.
// Returns the boxes it drew, for labels to keep clear of.
std::vector<ScreenRect> draw_map_caption(const PanelState& state);

// Draws the panel, with `sections` drawn inside it after the map's; returns
// the view a button asked for, if any.
std::optional<StandardView> draw_panel(PanelState& state, const std::function<void()>& sections = {});

} // namespace dv::app
