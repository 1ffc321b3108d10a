#include "support/image_checks.h"

#include <algorithm>
#include <cstdlib>

namespace dv::test {

Mask differing_pixels(const Image& a, const Image& b, int threshold) {
    Mask m(static_cast<std::size_t>(a.width) * a.height, false);
    for (std::size_t i = 0; i < m.size(); ++i)
        for (int c = 0; c < 3; ++c)
            if (std::abs(int(a.rgba[i * 4 + c]) - int(b.rgba[i * 4 + c])) > threshold)
                m[i] = true;
    return m;
}

double fraction(const Mask& m) {
    return m.empty() ? 0.0 : double(std::count(m.begin(), m.end(), true)) / double(m.size());
}

double mean_abs_difference(const Image& a, const Image& b, int x0, int y0, int x1, int y1) {
    double sum = 0.0;
    long n = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x, ++n)
            for (int c = 0; c < 3; ++c)
                sum += std::abs(int(a.pixel(x, y)[c]) - int(b.pixel(x, y)[c]));
    return n ? sum / double(n * 3) : 0.0;
}

Image mirrored(const Image& image) {
    Image out(image.width, image.height);
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            std::copy_n(image.pixel(image.width - 1 - x, y), 4, out.pixel(x, y));
    return out;
}

double luminance(const std::uint8_t* p) { return 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2]; }

Box bounding_box(const Mask& m, int width, int height) {
    Box b{width, height, 0, 0};
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            if (m[static_cast<std::size_t>(y) * width + x]) {
                b.x0 = std::min(b.x0, x);
                b.y0 = std::min(b.y0, y);
                b.x1 = std::max(b.x1, x + 1);
                b.y1 = std::max(b.y1, y + 1);
            }
    return b;
}

} // namespace dv::test
