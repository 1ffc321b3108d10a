#pragma once
// Band names on the body, as Grant's and Netter's plates print them: "T4"
// inside the T4 band, "L5" inside L5, each in the middle of its visible
// area, in dark or light ink by the band's colour with a thin halo. A band
// too small to hold its name, or facing away, goes unnamed; no name covers
// another or the legend. docs/figures.md ("Band names") gives the rules.
//
// Placed from a level image (figure/level_image.h): every connected piece
// of one level on one side of the body is a candidate; the most interior
// point (a chamfer distance transform) where the name's box fits wholly
// inside the piece, nearest its centre, wins. Where the two sides' pieces
// of a level meet at the midline (a trunk band seen from the front or the
// back) the band is named once, on the half at the image's left, as the
// plates do; pieces that do not meet (the two arms) are named each.
// Biggest pieces first, so a crowded view loses the small names.
#include "figure/figure_layout.h"
#include "figure/level_image.h"
#include "model/body_model.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dv {

struct BandLabelStyle {
    float px = 16.0f;          // font size, image pixels
    float cap_height = 0.73f;  // capitals and digits stand this fraction of px (DejaVu Sans)
    float halo_px = 2.0f;      // the halo's width
    float smallest = 0.8f;     // a band too narrow for px may get its name this much smaller
    std::function<float(std::string_view text, float px)> width; // a line's advance, in image pixels
};

struct BandLabel {
    Level level = 0;
    std::string text;       // "T4"
    glm::vec2 centre{0.0f}; // image pixels: the middle of the name's capitals
    float px = 0.0f;        // font size
    FigureBox box;          // the capitals and their halo
    Rgba ink, halo;
};

// Names for the bands of `pass`, clear of `keep_clear` and of each other.
std::vector<BandLabel> place_band_labels(const LevelImage& pass, const BandLabelStyle& style, Palette palette,
                                         std::vector<FigureBox> keep_clear);

// The names of the bands of `map` as `camera` shows them on a width x
// height image, with `selection` lit (empty: the full chart). The pass is
// drawn on the skin the map was baked on (BodyModel::bake_level), whatever
// subdivision the picture itself uses: the names need no finer outline.
std::vector<BandLabel> band_labels_for_view(const BodyModel& model, const PreparedMap& map, const Camera& camera,
                                            int width, int height, const LevelSelection& selection, Palette palette,
                                            const BandLabelStyle& style, std::vector<FigureBox> keep_clear);

// The names as figure text (bold, haloed), added to `layout`'s shapes and
// occupied boxes.
void add_band_labels(FigureLayout& layout, const std::vector<BandLabel>& labels, float cap_height);

} // namespace dv
