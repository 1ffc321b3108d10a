#pragma once
// The user's folders by the XDG conventions desktops follow.
#include <filesystem>

namespace dv {

// $XDG_PICTURES_DIR, else XDG_PICTURES_DIR in ~/.config/user-dirs.dirs (what
// `xdg-user-dir PICTURES` reads), else ~/Pictures.
std::filesystem::path pictures_folder();

// Where Dermaview keeps what the window remembers (its preferences, the
// panel's layout): $XDG_CONFIG_HOME/dermaview, else ~/.config/dermaview.
std::filesystem::path config_folder();

// Where the window saves figures unless told otherwise: <pictures>/Dermaview.
std::filesystem::path default_screenshot_folder();

} // namespace dv
