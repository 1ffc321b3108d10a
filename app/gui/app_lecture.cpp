// The App's steps for lectures and presentation mode: the presenter's keys,
// a step put on screen with the camera's eased move and the maps'
// cross-fade, the step's caption, and the level named large as it changes.
#include "gui/app.h"

#include "gui/sweep_view.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>

namespace dv::app {

namespace {
constexpr float kStepSeconds = 0.8f;   // a step's camera move: slow enough for a hall to follow
constexpr float kBannerSeconds = 1.5f; // the level's name, large, after it changes
} // namespace

std::vector<int> App::lecture_input(std::span<const int> keys) {
    std::vector<int> rest;
    const bool typing = ImGui::GetIO().WantCaptureKeyboard;
    for (int key : keys) {
        const LectureKey k = lecture_ && !typing ? lecture_key(key, ImGui::GetIO().KeyCtrl) : LectureKey::None;
        if (k == LectureKey::Next || k == LectureKey::Previous) {
            if (lecture_->move(k == LectureKey::Next ? +1 : -1))
                show_step(true);
        } else if (k == LectureKey::AddStep) {
            LectureStep step{figure_scene(), "Step " + std::to_string(lecture_->index() + 2)};
            bool ok = false;
            figure_.tell(lecture_->add(std::move(step), ok), !ok);
        } else {
            rest.push_back(key);
        }
    }
    return rest;
}

void App::show_step(bool animate) {
    const Scene& step = lecture_->current().scene;
    Scene next = step;
    next.body = scene_.body; // the window has one body
    next.landmarks = scene_.landmarks;
    next.camera.reset();     // the window's camera is CameraInput's
    scene_ = next;
    sweep_ = {};
    const Camera framed = input_.framed(step.view, fb_w_, fb_h_);
    Camera to = step.camera.value_or(framed);
    to.shift_x = framed.shift_x; // the panel's room, when it is shown
    if (animate)
        input_.transition.start(input_.camera, to, kStepSeconds);
    else
        input_.camera = to;
}

void App::set_presenting(bool on) {
    presenting_ = on;
    window_.set_fullscreen(on);
    window_.set_large_text(on);
    // The panel's room comes and goes with it; the views are framed anew.
    input_.left_inset = on ? 0.0f : kPanelInset * ImGui::GetIO().DisplayFramebufferScale.x;
    window_.framebuffer_size(fb_w_, fb_h_);
    if (lecture_)
        show_step(true);
}

void App::face_lit_level() {
    if (scene_.levels.size() != 1)
        return;
    input_.transition.start(input_.camera, camera_facing(scene_.levels.front(), input_, fb_w_, fb_h_), 0.5f);
}

void App::draw_lecture_overlays(float dt) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    const float left = presenting_ ? 0.0f : panel_.rect().x1;
    const float mid = 0.5f * (left + size.x);
    if (lecture_) {
        const std::string& caption = lecture_->current().caption;
        const std::string count =
            std::to_string(lecture_->index() + 1) + " / " + std::to_string(lecture_->lecture().steps.size());
        const float room = std::max(200.0f, size.x - left - 80.0f);
        const ImVec2 text = ImGui::CalcTextSize(caption.c_str(), nullptr, false, room);
        const ImVec2 at(mid - 0.5f * text.x, size.y - text.y - 24.0f);
        if (!caption.empty()) {
            dl->AddRectFilled(ImVec2(at.x - 12, at.y - 8), ImVec2(at.x + text.x + 12, at.y + text.y + 8),
                              IM_COL32(12, 14, 18, 215), 6.0f);
            dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, IM_COL32(250, 250, 245, 255), caption.c_str(),
                        nullptr, room);
        }
        dl->AddText(ImVec2(size.x - ImGui::CalcTextSize(count.c_str()).x - 14.0f, size.y - ImGui::GetFontSize() - 10.0f),
                    IM_COL32(200, 205, 215, 255), count.c_str());
    }
    // The lit level's name, large, for a moment after it changes.
    if (scene_.levels != shown_levels_) {
        shown_levels_ = scene_.levels;
        banner_seconds_ = scene_.levels.empty() ? 0.0f : kBannerSeconds;
    }
    banner_seconds_ = std::max(0.0f, banner_seconds_ - dt);
    if (banner_seconds_ > 0.0f && presenting_) {
        std::string names;
        for (Level l : scene_.levels)
            names += (names.empty() ? "" : ", ") + level_name(l);
        const float font = 2.0f * ImGui::GetFontSize();
        const ImVec2 text = ImGui::GetFont()->CalcTextSizeA(font, 1e9f, 0.0f, names.c_str());
        const auto alpha = static_cast<unsigned>(255.0f * std::min(1.0f, banner_seconds_ / 0.4f));
        dl->AddText(ImGui::GetFont(), font, ImVec2(mid - 0.5f * text.x, 0.12f * size.y), IM_COL32(250, 250, 245, alpha),
                    names.c_str());
    }
}

} // namespace dv::app
