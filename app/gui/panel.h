#pragma once
// The Dear ImGui side panel: facts about the body and the GL, frame time,
// and the view buttons with their keys.
#include "render/camera.h"
#include "render/gl_loader.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>

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
struct DisplayChoice {
    int mode = 0;          // DisplayMode as int, for the combo box
    int subdivision = 1;
    bool landmarks = false; // dots
    bool callouts = true;   // teaching labels
    bool all_names = false; // every visible landmark named
};

struct PanelState {
    DisplayChoice display;
    std::string body_file;
    std::size_t vertices = 0, faces = 0, triangles = 0;
    float height_m = 0.0f;
    double import_ms = 0.0;
    double coordinates_ms = 0.0;
    std::size_t landmark_count = 0;
    std::string landmark_file;
    GlInfo gl;
    FrameTimes frame_times;
};

// Draws the panel; returns the view a button asked for, if any.
std::optional<StandardView> draw_panel(PanelState& state);

} // namespace dv::app
