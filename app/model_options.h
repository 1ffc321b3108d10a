#pragma once
// The options every verb that needs the body shares (--body, --landmarks,
// --map), and the body model built from them, the same way everywhere. The
// model itself (engine/model/body_model.h) does the work.
#include "atlas/bake.h"
#include "cli_args.h"
#include "model/body_model.h"
#include "scene/scene.h"

#include <string>

namespace dv::app {

// For verbs to add to their option tables. Functions, not globals: other
// files' option tables are built at static initialisation, in no
// guaranteed order.
cli::Option body_option();
cli::Option landmarks_option();
cli::Option map_option(); // --map ID|FILE

// Throws dv::Error for a missing or broken mesh or landmark file, and when
// the landmarks do not fit the mesh's topology.
BodyModel load_model(const Scene& scene);    // scene.body and scene.landmarks; empty: the defaults
BodyModel load_model(const cli::Args& args); // --body and --landmarks

// "C6 70 %, C5 30 %": how a point's weights read in the panel and in probe.
std::string describe_weights(const PointWeights& w);

} // namespace dv::app
