#include "support/render_fixture.h"

#include "core/data_paths.h"

namespace dv::test {

std::filesystem::path test_data_dir() { return DERMAVIEW_TEST_DATA_DIR; }

const BodyMesh& default_body() {
    static const BodyMesh body = import_body(default_body_path());
    return body;
}

HeadlessContext& headless_context() {
    static HeadlessContext context;
    return context;
}

const LandmarkSet& default_landmarks() {
    static const LandmarkSet set = load_landmarks(default_landmarks_path(test_data_dir()));
    return set;
}

const BodyCoordinates& default_coordinates() {
    static const BodyCoordinates coords = compute_body_coordinates(default_body().skin, default_landmarks());
    return coords;
}

Renderer& body_renderer() {
    headless_context();
    static Renderer renderer(test_data_dir() / "shaders");
    static const bool uploaded = (renderer.set_body(default_body()), true);
    (void)uploaded;
    return renderer;
}

} // namespace dv::test
