#pragma once
// What the window remembers between runs (docs/window.md): the figures
// folder, the last map and where the caption and colour key were dragged, in a small JSON file in the user's config folder
// (core/user_folders.h). The panel's layout is Dear ImGui's own ini file
// beside it. A missing file is a first run; a bad one is told and ignored,
// never a reason not to open. No ImGui here, so tests can read and write it.
#include "gui/overlay_spot.h"

#include <filesystem>
#include <string>

namespace dv::app {

struct WindowPrefs {
    std::string figures_folder; // empty: the default (pictures folder)
    std::string map;            // empty: the default map
    OverlaySpots overlays;      // not placed by hand: where the window lays them out
};

// Reads the file. Missing: defaults and no problem. Unreadable or not what it
// should be: defaults, and `problem` says what, where and what to do.
WindowPrefs load_prefs(const std::filesystem::path& file, std::string& problem);
// Writes it, making its folder; returns what went wrong, or nothing.
std::string save_prefs(const std::filesystem::path& file, const WindowPrefs& prefs);

} // namespace dv::app
