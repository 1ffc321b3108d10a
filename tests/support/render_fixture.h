#pragma once
// One headless GL context, renderer and default body for all render tests in
// the process: creating them is the slow part, the renders themselves are not.
#include "body/body_coordinates.h"
#include "body/body_mesh.h"
#include "body/landmarks.h"
#include "render/headless_context.h"
#include "render/renderer.h"

#include <filesystem>

namespace dv::test {

std::filesystem::path test_data_dir();   // the build tree's share/dermaview
const BodyMesh& default_body();          // imported once
HeadlessContext& headless_context();     // created once, current for the process
Renderer& body_renderer();               // with default_body() uploaded
const LandmarkSet& default_landmarks();  // the shipped MakeHuman landmarks
const BodyCoordinates& default_coordinates(); // of default_body(), computed once

} // namespace dv::test
