#include "gui/body_pipeline.h"

#include <chrono>

namespace dv::app {

namespace {
double ms_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}
template <class F>
auto timed(double& ms, F&& f) {
    const auto t0 = std::chrono::steady_clock::now();
    auto result = f();
    ms = ms_since(t0);
    return result;
}
} // namespace

BodyPipeline::BodyPipeline(const Scene& scene)
    : loaded(timed(import_ms, [&] { return load_body(scene); })),
      coordinates(timed(coordinates_ms, [&] { return compute_body_coordinates(loaded.body.skin, loaded.landmarks); })),
      fields(make_skin_display_fields(coordinates)), caster(loaded.body.skin) {}

} // namespace dv::app
