#include "core/data_paths.h"

#include "core/error.h"

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

std::filesystem::path default_body_path() {
    // The file name comes from cmake/DefaultBody.cmake, which puts the body there.
    const std::filesystem::path body = data_dir_for_executable(running_executable()) / DERMAVIEW_DEFAULT_BODY_FILE;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(body, ec))
        throw Error("the default body '" + body.string() +
                    "' is missing: the installation is incomplete. Reinstall (cmake --install or the .deb), "
                    "point DERMAVIEW_DATA_DIR at the folder that holds bodies/, or give a body with --body FILE");
    return body;
}

} // namespace dv
