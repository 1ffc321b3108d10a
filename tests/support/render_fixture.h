#pragma once
// One headless GL context, renderer and body model for all render tests in
// the process: creating them is the slow part, the renders themselves are not.
#include "model/body_model.h"
#include "model/map_slots.h"
#include "render/headless_context.h"
#include "render/renderer.h"

#include <glm/vec3.hpp>

#include <filesystem>
#include <string>

namespace dv::test {

std::filesystem::path test_data_dir();   // the build tree's share/dermaview
const BodyModel& default_model();        // the default body and landmarks; its caches fill as tests ask
const BodyMesh& default_body();          // default_model().body()
HeadlessContext& headless_context();     // created once, current for the process
Renderer& body_renderer();               // with default_body() uploaded at the default level, no fields
const LandmarkSet& default_landmarks();  // default_model().landmarks()
const BodyCoordinates& default_coordinates(); // default_model().coordinates()
MapHandle shipped_map(const std::string& id); // "classical" or "evidence", baked onto the default body

// The whole default body from the front, framed for a w x h image.
Camera front_view(int w, int h);
// The mean colour (0..255 per channel) of the 5x5 pixels around where the
// landmark appears in `img`, drawn w x h from `camera`.
glm::vec3 landmark_colour(const Image& img, const Camera& camera, const std::string& landmark, Side side);

// A renderer of its own with the default body and shipped maps in its slots
// as a host's MapSlots hold them: `shown` and, unless empty, `compared`.
// One per pair of ids, kept for the process; the slots are synced on every
// call (a renderer's body upload drops its maps).
struct MapRenderer {
    Renderer& renderer;
    MapSlots& slots;
};
MapRenderer map_renderer(const std::string& shown, const std::string& compared = "");

} // namespace dv::test
