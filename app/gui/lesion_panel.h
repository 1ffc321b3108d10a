#pragma once
// The panel's Lesion section and what the window keeps for it: a lesion
// phrase applied to the scene (shown in the sensory display), which
// modality to paint, and a patch of skin painted with the mouse to ask which
// root explains it (docs/lesions.md).
#include "scene/scene.h"

#include <glm/vec3.hpp>

#include <string>
#include <vector>

namespace dv::app {

struct LesionPanelState {
    std::string phrase = "root L5 left"; // the text field
    std::string error;                   // why the last Apply was refused
    bool painting = false;               // left-click and drag paint the patch instead of turning the body
    std::vector<glm::vec3> dabs;         // the patch: skin points, each the centre of a kPatchDabRadius disc
    bool explain_requested = false;      // the window ranks the roots for the patch and says so in the notice
    std::string explanation;             // the last ranking, shown in the section
};

// Each dab of the brush covers the skin within this distance (metres).
inline constexpr float kPatchDabRadius = 0.02f;

// Draws the section; edits the scene (lesion, sensory modality, display) and the state.
void draw_lesion_panel(Scene& scene, LesionPanelState& state);

// Adds a dab at `point` unless one lies within half a dab's radius.
void add_dab(LesionPanelState& state, glm::vec3 point);

} // namespace dv::app
