#pragma once
// The one way every host turns "a map id or a path" into a map file: an id
// names a file in the data folder's assets/maps ("classical" is
// assets/maps/classical.json); anything with a '/' or ending in .json is a
// path. The window, `render`, `probe`, the bench and the tests all come here.
#include <filesystem>
#include <string>
#include <vector>

namespace dv {

std::filesystem::path maps_dir(const std::filesystem::path& data_dir); // <data_dir>/assets/maps

// All maps in a folder, sorted by file name (so by id).
std::vector<std::filesystem::path> map_files(const std::filesystem::path& maps_dir);

// The file for an id ("classical") or a path ("assets/maps/mine.json").
// Throws dv::Error naming the ids on offer, or the path that does not exist.
std::filesystem::path find_map(const std::filesystem::path& maps_dir, const std::string& id_or_path);

} // namespace dv
