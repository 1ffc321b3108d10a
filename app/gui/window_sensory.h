#pragma once
// Keeps the renderer's sensory paint in step with the window: the scene's
// lesion predicted on the map shown (clinical/scene_sensory.h), with the
// painted patch over it in amber. Paints again only when one of them, the
// map snapshot or the body upload changed.
#include "clinical/sensory_paint.h"
#include "gui/lesion_panel.h"
#include "model/body_model.h"
#include "render/renderer.h"
#include "scene/scene.h"

#include <cstdint>

namespace dv::app {

class WindowSensory {
public:
    // True when it uploaded new paint (the body's pixels change).
    bool sync(const Scene& scene, const LesionPanelState& lesion, const BodyModel& model, const PreparedMap* map,
              Renderer& renderer);
    // What was uploaded last, per display vertex (clinical/sensory_paint.h).
    const SensoryPaint& paint() const { return paint_; }

private:
    std::string lesion_, exam_;
    SensoryPaint paint_;
    const PreparedMap* map_ = nullptr;
    std::uint64_t body_id_ = 0;
    std::size_t dabs_ = 0;
};

// The ranking of roots for the painted patch on `map`, as the notice and the
// section show it: the best three with their shares, then the verdict.
std::string explain_painted_patch(const LesionPanelState& lesion, const BodyModel& model, const PreparedMap& map);

} // namespace dv::app
