#include "core/files.h"

#include "core/error.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace dv {

std::string read_text_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("cannot read '" + path.string() + "': " + std::strerror(errno));
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace dv
