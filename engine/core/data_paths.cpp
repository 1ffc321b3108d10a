#include "core/data_paths.h"

#include <cstdlib>

namespace dv {

std::filesystem::path data_dir_for_executable(const std::filesystem::path& executable) {
    if (const char* env = std::getenv("DERMAVIEW_DATA_DIR"); env && *env)
        return env;
    return executable.parent_path().parent_path() / "share" / "dermaview";
}

std::filesystem::path running_executable() {
    std::error_code ec;
    return std::filesystem::read_symlink("/proc/self/exe", ec);
}

std::filesystem::path default_body_path() { return DERMAVIEW_DEFAULT_BODY; }

} // namespace dv
