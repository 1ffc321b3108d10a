// A figure's band names: one level pass per part of the image (two side by
// side), placed clear of the legend, markers and labels already laid out.
#include "figure/band_labels.h"
#include "figure/figure.h"

namespace dv {

namespace {
constexpr float kCapHeight = 0.73f; // DejaVu Sans Bold's capitals and digits, as a fraction of the em
}

void letter_band_labels(FigureLayout& layout, const Scene& scene, const FigureInputs& in, const Camera& camera,
                        const FigureFonts& fonts) {
    // The differences view paints no level colours: there is no band to name.
    if (scene.display != DisplayMode::Dermatomes || !in.maps || scene.compare == CompareMode::Differences)
        return;
    const float s = figure_text_scale(scene.width, scene.height);
    BandLabelStyle style;
    style.px = 20.0f * s;
    style.cap_height = kCapHeight;
    style.halo_px = std::max(1.5f, 2.2f * s);
    style.width = [&](std::string_view text, float px) { return fonts.bold.width(text, px); };
    struct Part {
        const PreparedMap* map;
        int x0, width;
    };
    std::vector<Part> parts;
    if (scene.compare == CompareMode::SideBySide && in.maps->compared()) {
        const int half = scene.width / 2;
        parts = {{in.maps->shown().get(), 0, half}, {in.maps->compared().get(), half, scene.width - half}};
    } else {
        parts = {{in.maps->shown().get(), 0, scene.width}};
    }
    for (const Part& part : parts) {
        if (!part.map)
            continue;
        std::vector<FigureBox> keep_clear;
        for (const FigureBox& b : layout.occupied)
            keep_clear.push_back({b.x0 - float(part.x0), b.y0, b.x1 - float(part.x0), b.y1});
        std::vector<BandLabel> labels = band_labels_for_view(in.model, *part.map, camera, part.width, scene.height,
                                                             scene.selection(), scene.palette, style, keep_clear);
        for (BandLabel& l : labels) {
            l.centre.x += float(part.x0);
            l.box.x0 += float(part.x0);
            l.box.x1 += float(part.x0);
        }
        add_band_labels(layout, labels, kCapHeight);
    }
}

} // namespace dv
