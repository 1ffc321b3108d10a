#include "support/render_fixture.h"

#include "model/map_lookup.h"
#include "render/picking.h"

#include <map>
#include <memory>
#include <utility>

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

Camera front_view(int w, int h) {
    return frame_view(StandardView::Anterior, default_body().bounds(), float(w) / float(h));
}

glm::vec3 landmark_colour(const Image& img, const Camera& camera, const std::string& landmark, Side side) {
    const glm::vec3 p = default_landmarks().position(default_body().skin, landmark, side);
    const glm::vec2 at = project_to_pixel(camera, img.width, img.height, p).value();
    glm::vec3 sum(0.0f);
    for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx) {
            const std::uint8_t* px = img.pixel(int(at.x) + dx, int(at.y) + dy);
            sum += glm::vec3(px[0], px[1], px[2]);
        }
    return sum / 25.0f;
}

MapRenderer map_renderer(const std::string& shown, const std::string& compared) {
    struct Held {
        Renderer renderer{test_data_dir() / "shaders"};
        MapSlots slots;
    };
    headless_context(); // first: statics made after it are destroyed before it, while GL still works
    static std::map<std::pair<std::string, std::string>, std::unique_ptr<Held>> held;
    std::unique_ptr<Held>& h = held[{shown, compared}];
    if (!h) {
        h = std::make_unique<Held>();
        h->slots.show(shipped_map(shown), false);
        if (!compared.empty())
            h->slots.compare_with(shipped_map(compared));
    }
    h->slots.sync(h->renderer, default_model(), kDefaultSubdivision);
    return {h->renderer, h->slots};
}

} // namespace dv::test
