// PNG files in the browser build, which has no libpng: the page's file
// system is in memory and private to the page, so a figure is encoded
// whole, written, and the page offers it as a download (app/web, docs/web.md).
// The image data is stored, not compressed (deflate's "stored" blocks):
// exact and simple, but large (a 2000x1400 figure is 11 MB where the
// desktop's is under 1 MB). Reading PNG files (a figure's scene) is a
// desktop feature.
#include "export/png_file.h"

#include "core/error.h"

#include <array>
#include <cstdio>
#include <fstream>

namespace dv {

namespace {

std::uint32_t crc32(const std::uint8_t* data, std::size_t n, std::uint32_t crc = 0) {
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (std::size_t i = 0; i < n; ++i)
        crc = table[(crc ^ data[i]) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

void put_u32_be(std::vector<std::uint8_t>& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<std::uint8_t>(v >> shift));
}

void put_chunk(std::vector<std::uint8_t>& out, const char* type, const std::vector<std::uint8_t>& data) {
    put_u32_be(out, static_cast<std::uint32_t>(data.size()));
    const std::size_t start = out.size();
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), data.begin(), data.end());
    put_u32_be(out, crc32(out.data() + start, out.size() - start));
}

// The rows, each with filter byte 0, as a zlib stream of stored blocks.
std::vector<std::uint8_t> zlib_stored(const Image& image) {
    std::vector<std::uint8_t> raw;
    const std::size_t row = std::size_t(image.width) * 4;
    raw.reserve((row + 1) * std::size_t(image.height));
    for (int y = 0; y < image.height; ++y) {
        raw.push_back(0);
        raw.insert(raw.end(), image.pixel(0, y), image.pixel(0, y) + row);
    }
    std::vector<std::uint8_t> z = {0x78, 0x01};
    std::uint32_t a = 1, b = 0; // Adler-32
    for (std::size_t at = 0; at < raw.size() || at == 0; at += 65535) {
        const std::size_t n = std::min<std::size_t>(65535, raw.size() - at);
        z.push_back(at + n >= raw.size() ? 1 : 0);
        z.push_back(static_cast<std::uint8_t>(n));
        z.push_back(static_cast<std::uint8_t>(n >> 8));
        z.push_back(static_cast<std::uint8_t>(~n));
        z.push_back(static_cast<std::uint8_t>(~n >> 8));
        z.insert(z.end(), raw.begin() + static_cast<std::ptrdiff_t>(at), raw.begin() + static_cast<std::ptrdiff_t>(at + n));
        for (std::size_t i = at; i < at + n; ++i) {
            a = (a + raw[i]) % 65521u;
            b = (b + a) % 65521u;
        }
        if (raw.empty())
            break;
    }
    put_u32_be(z, (b << 16) | a);
    return z;
}

std::vector<std::uint8_t> encode(const Image& image, const PngText& text) {
    std::vector<std::uint8_t> out = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    std::vector<std::uint8_t> header;
    put_u32_be(header, static_cast<std::uint32_t>(image.width));
    put_u32_be(header, static_cast<std::uint32_t>(image.height));
    header.insert(header.end(), {8, 6, 0, 0, 0}); // 8-bit RGBA, deflate, no interlace
    put_chunk(out, "IHDR", header);
    put_chunk(out, "sRGB", {0});
    for (const auto& [key, value] : text) { // iTXt, uncompressed, no language
        std::vector<std::uint8_t> chunk(key.begin(), key.end());
        chunk.insert(chunk.end(), {0, 0, 0, 0, 0});
        chunk.insert(chunk.end(), value.begin(), value.end());
        put_chunk(out, "iTXt", chunk);
    }
    put_chunk(out, "IDAT", zlib_stored(image));
    put_chunk(out, "IEND", {});
    return out;
}

} // namespace

void check_writable_destination(const std::filesystem::path& path) {
    const std::filesystem::path folder = path.parent_path().empty() ? "." : path.parent_path();
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        throw Error("cannot write '" + path.string() + "': the folder '" + folder.string() + "' does not exist");
}

void write_png(const std::filesystem::path& path, const Image& image, const PngText& text) {
    if (image.width <= 0 || image.height <= 0 || image.rgba.size() != std::size_t(image.width) * image.height * 4)
        throw InternalError("refusing to write an empty or malformed image to '" + path.string() + "'");
    check_writable_destination(path);
    const std::vector<std::uint8_t> bytes = encode(image, text);
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    if (!f || !f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size())) ||
        !f.flush())
        throw Error("cannot write '" + path.string() + "': the page's memory is full; reload the page");
}

std::filesystem::path write_png_numbered(const std::filesystem::path& folder, const std::string& prefix,
                                         const Image& image, const PngText& text) {
    // One page, one thread: the first free number is ours.
    for (int n = 1; n < 100000; ++n) {
        char digits[16];
        std::snprintf(digits, sizeof digits, "%04d", n);
        const std::filesystem::path candidate = folder / (prefix + "-" + digits + ".png");
        std::error_code ec;
        if (!std::filesystem::exists(candidate, ec)) {
            write_png(candidate, image, text);
            return candidate;
        }
    }
    throw Error("cannot find a free file name for a figure in '" + folder.string() + "'");
}

PngContents read_png(const std::filesystem::path& path) {
    throw Error("cannot read PNG '" + path.string() + "': reading figures back is a desktop feature, not in the browser");
}

} // namespace dv
