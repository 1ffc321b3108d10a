#pragma once
// The one way a host turns a scene's sensory content (its lesion) into the
// paint Renderer::set_sensory uploads: predicted on the scene's map at the
// display level drawn. The window, `render` and the tests all call this.
#include "clinical/lesion.h"
#include "figure/figure_layout.h"
#include "model/body_model.h"
#include "scene/scene.h"

namespace dv {

// All normal when the scene has no lesion. Throws dv::Error for a lesion
// phrase that does not parse (a scene read from a file is checked already).
SensoryPaint scene_sensory_paint(const Scene& scene, const BodyModel& model, const PreparedMap& map, int level);

// The reference for a lesion's pattern, shown under a figure with it.
std::string lesion_citation(const Lesion& lesion);

// The legend of a sensory figure: the lesion as title, the map it is
// predicted on, the key (normal, altered, absent; and how the two
// modalities are told apart) and the citations.
LegendContent sensory_legend(const Scene& scene, const DermatomeMap* map, const std::string& view);

} // namespace dv
