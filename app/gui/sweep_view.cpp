#include "gui/sweep_view.h"

namespace dv::app {

Camera camera_facing(Level level, const CameraInput& input, int fb_width, int fb_height) {
    const auto is = [&](const char* first, const char* last) {
        return level >= parse_level(first).value_or(0) && level <= parse_level(last).value_or(0);
    };
    if (is("S3", "Co1")) {
        // The perineum from behind and below, closer than the whole body.
        Camera c = input.framed(StandardView::Posterior, fb_width, fb_height);
        const Bounds& b = input.body_bounds;
        c.target.y = b.min.y + 0.47f * (b.max.y - b.min.y);
        c.pitch_deg = -40.0f;
        c.distance *= 0.45f;
        return c;
    }
    const bool back = is("C2", "C2") || is("S1", "S2");
    return input.framed(back ? StandardView::Posterior : StandardView::Anterior, fb_width, fb_height);
}

} // namespace dv::app
