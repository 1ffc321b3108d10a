#pragma once
// Text for figures: a TrueType font rasterised with stb_truetype and blended
// onto an image after read-back, so the legend and labels are as sharp at
// 7680x4320 as at 640x480 and need no GL.
#include "core/image.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>

namespace dv {

struct Rgba {
    std::uint8_t r = 0, g = 0, b = 0, a = 255; // sRGB, straight (not premultiplied) alpha
};

// Blends `c` with coverage 0..1 over the pixel ("over" with straight alpha,
// so text on a transparent background keeps its colour).
void blend_pixel(std::uint8_t* dst, Rgba c, float coverage);

class Font {
public:
    explicit Font(const std::filesystem::path& ttf); // throws dv::Error naming the file
    ~Font();
    Font(Font&&) noexcept;
    Font& operator=(Font&&) noexcept;

    // Sizes are em sizes in pixels, as CSS and SVG font-size mean them.
    float width(std::string_view utf8, float px) const; // advance of the whole line
    float ascent(float px) const;                       // above the baseline
    float descent(float px) const;                      // below it, positive
    // Draws one line with its baseline at `baseline` and its left at `x`.
    void draw(Image& image, float x, float baseline, std::string_view utf8, float px, Rgba color) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The fonts figures are lettered in: DejaVu Sans and DejaVu Sans Bold.
struct FigureFonts {
    Font regular;
    Font bold;
};
// From DERMAVIEW_FONT_DIR, else Debian's fonts-dejavu-core; throws dv::Error
// saying what to install when neither has them.
FigureFonts load_figure_fonts();

} // namespace dv
