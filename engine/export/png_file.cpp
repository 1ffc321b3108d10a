#include "export/png_file.h"

#include "core/error.h"

#include <png.h>
#include <zlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <algorithm>
#include <string>
#include <memory>

namespace dv {

namespace {

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

[[noreturn]] void png_error_to_exception(png_structp png, png_const_charp message) {
    // libpng wants a longjmp here; remember the text and jump back to the
    // setjmp in the caller, which throws from ordinary C++ code.
    auto* text = static_cast<std::string*>(png_get_error_ptr(png));
    if (text)
        *text = message;
    png_longjmp(png, 1);
}

// The libpng calls, kept apart with only plain data in scope, because
// libpng reports errors by longjmp back to the setjmp here.
std::string encode(std::FILE* file, const Image& image, png_text* chunks, int chunk_count, png_bytep* rows) {
    std::string error;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &error, png_error_to_exception, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info) {
        png_destroy_write_struct(&png, nullptr);
        return "out of memory in libpng";
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return error.empty() ? "libpng failed" : error;
    }
    png_init_io(png, file);
    // Level 1 is ten times faster than the default on 4K frames and only a
    // little larger: figures are written often, and interactively. One
    // filter (Up) with run-length matching halves the encoding time again
    // against libpng's adaptive choice of five filters per row, and the file
    // comes out smaller: figures are long runs of backdrop or transparency
    // (3840x2160 transparent figure: 300 -> 120 ms CPU, 880 -> 780 kB).
    png_set_compression_level(png, 1);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
    png_set_compression_strategy(png, Z_RLE);
    png_set_IHDR(png, info, static_cast<png_uint_32>(image.width), static_cast<png_uint_32>(image.height), 8,
                 PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_sRGB_gAMA_and_cHRM(png, info, PNG_sRGB_INTENT_PERCEPTUAL);
    if (chunk_count > 0)
        png_set_text(png, info, chunks, chunk_count);
    png_set_rows(png, info, rows);
    png_write_png(png, info, PNG_TRANSFORM_IDENTITY, nullptr);
    png_destroy_write_struct(&png, &info);
    return {};
}

std::string encode(std::FILE* file, const Image& image, const PngText& text) {
    std::vector<png_text> chunks(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        chunks[i].compression = PNG_ITXT_COMPRESSION_NONE;
        chunks[i].key = const_cast<char*>(text[i].first.c_str());
        chunks[i].text = const_cast<char*>(text[i].second.c_str());
        chunks[i].itxt_length = text[i].second.size();
    }
    std::vector<png_bytep> rows(static_cast<std::size_t>(image.height));
    for (int y = 0; y < image.height; ++y)
        rows[static_cast<std::size_t>(y)] = const_cast<png_bytep>(image.pixel(0, y));
    return encode(file, image, chunks.data(), static_cast<int>(chunks.size()), rows.data());
}

} // namespace

void check_writable_destination(const std::filesystem::path& path) {
    const std::filesystem::path folder = path.parent_path().empty() ? "." : path.parent_path();
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        throw Error("cannot write '" + path.string() + "': the folder '" + folder.string() +
                    "' does not exist; create it or choose another output path");
    if (std::filesystem::is_directory(path, ec))
        throw Error("cannot write '" + path.string() + "': it is a folder; give a file name such as " +
                    (path / "figure.png").string());
    // A device, pipe or socket: the finished file would be renamed over it
    // (as root, /dev/full itself would be replaced by a picture).
    if (const auto st = std::filesystem::status(path, ec);
        std::filesystem::exists(st) && !std::filesystem::is_regular_file(st))
        throw Error("cannot write '" + path.string() +
                    "': it is not a regular file (a device, pipe or socket); give the name of a PNG file to create");
    if (::access(folder.c_str(), W_OK | X_OK) != 0)
        throw Error("cannot write '" + path.string() + "': the folder '" + folder.string() + "' is not writable (" +
                    std::strerror(errno) + "); choose another output path");
}

namespace {

// Encodes the image into a hidden temporary file beside `path` (so that a
// rename or link into place is atomic) and returns its name; throws with
// nothing left behind.
std::string encode_to_temporary(const std::filesystem::path& path, const Image& image, const PngText& text) {
    if (image.width <= 0 || image.height <= 0 || image.rgba.size() != std::size_t(image.width) * image.height * 4)
        throw InternalError("refusing to write an empty or malformed image to '" + path.string() + "'");
    check_writable_destination(path);
    const std::filesystem::path folder = path.parent_path().empty() ? "." : path.parent_path();
    std::string temp_name = ".";
    temp_name += path.filename().string();
    temp_name += ".tmp-XXXXXX";
    std::string temp = (folder / temp_name).string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        throw Error("cannot write '" + path.string() + "': cannot create a file in '" + folder.string() +
                    "' (" + std::strerror(errno) + "); choose a writable folder");
    // mkstemp makes the file private (0600); a figure is for sharing, so it
    // gets the permissions any new file would (0666 less the umask).
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    FilePtr file(::fdopen(fd, "wb"));
    if (!file) {
        ::close(fd);
        ::unlink(temp.c_str());
        throw Error("cannot write '" + path.string() + "': " + std::strerror(errno));
    }

    errno = 0;
    std::string problem = encode(file.get(), image, text);
    // libpng says only "Write Error"; the reason (a full disk, a file-size
    // limit) is in errno.
    if (!problem.empty() && errno != 0)
        problem += std::string(" (") + std::strerror(errno) + ")";
    if (problem.empty() && (std::fflush(file.get()) != 0 || ::fsync(::fileno(file.get())) != 0))
        problem = std::strerror(errno);
    if (std::fclose(file.release()) != 0 && problem.empty())
        problem = std::strerror(errno);
    if (!problem.empty()) {
        ::unlink(temp.c_str());
        if (problem.find("No space") != std::string::npos || problem.find("too large") != std::string::npos)
            problem += " (the disk is full or a file size limit was reached; free some space or choose another folder)";
        throw Error("cannot write '" + path.string() + "': " + problem + "; nothing was written");
    }
    return temp;
}

} // namespace

void write_png(const std::filesystem::path& path, const Image& image, const PngText& text) {
    const std::string temp = encode_to_temporary(path, image, text);
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(temp.c_str());
        throw Error("cannot write '" + path.string() + "': cannot rename the finished file into place: " + why +
                    "; nothing was written");
    }
}

std::filesystem::path write_png_numbered(const std::filesystem::path& folder, const std::string& prefix,
                                         const Image& image, const PngText& text) {
    // Start after the highest number already there, so saving stays quick
    // in a folder of hundreds; link() then claims the name or fails if
    // another writer got there first, and never replaces a file.
    int next = 1;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix + "-", 0) == 0 && entry.path().extension() == ".png") {
            const std::string digits = name.substr(prefix.size() + 1, name.size() - prefix.size() - 5);
            if (!digits.empty() && digits.size() < 9 && digits.find_first_not_of("0123456789") == std::string::npos)
                next = std::max(next, std::stoi(digits) + 1);
        }
    }
    auto name_for = [&](int n) {
        char digits[16];
        std::snprintf(digits, sizeof digits, "%04d", n);
        return folder / (prefix + "-" + digits + ".png");
    };
    const std::string temp = encode_to_temporary(name_for(next), image, text);
    for (int n = next; n < next + 10000; ++n) {
        const std::filesystem::path candidate = name_for(n);
        if (::link(temp.c_str(), candidate.c_str()) == 0) {
            ::unlink(temp.c_str());
            return candidate;
        }
        if (errno != EEXIST) {
            const std::string why = std::strerror(errno);
            ::unlink(temp.c_str());
            throw Error("cannot write '" + candidate.string() + "': " + why + "; nothing was written");
        }
    }
    ::unlink(temp.c_str());
    throw Error("cannot find a free file name like '" + name_for(next).string() + "' in '" + folder.string() +
                "'; choose another folder");
}

namespace {

// Header and text chunks, by libpng's ordinary API under limits: a small file
// must not make us allocate gigabytes. The limits make libpng refuse a header
// wider or taller than any figure Dermaview writes, and stop decompressing a
// zTXt or iTXt chunk past kMaxChunkBytes. Plain data only in this function:
// libpng reports errors by longjmp to the setjmp here.
constexpr png_uint_32 kMaxReadSide = 16384;
constexpr png_alloc_size_t kMaxChunkBytes = 8u << 20;

void ignore_png_warning(png_structp, png_const_charp) {}

// libpng allocates a chunk's declared length before reading it, and does not
// hold text chunks to the limit above: a 300-byte file that declares a 2 GB
// tEXt chunk made it ask for 2 GB (found by the png_text fuzzer). A chunk
// cannot be longer than what is left of the file, so walk the chunk headers
// first and refuse the file if one lies. Leaves the file at its start.
std::string check_chunk_lengths(std::FILE* file, long& size) {
    std::fseek(file, 0, SEEK_END);
    size = std::ftell(file);
    long at = 8; // after the signature
    unsigned char header[8];
    // Every chunk whose 8-byte header is in the file, the last one too: a
    // header cut off before its CRC still made libpng allocate its length.
    while (at + 8 <= size) {
        if (std::fseek(file, at, SEEK_SET) != 0 || std::fread(header, 1, 8, file) != 8)
            break;
        const long length = long(header[0]) << 24 | long(header[1]) << 16 | long(header[2]) << 8 | long(header[3]);
        if (length > size - at - 12) {
            std::rewind(file);
            return "a chunk at byte " + std::to_string(at) + " declares " + std::to_string(length) +
                   " bytes, more than the file holds; the file is truncated or damaged";
        }
        if (std::memcmp(header + 4, "IEND", 4) == 0)
            break;
        at += long(length) + 12;
    }
    std::rewind(file);
    return {};
}

std::string read_header_and_text(std::FILE* file, PngText& text) {
    std::string error;
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &error, png_error_to_exception, ignore_png_warning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info) {
        png_destroy_read_struct(&png, &info, nullptr);
        return "out of memory in libpng";
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_read_struct(&png, &info, nullptr);
        return error.empty() ? "libpng failed" : error;
    }
    png_set_user_limits(png, kMaxReadSide, kMaxReadSide);
    png_set_chunk_malloc_max(png, kMaxChunkBytes);
    png_init_io(png, file);
    png_read_info(png, info);
    png_textp chunks = nullptr;
    const int n = png_get_text(png, info, &chunks, nullptr);
    for (int i = 0; i < n; ++i)
        text.emplace_back(chunks[i].key, std::string(chunks[i].text, chunks[i].text_length ? chunks[i].text_length
                                                                                            : chunks[i].itxt_length));
    png_destroy_read_struct(&png, &info, nullptr);
    return {};
}

// Deflate packs at most about 1032 bytes into one, and the smallest pixel
// (1 bit) becomes 4 bytes of RGBA: a file of n bytes cannot hold more pixels
// than this. A header claiming more is damage, and the buffer for it (up to
// 1 GB, zero-filled) is not allocated.
std::uint64_t max_pixels_in(long file_size) { return std::uint64_t(file_size) * 1032u * 8u + (1u << 20); }

} // namespace

PngContents read_png(const std::filesystem::path& path) {
    PngContents out;
    std::uint64_t max_pixels = 0;
    {
        // The header and text first: it refuses absurd sizes before anything
        // is allocated for the pixels.
        FilePtr file(std::fopen(path.c_str(), "rb"));
        if (!file)
            throw Error("cannot read PNG '" + path.string() + "': " + std::strerror(errno));
        long file_size = 0;
        std::string problem = check_chunk_lengths(file.get(), file_size);
        if (problem.empty())
            problem = read_header_and_text(file.get(), out.text);
        if (!problem.empty())
            throw Error("cannot read PNG '" + path.string() + "': " + problem);
        max_pixels = max_pixels_in(file_size);
    }
    png_image reader{};
    reader.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&reader, path.c_str()))
        throw Error("cannot read PNG '" + path.string() + "': " + reader.message);
    reader.format = PNG_FORMAT_RGBA;
    if (reader.width > kMaxReadSide || reader.height > kMaxReadSide) { // the file changed under us
        png_image_free(&reader);
        throw Error("cannot read PNG '" + path.string() + "': it is larger than " + std::to_string(kMaxReadSide) +
                    " pixels on a side");
    }
    if (std::uint64_t(reader.width) * reader.height > max_pixels) {
        png_image_free(&reader);
        throw Error("cannot read PNG '" + path.string() + "': its header says " + std::to_string(reader.width) + "x" +
                    std::to_string(reader.height) + " pixels, more than a file of its size can hold; the file is damaged");
    }
    out.image = Image(static_cast<int>(reader.width), static_cast<int>(reader.height));
    if (!png_image_finish_read(&reader, nullptr, out.image.rgba.data(), 0, nullptr))
        throw Error("cannot decode PNG '" + path.string() + "': " + reader.message);
    return out;
}

} // namespace dv
