#pragma once
// Where the camera turns when Up/Down or the sweep lights a level: the
// front for the trunk, arms and the front of the legs, the back for C2
// (the occiput) and S1-S2 (calf, sole, back of the thigh), and the saddle
// view (from behind and below, close) for S3-Co1, so no level is lit out
// of sight.
#include "atlas/levels.h"
#include "gui/camera_input.h"

namespace dv::app {

Camera camera_facing(Level level, const CameraInput& input, int fb_width, int fb_height);

} // namespace dv::app
