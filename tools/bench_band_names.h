#pragma once
// What naming the bands costs a figure (docs/performance.md): a 1600x1600
// full chart with and without --band-labels, in this process, taking turns.
#include "model/body_model.h"
#include "render/renderer.h"

#include <filesystem>

namespace dv::bench {

// Prints the times and returns the ratio of the medians (with / without).
double band_name_ratio(const BodyModel& model, Renderer& renderer, const std::filesystem::path& map_file);

} // namespace dv::bench
