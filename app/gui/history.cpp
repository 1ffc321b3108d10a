#include "gui/history.h"

#include <glm/geometric.hpp>

#include <cmath>

namespace dv::app {

bool same_camera(const Camera& a, const Camera& b) {
    const float size = std::max(a.distance, 1e-3f);
    const float yaw = std::remainder(a.yaw_deg - b.yaw_deg, 360.0f);
    return glm::length(a.target - b.target) < 1e-4f * size && std::abs(yaw) < 1e-3f &&
           std::abs(a.pitch_deg - b.pitch_deg) < 1e-3f && std::abs(a.distance - b.distance) < 1e-4f * size &&
           std::abs(a.fov_y_deg - b.fov_y_deg) < 1e-3f && std::abs(a.shift_x - b.shift_x) < 1e-4f;
}

void History::observe(const Scene& scene, const Camera& camera) {
    if (!current_) {
        current_ = ShownState{scene, camera};
        return;
    }
    if (current_->scene == scene && same_camera(current_->camera, camera))
        return;
    undo_.push_back(*current_);
    if (undo_.size() > kMaxSteps)
        undo_.erase(undo_.begin());
    redo_.clear();
    current_ = ShownState{scene, camera};
}

std::optional<ShownState> History::undo() {
    if (undo_.empty() || !current_)
        return std::nullopt;
    redo_.push_back(*current_);
    current_ = undo_.back();
    undo_.pop_back();
    return current_;
}

std::optional<ShownState> History::redo() {
    if (redo_.empty() || !current_)
        return std::nullopt;
    undo_.push_back(*current_);
    current_ = redo_.back();
    redo_.pop_back();
    return current_;
}

} // namespace dv::app
