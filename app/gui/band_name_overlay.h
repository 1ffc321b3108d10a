#pragma once
// Band names in the window: the placement a figure uses
// (engine/figure/band_labels.h), drawn with Dear ImGui in dark or light ink
// with a thin halo. Placing them costs a level pass (tens of milliseconds),
// so it is done again only when the view, the map, the lit levels, the
// window's size or what the names must keep clear of changed; otherwise the
// last placement is drawn again.
#include "figure/band_labels.h"
#include "gui/screen_rect.h"
#include "model/body_model.h"
#include "render/camera.h"

#include <optional>
#include <vector>

namespace dv::app {

struct BandNameView {
    const BodyModel& model;
    const PreparedMap& map;
    const Camera& camera;
    int width, height; // window units
    LevelSelection selection;
    Palette palette;
    std::vector<ScreenRect> keep_clear; // the panel, the caption, the colour key
};

class BandNameOverlay {
public:
    // Draws the names and returns their boxes, for later labels to avoid.
    std::vector<ScreenRect> draw(const BandNameView& view);

private:
    struct Key {
        const PreparedMap* map = nullptr;
        Camera camera;
        int width = 0, height = 0;
        LevelSelection selection;
        Palette palette{};
        std::vector<float> keep_clear;
        float px = 0.0f;
        bool operator==(const Key&) const = default;
    };
    std::optional<Key> key_;
    std::vector<BandLabel> labels_;
};

} // namespace dv::app
