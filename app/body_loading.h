#pragma once
// Loading the body and its landmarks the same way in every verb: --body and
// --landmarks, defaults from the data folder, and the topology check.
#include "body/body_mesh.h"
#include "body/landmarks.h"
#include "cli_args.h"
#include "scene/scene.h"

#include <vector>

namespace dv::app {

// The --body and --landmarks options, for verbs to add to their tables.
// Functions, not globals: other files' option tables are built at static
// initialisation, in no guaranteed order.
cli::Option body_option();
cli::Option landmarks_option();

struct LoadedBody {
    BodyMesh body;
    LandmarkSet landmarks;
};

// Throws dv::Error for a missing or broken mesh or landmark file, and when the
// landmarks do not fit the mesh's topology.
LoadedBody load_body(const Scene& scene); // scene.body and scene.landmarks; empty: the defaults
LoadedBody load_body(const cli::Args& args); // --body and --landmarks

} // namespace dv::app
