#pragma once
// "Which root is this?": the skin under the cursor with its region, roots
// and weights, and the map's confidence and note there.
#include "atlas/bake.h"
#include "atlas/trigeminal.h"
#include "body/body_coordinates.h"
#include "body/ray_cast.h"
#include "model/prepared_map.h"
#include "render/camera.h"

#include <optional>
#include <string>

namespace dv::app {

struct ProbeInput {
    const Camera& camera;
    const RayCaster& caster;
    const BodyCoordinates& coords;
    const DermatomeMap& map;
    const BakedMap& baked;
    const TrigeminalLayer& trigeminal; // names V1-V3 on the face (atlas/trigeminal.h)
    // The part of the window this camera draws, in window units (side by
    // side: one half); width 0: the whole window.
    float view_x = 0.0f, view_width = 0.0f;
    float view_y = 0.0f, view_height = 0.0f; // height 0: the whole window's
    // While two maps are compared: both, so the tooltip answers for each
    // ("classical: L4 · evidence-based: L3", gui/compare_view.h).
    const PreparedMap* first = nullptr;
    const PreparedMap* second = nullptr;
};

struct ProbeResult {
    RayHit hit;
    Level strongest = kNotShown;
    std::string text; // the tooltip's lines, for scripts to check
};

// A body region as the tooltip names it: "top of the foot", not "foot_dorsum".
std::string readable_region_name(Region r);

// Picks the skin under the mouse (when the mouse is over the view, not a
// panel) and shows a tooltip; returns what it found.
std::optional<ProbeResult> probe_under_mouse(const ProbeInput& in);

} // namespace dv::app
