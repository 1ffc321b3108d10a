#pragma once
// The Figure section of the panel: what Save figure (button or F12) makes,
// where it goes, the camera as text, and the notice that says what happened.
#include "gui/screen_rect.h"
#include "render/camera.h"
#include "scene/scene.h"

#include <filesystem>
#include <string>

namespace dv::app {

struct FigurePanelState {
    enum class SizeChoice { Window, Double, Quadruple, Explicit } size = SizeChoice::Double;
    int width = 3840, height = 2160; // for SizeChoice::Explicit
    bool transparent = false;
    FigureOverlays overlays{true, true, true, false};
    bool scene_file = false;  // also a .json scene file beside the PNG
    std::string folder;       // where figures go
    bool save_requested = false;
    // Camera as text, through the clipboard.
    bool copy_camera = false;
    std::string pasted_camera; // set when Paste camera was pressed
    // The last save's outcome, shown for a few seconds.
    std::string notice;
    bool notice_is_error = false;
    float notice_seconds = 0.0f;
    ScreenRect notice_box; // where it was last drawn; empty when it is not shown

    // The figure's size for a window (framebuffer) of w x h.
    void figure_size(int w, int h, int& out_w, int& out_h) const;
    void tell(std::string text, bool error);
};

// Largest figure the panel offers: 8K UHD.
inline constexpr int kMaxFigureWidth = 7680, kMaxFigureHeight = 4320;

void draw_figure_panel(FigurePanelState& state, int window_w, int window_h);
// The notice at the foot of the window; counts its time down by dt.
void draw_figure_notice(FigurePanelState& state, float dt);

} // namespace dv::app
