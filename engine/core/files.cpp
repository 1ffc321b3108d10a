#include "core/files.h"

#include "core/error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include <sys/stat.h>
#include <unistd.h>

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

void write_text_file(const std::filesystem::path& path, const std::string& text) {
    const std::filesystem::path folder = path.parent_path().empty() ? "." : path.parent_path();
    std::string temp = (folder / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        throw Error("cannot write '" + path.string() + "': cannot create a file in '" + folder.string() + "' (" +
                    std::strerror(errno) + "); choose a writable folder");
    // As any new file would be (mkstemp makes it private).
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    std::string problem;
    for (std::size_t done = 0; done < text.size() && problem.empty();) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno != EINTR)
            problem = std::strerror(errno);
        else if (n > 0)
            done += std::size_t(n);
    }
    if (problem.empty() && ::fsync(fd) != 0)
        problem = std::strerror(errno);
    if (::close(fd) != 0 && problem.empty())
        problem = std::strerror(errno);
    if (problem.empty() && std::rename(temp.c_str(), path.c_str()) != 0)
        problem = std::string("cannot rename the finished file into place: ") + std::strerror(errno);
    if (!problem.empty()) {
        ::unlink(temp.c_str());
        throw Error("cannot write '" + path.string() + "': " + problem + "; nothing was written");
    }
}

} // namespace dv
