#include "core/user_folders.h"

#include <cstdlib>
#include <fstream>
#include <string>

namespace dv {

namespace {

std::filesystem::path home() {
    const char* h = std::getenv("HOME");
    return h && *h ? std::filesystem::path(h) : std::filesystem::temp_directory_path();
}

// user-dirs.dirs holds shell assignments: XDG_PICTURES_DIR="$HOME/Bilder".
std::filesystem::path from_user_dirs_file() {
    const char* config = std::getenv("XDG_CONFIG_HOME");
    const std::filesystem::path file =
        (config && *config ? std::filesystem::path(config) : home() / ".config") / "user-dirs.dirs";
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        const std::string key = "XDG_PICTURES_DIR=";
        if (line.rfind(key, 0) != 0)
            continue;
        std::string value = line.substr(key.size());
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.substr(1, value.size() - 2);
        if (value.rfind("$HOME", 0) == 0)
            return home() / value.substr(value.size() > 5 && value[5] == '/' ? 6 : 5);
        if (!value.empty() && value.front() == '/')
            return value;
    }
    return {};
}

} // namespace

std::filesystem::path pictures_folder() {
    if (const char* env = std::getenv("XDG_PICTURES_DIR"); env && *env)
        return env;
    if (const std::filesystem::path p = from_user_dirs_file(); !p.empty())
        return p;
    return home() / "Pictures";
}

std::filesystem::path config_folder() {
    const char* config = std::getenv("XDG_CONFIG_HOME");
    return (config && *config ? std::filesystem::path(config) : home() / ".config") / "dermaview";
}

std::filesystem::path default_screenshot_folder() { return pictures_folder() / "Dermaview"; }

} // namespace dv
