#include "core/files.h"

#include "core/error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace dv {

std::string read_text_file(const std::filesystem::path& path, std::size_t max_bytes) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(status))
        throw Error("cannot read '" + path.string() + "': it is a folder; give a file");
    // A device or a pipe could stream forever: /dev/zero as a map file.
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
        throw Error("cannot read '" + path.string() + "': it is not a regular file (a device, pipe or socket)");
    if (const auto size = std::filesystem::file_size(path, ec); !ec && size > max_bytes) {
        char mb[32];
        std::snprintf(mb, sizeof mb, "%.1f MB", double(size) / double(1u << 20));
        throw Error("cannot read '" + path.string() + "': it is " + mb + ", far larger than any file of this kind (at most " +
                    std::to_string(max_bytes >> 20) + " MB); check that it is the right file");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("cannot read '" + path.string() + "': " + std::strerror(errno));
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace dv
