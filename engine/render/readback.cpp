#include "render/readback.h"

#include <glad/gl.h>

#include <cstring>
#include <vector>

namespace dv {

Image read_framebuffer(unsigned framebuffer, int width, int height) {
    Image image(width, height);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer);
    if (framebuffer == 0)
        glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    // GL's rows start at the bottom; images start at the top.
    const std::size_t row = static_cast<std::size_t>(width) * 4;
    std::vector<std::uint8_t> tmp(row);
    for (int y = 0; y < height / 2; ++y) {
        std::uint8_t* a = image.pixel(0, y);
        std::uint8_t* b = image.pixel(0, height - 1 - y);
        std::memcpy(tmp.data(), a, row);
        std::memcpy(a, b, row);
        std::memcpy(b, tmp.data(), row);
    }
    return image;
}

} // namespace dv
