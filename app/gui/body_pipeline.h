#pragma once
// The body the window shows and what is prepared from it once: landmarks,
// body coordinates, display fields and the ray caster. The App reaches the
// body only through this, so that a shared engine value can take its place.
#include "body/body_coordinates.h"
#include "body/ray_cast.h"
#include "body_loading.h"
#include "render/skin_display.h"

namespace dv::app {

struct BodyPipeline {
    // Loads scene.body and scene.landmarks; throws dv::Error for a bad file.
    explicit BodyPipeline(const Scene& scene);
    BodyPipeline(const BodyPipeline&) = delete;
    BodyPipeline& operator=(const BodyPipeline&) = delete;

    // First: the constructor times the steps below into them.
    double import_ms = 0.0, coordinates_ms = 0.0; // shown in the panel's Body section
    LoadedBody loaded;
    BodyCoordinates coordinates;
    SkinDisplayFields fields;
    RayCaster caster;

    const BodyMesh& body() const { return loaded.body; }
    const SurfaceMesh& skin() const { return loaded.body.skin; }
    const LandmarkSet& landmarks() const { return loaded.landmarks; }
};

} // namespace dv::app
