#include "model/map_lookup.h"

#include "core/error.h"

#include <algorithm>

namespace dv {

std::filesystem::path maps_dir(const std::filesystem::path& data_dir) { return data_dir / "assets" / "maps"; }

std::vector<std::filesystem::path> map_files(const std::filesystem::path& maps_dir) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(maps_dir, ec))
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::filesystem::path find_map(const std::filesystem::path& maps_dir, const std::string& id_or_path) {
    if (id_or_path.find('/') != std::string::npos || id_or_path.ends_with(".json")) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(id_or_path, ec))
            throw Error("map file '" + id_or_path + "' does not exist");
        return id_or_path;
    }
    std::string ids;
    for (const auto& file : map_files(maps_dir)) {
        if (file.stem() == id_or_path)
            return file;
        ids += (ids.empty() ? "" : ", ") + file.stem().string();
    }
    throw Error("no map called '" + id_or_path + "'; the maps on offer are: " + (ids.empty() ? "none" : ids) +
                " (in " + maps_dir.string() + "), or give a map file's path");
}

} // namespace dv
