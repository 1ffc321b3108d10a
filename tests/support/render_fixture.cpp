#include "support/render_fixture.h"

#include "model/map_lookup.h"

namespace dv::test {

std::filesystem::path test_data_dir() { return DERMAVIEW_TEST_DATA_DIR; }

const BodyModel& default_model() {
    static const BodyModel model = BodyModel::load("", "", test_data_dir());
    return model;
}

const BodyMesh& default_body() { return default_model().body(); }
const LandmarkSet& default_landmarks() { return default_model().landmarks(); }
const BodyCoordinates& default_coordinates() { return default_model().coordinates(); }

MapHandle shipped_map(const std::string& id) { return default_model().map(find_map(maps_dir(test_data_dir()), id)); }

HeadlessContext& headless_context() {
    static HeadlessContext context;
    return context;
}

Renderer& body_renderer() {
    headless_context();
    static Renderer renderer(test_data_dir() / "shaders");
    static const bool uploaded = (renderer.set_body(default_model().display(kDefaultSubdivision)), true);
    (void)uploaded;
    return renderer;
}

} // namespace dv::test
