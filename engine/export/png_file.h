#pragma once
// PNG files through libpng. Writing is atomic: the image goes to a temporary
// file in the destination folder and is renamed over the final name only when
// complete, so a failure never leaves a half-written picture behind.
#include "core/image.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace dv {

using PngText = std::vector<std::pair<std::string, std::string>>; // keyword, text (iTXt, UTF-8)

// Throws dv::Error unless a file could be created at `path` (folder exists
// and is writable, path is not a folder). Lets a caller fail before a long render.
void check_writable_destination(const std::filesystem::path& path);

void write_png(const std::filesystem::path& path, const Image& image, const PngText& text = {});

// Writes PREFIX-0001.png, PREFIX-0002.png, ... in `folder`, taking the next
// free number and never replacing a file, not even one another program
// creates at the same moment (the finished file is linked into place, which
// fails rather than overwrites). Returns the path written; throws dv::Error.
std::filesystem::path write_png_numbered(const std::filesystem::path& folder, const std::string& prefix,
                                         const Image& image, const PngText& text = {});

struct PngContents {
    Image image;
    PngText text;
};
PngContents read_png(const std::filesystem::path& path); // RGBA8; throws dv::Error

} // namespace dv
