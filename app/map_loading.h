#pragma once
// Finding, loading and baking a map the same way in every verb.
#include "atlas/bake.h"
#include "atlas/dermatome_map.h"
#include "cli_args.h"

#include <filesystem>
#include <string>
#include <vector>

namespace dv::app {

std::filesystem::path maps_dir();
cli::Option map_option(); // --map ID|FILE

struct LoadedMap {
    DermatomeMap map;
    BakedMap baked;
    std::filesystem::file_time_type modified{};
};

// Throws MapError / Error with every problem of the file.
LoadedMap load_and_bake(const std::filesystem::path& file, const SurfaceMesh& skin, const BodyCoordinates& coords);

// "C6 70 %, C5 30 %": how a point's weights read in the panel and in probe.
std::string describe_weights(const PointWeights& w);

} // namespace dv::app
