#pragma once
// A finished figure from a scene: the body drawn offscreen at the scene's
// size (tiled beyond the GL's limits), then the legend, labels and side
// markers lettered over it. The window's Save figure and `dermaview render`
// both come through here, so the same scene gives the same pixels.
#include "atlas/dermatome_map.h"
#include "body/body_frame.h"
#include "export/png_file.h"
#include "figure/figure_layout.h"
#include "model/body_model.h"
#include "model/map_slots.h"
#include "render/renderer.h"
#include "scene/scene.h"

namespace dv {

// What a figure is drawn from. The renderer must already show `model` at
// the scene's subdivision with these maps (MapSlots::sync); the figure asks
// `maps` which mix shows the scene's map and which the compared one.
struct FigureInputs {
    const BodyModel& model;         // body, landmarks, and the ray caster that hides labels of unseen points
    const MapSlots* maps = nullptr; // the scene's map and the compared one; null: no map
    const DermatomeMap* map() const;         // the scene's map, for the legend; null: none
    const DermatomeMap* compared_map() const; // the second map of a comparison; null: none
};

struct Figure {
    Image image;
    FigureLayout overlay; // the lettering; painted into `image` unless the scene puts it in an SVG
};

bool scene_needs_fonts(const Scene& scene);

// The camera a figure is drawn from: the scene's own, or its view framed so
// the body stays clear of the legend (beside it on a wide image, below it on
// an upright one or a side-by-side comparison). `fonts` may be null when the
// scene has no legend.
Camera figure_camera(const Scene& scene, const FigureInputs& in, const FigureFonts* fonts);

// The scene must have its camera resolved (Scene::camera set) to be
// reproducible; render_figure resolves it when absent. `fonts` may be null
// when scene_needs_fonts() is false.
Figure render_figure(Renderer& renderer, const Scene& scene, const FigureInputs& in, const FigureFonts* fonts);

// Names each visible band inside it (Scene::overlays.band_labels), clear of
// what `layout` already letters (figure/band_labels.h).
void letter_band_labels(FigureLayout& layout, const Scene& scene, const FigureInputs& in, const Camera& camera,
                        const FigureFonts& fonts);

LegendContent legend_for(const Scene& scene, const FigureInputs& in);

// "R" and "L" beside the body when its sides lie left and right in the
// image; which side is which comes from the body's sagittal plane.
std::vector<SideMarker> side_markers_for(const Camera& camera, int width, int height, const Bounds& body,
                                         const SagittalPlane& sagittal);

// The PNG's text chunks: software, a title, and the scene as JSON.
PngText figure_png_text(const Scene& scene, const FigureInputs& in);

} // namespace dv
