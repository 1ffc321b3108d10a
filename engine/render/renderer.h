#pragma once
// Draws the body into whatever GL context is current: a window's default
// framebuffer or an offscreen one. It never creates a context itself, so the
// GUI and the headless renderer share every line of drawing code.
#include "body/body_mesh.h"
#include "core/image.h"
#include "render/camera.h"
#include "atlas/levels.h"
#include "render/dermatome_channels.h"
#include "render/display_mesh.h"
#include "render/skin_display.h"

#include <glm/vec2.hpp>

#include <array>
#include <filesystem>
#include <memory>
#include <vector>

namespace dv {

// Which levels light up, per side: bit n set means level n (C1 = 1 ...
// Co1 = 31, see atlas/levels.h) is selected on that side. Nothing selected
// on either side shows the full chart.
struct LevelSelection {
    std::uint32_t left = 0, right = 0;
    bool empty() const { return left == 0 && right == 0; }
    bool operator==(const LevelSelection&) const = default;
    // Only a root (C1 ... Co1: is_spinal) has a bit. The blank kinds (not
    // shown, no consistent root) and out-of-range numbers select nothing:
    // shifting by them would be undefined, and in practice lit other roots.
    void select(Level level, bool on_left, bool on_right) {
        if (!is_spinal(level))
            return;
        if (on_left)
            left |= 1u << level;
        if (on_right)
            right |= 1u << level;
    }
};

enum class Emphasis {
    Dim,   // selected levels in colour, the rest of the skin plain
    Glow,  // selected levels bright and glowing, the rest of the chart dimmed
};

enum class Palette { Standard, ColorBlindSafe };

// Which modality DisplayMode::Sensory paints: one, or both at once (light
// touch in rising stripes, pin prick in falling ones: docs/lesions.md).
enum class SensoryModality { LightTouch, PinPrick, Both };

struct RenderSettings {
    int msaa_samples = 4;             // clamped to what the driver offers
    bool transparent_background = false;
    DisplayMode display = DisplayMode::Skin;
    bool show_markers = false;        // the points given to set_markers
    bool skin_marks = true;           // nipples and umbilicus shaded on the skin (render/skin_marks.h)
    bool trigeminal = false;          // the trigeminal divisions V1-V3 over face and front scalp (docs/trigeminal.md)
    LevelSelection selection;
    Emphasis emphasis = Emphasis::Dim;
    Palette palette = Palette::Standard;
    bool band_borders = true;         // thin lines where the strongest level changes
    bool overlap_hatching = false;    // overlaps drawn as fine stripes of both roots' colours, not a blend
    float map_mix = 0.0f;             // 0: the map in slot 0, 1: the map in slot 1, between: a cross-fade
                                      // (model/map_slots.h says which mix shows which map)
    bool differences = false;         // mark skin where the two maps disagree
    SensoryModality sensory_modality = SensoryModality::Both; // what DisplayMode::Sensory paints
    int dest_x = 0, dest_y = 0;       // bottom-left corner of the frame in the destination (side-by-side views)
    // One tile of a larger frame, for images beyond the GL's size limits:
    // when full_width > 0 this draw is the width x height pixels whose
    // bottom-left corner is at (tile_x, tile_y), GL's bottom-up pixels, of a
    // full_width x full_height frame, with that frame's projection, backdrop
    // and dot size. Tile offsets must be multiples of kTileAlignment.
    int full_width = 0, full_height = 0, tile_x = 0, tile_y = 0;
    bool operator==(const RenderSettings&) const = default;
};

// Catmull-Clark levels for display: 1 shows no facets on a full-body view at
// 1920x1080 and keeps software GL interactive; 2 is for close-ups and figures.
inline constexpr int kDefaultSubdivision = 1;

// Tiles start at multiples of this many pixels: even, so that the 2x2 pixel
// quads the derivatives (band borders, isolines) are taken over line up with
// the untiled frame's. Screen-space patterns need nothing of the grid: the
// shader draws them in the whole frame's pixels (docs/shading.md).
inline constexpr int kTileAlignment = 2;
// The largest side of an image render_image makes (tiled beyond the GL's
// limits); 16384 x 16384 RGBA is already 1 GiB.
inline constexpr int kMaxImageSide = 16384;

class Renderer {
public:
    // Builds the shaders found in `shader_dir`; throws dv::Error with the
    // compiler's log when one does not build. Needs a current GL 3.3 context.
    explicit Renderer(const std::filesystem::path& shader_dir);
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    // Uploads the body as prepared for display (model/body_model.h builds
    // it), with optional display fields, one per display skin vertex. Any
    // maps and disagreement uploaded before are dropped: they belong to the
    // old tessellation. `skin_marks`, optional too, is one weight per display
    // skin vertex (BodyModel::skin_marks). The renderer keeps no pointer to
    // its arguments. `trigeminal`, optional, is the V1, V2, V3 weights per
    // display skin vertex (BodyModel::trigeminal).
    void set_body(const DisplayMesh& display, const SkinDisplayFields* fields = nullptr,
                  const std::vector<float>* skin_marks = nullptr,
                  const std::vector<glm::vec3>* trigeminal = nullptr);
    void clear_body();
    // A number that changes with every set_body and clear_body, never the
    // same for two uploads in one process, so model/map_slots.h notices a
    // body it did not upload itself (0: none yet).
    std::uint64_t body_id() const;
    // A map packed for the body's display skin, shown in
    // DisplayMode::Dermatomes. Two slots, 0 and 1: RenderSettings::map_mix
    // blends them (a cross-fade, or one map in each half of a comparison).
    // Hosts leave the slots to model/map_slots.h rather than call these.
    void set_map(int slot, const ChannelPacking& packing);
    // How much the two maps disagree, per display skin vertex (0..1): what
    // RenderSettings::differences marks.
    void set_disagreement(const std::vector<float>& disagreement);
    // What DisplayMode::Sensory paints, per display skin vertex and per
    // modality: the shares of altered (x), absent (y) and not testable (z)
    // skin, the rest normal (clinical/sensory_paint.h makes them). Dropped
    // with the body like the maps; without it the sensory view is plain skin.
    void set_sensory(const std::vector<glm::vec3>& light_touch, const std::vector<glm::vec3>& pin_prick);
    // Points drawn as round dots on the skin (landmarks), hidden where the
    // body is in front of them.
    void set_markers(const std::vector<glm::vec3>& positions);
    std::size_t skin_triangle_count() const;

    // Draws an antialiased frame of width x height pixels into `framebuffer`
    // (0: the window's), which must be at least that size.
    void draw(const Camera& camera, int width, int height, unsigned framebuffer, const RenderSettings& settings = {});

    // Both maps side by side as one camera sees them: slot 0's map drawn at
    // corners[0] of `framebuffer` and slot 1's at corners[1], each width x
    // height (GL's bottom-up pixels). The chart is drawn in one pass that
    // shades both maps, so it costs little more than one; other views are
    // drawn once per map. The result is the same as two draw() calls.
    void draw_pair(const Camera& camera, int width, int height, unsigned framebuffer, const RenderSettings& settings,
                   std::array<glm::ivec2, 2> corners);

    // Like draw(), but keeps the finished frame: when `unchanged` is true and
    // the size matches, the kept frame is copied again instead of drawn. A
    // window that redraws every frame for its panel then pays for the body
    // only when the view changes.
    void present(const Camera& camera, int width, int height, unsigned framebuffer, const RenderSettings& settings,
                 bool unchanged);

    // Draws offscreen and reads the pixels back. Sizes beyond the GL's limits
    // (max_tile_size()) are drawn in tiles, each with its part of the one
    // projection, so the image is the same as one drawn whole. Throws
    // dv::Error for sides outside 1..kMaxImageSide or when the GL cannot
    // allocate even a tile.
    Image render_image(const Camera& camera, int width, int height, const RenderSettings& settings = {});

    // Draws only part of a full_width x full_height frame into `into` (an
    // image of the full size): the w x h pixels whose bottom-left corner is
    // at (x, y) in GL's bottom-up pixels, x and y multiples of
    // kTileAlignment; the rest of `into` is left as it is. Tiled as needed.
    // Figures use it to spend antialiasing only where the body is.
    void render_region(const Camera& camera, int full_width, int full_height, int x, int y, int w, int h,
                       const RenderSettings& settings, Image& into);

    int max_image_size() const;      // largest width or height render_image accepts (kMaxImageSide)
    // The largest tile: the GL's renderbuffer and viewport limits, or a
    // smaller limit set here (0: none) so that tests can force tiling.
    int max_tile_size() const;
    void set_tile_size_limit(int pixels);
    int samples_in_use() const;      // actual MSAA samples of the last frame

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace dv
