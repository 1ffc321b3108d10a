#include "gui/window_sensory.h"

#include "clinical/lesion_search.h"
#include "clinical/scene_sensory.h"

#include <cmath>
#include <utility>

namespace dv::app {

bool WindowSensory::sync(const Scene& scene, const LesionPanelState& lesion, const BodyModel& model,
                         const PreparedMap* map, Renderer& renderer) {
    if (scene.display != DisplayMode::Sensory || !map)
        return false;
    if (scene.lesion == lesion_ && scene.exam == exam_ && map == map_ && renderer.body_id() == body_id_ && lesion.dabs.size() == dabs_)
        return false;
    SensoryPaint paint = scene_sensory_paint(scene, model, *map, scene.subdivision);
    for (std::uint32_t v : patch_around(model.display(scene.subdivision), lesion.dabs, kPatchDabRadius))
        paint.light_touch[v] = paint.pin_prick[v] = glm::vec3(1.0f, 0.0f, 0.0f); // the patch: altered
    renderer.set_sensory(paint.light_touch, paint.pin_prick);
    lesion_ = scene.lesion;
    exam_ = scene.exam;
    paint_ = std::move(paint);
    map_ = map;
    body_id_ = renderer.body_id();
    dabs_ = lesion.dabs.size();
    return true;
}

std::string explain_painted_patch(const LesionPanelState& lesion, const BodyModel& model, const PreparedMap& map) {
    const int level = BodyModel::bake_level;
    const DisplayMesh& display = model.display(level);
    const PatchExplanation e = explain_patch(display, patch_around(display, lesion.dabs, kPatchDabRadius),
                                             model.packed(map, level).weights, model.display_fields(level).side);
    std::string text = map.map.id + ":";
    for (std::size_t i = 0; i < e.ranked.size() && i < 3; ++i)
        text += " " + level_name(e.ranked[i].level) + " " + std::string(body_side_name(e.ranked[i].side)) + " " +
                std::to_string(int(std::lround(e.ranked[i].coverage * 100.0f))) + " %" + (i + 1 < 3 ? "," : "");
    return text + "; " + e.verdict;
}

} // namespace dv::app
