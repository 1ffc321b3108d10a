// Fuzz target: reading a PNG with its text chunks (export/png_file read_png),
// the way a saved figure is read back for its scene. A bad file may be
// refused with dv::Error; anything else escaping is a bug. read_png takes a
// path, so each input goes through one scratch file per process.
#include "core/error.h"
#include "export/png_file.h"

#include <unistd.h>
#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace {
const std::filesystem::path& scratch() {
    static const std::filesystem::path p =
        std::filesystem::temp_directory_path() / ("dermaview-fuzz-png-" + std::to_string(::getpid()) + ".png");
    return p;
}

// Mutations almost always break a chunk's CRC, and libpng then drops the
// chunk before parsing it; recomputing the CRCs lets the mutated contents
// through to the code under test.
std::vector<std::uint8_t> with_valid_crcs(const std::uint8_t* data, std::size_t size) {
    std::vector<std::uint8_t> out(data, data + size);
    auto be32 = [&](std::size_t at) {
        return std::uint32_t(out[at]) << 24 | std::uint32_t(out[at + 1]) << 16 | std::uint32_t(out[at + 2]) << 8 | out[at + 3];
    };
    for (std::size_t at = 8; at + 12 <= out.size();) {
        const std::size_t length = be32(at);
        if (length > out.size() - at - 12)
            break;
        const std::uint32_t crc = std::uint32_t(crc32(0, out.data() + at + 4, std::uint32_t(length + 4)));
        for (int i = 0; i < 4; ++i)
            out[at + 8 + length + std::size_t(i)] = std::uint8_t(crc >> (24 - 8 * i));
        at += length + 12;
    }
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::FILE* f = std::fopen(scratch().c_str(), "wb");
    if (!f)
        return 0;
    const std::vector<std::uint8_t> bytes = with_valid_crcs(data, size);
    std::fwrite(bytes.data(), 1, bytes.size(), f);
    std::fclose(f);
    try {
        const dv::PngContents png = dv::read_png(scratch());
        (void)png;
    } catch (const dv::Error&) {
    }
    std::remove(scratch().c_str());
    return 0;
}
