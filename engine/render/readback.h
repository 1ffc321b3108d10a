#pragma once
#include "core/image.h"

namespace dv {

// Reads the colour of `framebuffer` (0: the window's back buffer) into an
// image, top row first.
Image read_framebuffer(unsigned framebuffer, int width, int height);

} // namespace dv
