#pragma once
// The scene as the part of a link after '#': "map=evidence&levels=T4,T10&view=posterior".
// The keys are the window's command-line flags without their dashes
// (app/scene_options.h), so a link and a command line say the same things
// and are read by the same code; a flag without a value is a bare key
// ("no-borders"). Only what differs from the defaults is written.
#include "scene/scene.h"

#include <string>
#include <vector>

namespace dv::app {

std::string scene_link(const Scene& scene);

// "map=evidence&levels=T4" -> {"--map", "evidence", "--levels", "T4"}, for
// cli::Args with scene_options(); percent escapes are decoded. A key that
// is no flag is left for the parser to refuse with its usual message.
std::vector<std::string> link_to_flags(const std::string& link);

} // namespace dv::app
