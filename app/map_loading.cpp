#include "map_loading.h"

#include "verb_support.h"

#include <cmath>

namespace dv::app {

std::filesystem::path maps_dir() { return data_dir() / "assets" / "maps"; }

cli::Option map_option() {
    return {"--map", "", "ID|FILE", "dermatome map: classical, evidence, or a map file (default classical)"};
}

LoadedMap load_and_bake(const std::filesystem::path& file, const SurfaceMesh& skin, const BodyCoordinates& coords) {
    LoadedMap loaded;
    std::error_code ec;
    loaded.modified = std::filesystem::last_write_time(file, ec);
    loaded.map = load_map(file);
    loaded.baked = bake_map(loaded.map, skin, coords);
    return loaded;
}

std::string describe_weights(const PointWeights& w) {
    std::string out;
    for (int i = 0; i < w.count; ++i) {
        const LevelWeight& e = w.entries[std::size_t(i)];
        if (!out.empty())
            out += ", ";
        out += level_name(e.level);
        if (w.count > 1 || e.weight < 0.995f)
            out += " " + std::to_string(int(std::lround(e.weight * 100.0f))) + " %";
    }
    return out.empty() ? "nothing" : out;
}

} // namespace dv::app
