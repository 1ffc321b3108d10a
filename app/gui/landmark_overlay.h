#pragma once
// Landmark names over the 3D view: the teaching callouts ("T4: nipple line")
// and, under the cursor, the name and description of the nearest landmark
// dot. Labels of points hidden behind the body are not drawn.
#include "body/landmarks.h"
#include "body/ray_cast.h"
#include "gui/screen_rect.h"
#include "render/camera.h"

#include <string>
#include <vector>

namespace dv::app {

struct OverlayInput {
    const Camera& camera;
    const LandmarkSet& landmarks;
    const SurfaceMesh& skin;
    const RayCaster& caster;
    bool callouts = true;       // the teaching labels
    bool hover_details = true;  // name and description of the dot under the cursor
    bool all_names = false;     // every visible landmark dot labelled with its name
    // ISNCSCI key points to call out: those of the lit levels ("C6", "T10").
    std::vector<std::string> key_point_levels = {};
    bool left = true, right = true; // which sides' key points
    std::vector<ScreenRect> keep_clear = {}; // boxes already on screen (the map caption)
    ScreenRect view = {}; // the part of the window the camera draws (side by side: a half); empty: all of it
    ScreenRect panel = {}; // the panel: points under it are not named
};

struct OverlayDrawn {
    std::string hover;               // name and description of the landmark under the cursor, if any
    std::vector<std::string> labels; // the labels drawn on the body, for scripts to count
};
OverlayDrawn draw_landmark_overlay(const OverlayInput& in);

} // namespace dv::app
