#pragma once
// Where the program finds its shaders, its assets and the default body.
#include <filesystem>

namespace dv {

// <prefix>/share/dermaview for a binary in <prefix>/bin: the same layout in
// the build tree and after `cmake --install`. DERMAVIEW_DATA_DIR overrides it.
std::filesystem::path data_dir_for_executable(const std::filesystem::path& executable);

// The folder of the running executable (from /proc/self/exe).
std::filesystem::path running_executable();

// The default body, <data>/bodies/makehuman-base.zae: the MakeHuman base mesh
// that the build copies in from Debian's assimp-testmodels and installs with
// the program (docs/install.md). Throws dv::Error when it is not there.
std::filesystem::path default_body_path();

} // namespace dv
