#include "figure/font.h"

#include "core/error.h"

#include <stb/stb_truetype.h> // the implementation is in Debian's libstb

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <vector>

namespace dv {

namespace {

// The next code point of UTF-8 text; malformed bytes read as U+FFFD.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto b = static_cast<unsigned char>(s[i++]);
    if (b < 0x80)
        return b;
    const int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
    if (extra < 0)
        return 0xFFFD;
    char32_t c = b & (0x3F >> extra);
    for (int k = 0; k < extra; ++k) {
        if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80)
            return 0xFFFD;
        c = (c << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    }
    return c;
}

} // namespace

void blend_pixel(std::uint8_t* dst, Rgba c, float coverage) {
    const float sa = std::clamp(coverage, 0.0f, 1.0f) * float(c.a) / 255.0f;
    if (sa <= 0.0f)
        return;
    const float da = float(dst[3]) / 255.0f;
    const float oa = sa + da * (1.0f - sa);
    const std::uint8_t src[3] = {c.r, c.g, c.b};
    for (int k = 0; k < 3; ++k)
        dst[k] = static_cast<std::uint8_t>(
            std::lround((float(src[k]) * sa + float(dst[k]) * da * (1.0f - sa)) / oa));
    dst[3] = static_cast<std::uint8_t>(std::lround(oa * 255.0f));
}

struct Font::Impl {
    std::vector<unsigned char> data;
    stbtt_fontinfo info{};
    int ascent = 0, descent = 0, line_gap = 0;
};

Font::Font(const std::filesystem::path& ttf) : impl_(std::make_unique<Impl>()) {
    std::ifstream in(ttf, std::ios::binary);
    if (!in)
        throw Error("cannot read the font '" + ttf.string() + "'");
    impl_->data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (impl_->data.empty() || !stbtt_InitFont(&impl_->info, impl_->data.data(), 0))
        throw Error("'" + ttf.string() + "' is not a TrueType font stb_truetype can read");
    stbtt_GetFontVMetrics(&impl_->info, &impl_->ascent, &impl_->descent, &impl_->line_gap);
}

Font::~Font() = default;
Font::Font(Font&&) noexcept = default;
Font& Font::operator=(Font&&) noexcept = default;

float Font::ascent(float px) const {
    return float(impl_->ascent) * stbtt_ScaleForMappingEmToPixels(&impl_->info, px);
}
float Font::descent(float px) const {
    return -float(impl_->descent) * stbtt_ScaleForMappingEmToPixels(&impl_->info, px);
}

float Font::width(std::string_view utf8, float px) const {
    const float scale = stbtt_ScaleForMappingEmToPixels(&impl_->info, px);
    float x = 0.0f;
    int previous = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const int cp = int(next_code_point(utf8, i));
        int advance = 0, bearing = 0;
        stbtt_GetCodepointHMetrics(&impl_->info, cp, &advance, &bearing);
        if (previous)
            x += float(stbtt_GetCodepointKernAdvance(&impl_->info, previous, cp)) * scale;
        x += float(advance) * scale;
        previous = cp;
    }
    return x;
}

void Font::draw(Image& image, float x, float baseline, std::string_view utf8, float px, Rgba color) const {
    const float scale = stbtt_ScaleForMappingEmToPixels(&impl_->info, px);
    int previous = 0;
    std::vector<unsigned char> bitmap;
    for (std::size_t i = 0; i < utf8.size();) {
        const int cp = int(next_code_point(utf8, i));
        if (previous)
            x += float(stbtt_GetCodepointKernAdvance(&impl_->info, previous, cp)) * scale;
        previous = cp;
        int advance = 0, bearing = 0;
        stbtt_GetCodepointHMetrics(&impl_->info, cp, &advance, &bearing);
        // Each glyph at its sub-pixel position, so spacing stays even.
        const float fx = x - std::floor(x), fy = baseline - std::floor(baseline);
        int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        stbtt_GetCodepointBitmapBoxSubpixel(&impl_->info, cp, scale, scale, fx, fy, &x0, &y0, &x1, &y1);
        const int w = x1 - x0, h = y1 - y0;
        if (w > 0 && h > 0) {
            bitmap.assign(std::size_t(w) * std::size_t(h), 0);
            stbtt_MakeCodepointBitmapSubpixel(&impl_->info, bitmap.data(), w, h, w, scale, scale, fx, fy, cp);
            const int ox = int(std::floor(x)) + x0, oy = int(std::floor(baseline)) + y0;
            for (int row = 0; row < h; ++row) {
                const int py = oy + row;
                if (py < 0 || py >= image.height)
                    continue;
                for (int col = 0; col < w; ++col) {
                    const int pxl = ox + col;
                    const unsigned char cov = bitmap[std::size_t(row) * std::size_t(w) + std::size_t(col)];
                    if (cov && pxl >= 0 && pxl < image.width)
                        blend_pixel(image.pixel(pxl, py), color, float(cov) / 255.0f);
                }
            }
        }
        x += float(advance) * scale;
    }
}

FigureFonts load_figure_fonts() {
    std::filesystem::path dir = "/usr/share/fonts/truetype/dejavu";
    if (const char* env = std::getenv("DERMAVIEW_FONT_DIR"); env && *env)
        dir = env;
    const std::filesystem::path regular = dir / "DejaVuSans.ttf", bold = dir / "DejaVuSans-Bold.ttf";
    std::error_code ec;
    if (!std::filesystem::is_regular_file(regular, ec) || !std::filesystem::is_regular_file(bold, ec))
        throw Error("the legend and labels need DejaVu Sans, which is not in '" + dir.string() +
                    "' (DejaVuSans.ttf and DejaVuSans-Bold.ttf). Install it (apt-get install fonts-dejavu-core), "
                    "point DERMAVIEW_FONT_DIR at a folder that holds them, or leave out --legend and --labels");
    return {Font(regular), Font(bold)};
}

} // namespace dv
