#include "gui/lesion_panel.h"

#include "clinical/lesion.h"
#include "core/error.h"
#include "gui/ui_controls.h"

#include <glm/geometric.hpp>
#include <imgui.h>

#include <algorithm>

namespace dv::app {

void add_dab(LesionPanelState& state, glm::vec3 point) {
    const bool near = std::any_of(state.dabs.begin(), state.dabs.end(), [&](glm::vec3 d) {
        return glm::distance(d, point) < 0.5f * kPatchDabRadius;
    });
    if (!near)
        state.dabs.push_back(point);
}

namespace {
void draw_modality(Scene& scene) {
    int modality = int(scene.sensory);
    ui::radio("Both modalities", &modality, int(SensoryModality::Both));
    ImGui::SameLine();
    ui::radio("Touch", &modality, int(SensoryModality::LightTouch));
    ImGui::SameLine();
    ui::radio("Pin prick", &modality, int(SensoryModality::PinPrick));
    scene.sensory = SensoryModality(modality);
}

void draw_patch(Scene& scene, LesionPanelState& state) {
    ImGui::Separator();
    ui::checkbox("Paint a patch", &state.painting);
    if (state.painting) {
        ImGui::TextDisabled("Left-click or drag on the body to paint");
        scene.display = DisplayMode::Sensory; // the patch shows in amber
    }
    ImGui::BeginDisabled(state.dabs.empty());
    if (ui::button("Explain patch"))
        state.explain_requested = true;
    ImGui::SameLine();
    if (ui::button("Clear patch")) {
        state.dabs.clear();
        state.explanation.clear();
    }
    ImGui::EndDisabled();
    if (!state.explanation.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(state.explanation.c_str());
        ImGui::PopTextWrapPos();
    }
}
} // namespace

void draw_lesion_panel(Scene& scene, LesionPanelState& state) {
    if (!ui::header("Lesion", false))
        return;
    ImGui::PushItemWidth(-ImGui::CalcTextSize("Lesion phrase").x - ImGui::GetStyle().ItemInnerSpacing.x);
    ui::input_text("Lesion phrase", state.phrase);
    ImGui::PopItemWidth();
    if (ui::button("Apply lesion")) {
        try {
            scene.lesion = lesion_text(parse_lesion(state.phrase));
            scene.display = DisplayMode::Sensory;
            state.error.clear();
        } catch (const Error& e) {
            state.error = e.what();
        }
    }
    ImGui::SameLine();
    if (ui::button("Clear lesion")) {
        scene.lesion.clear();
        if (state.dabs.empty())
            scene.display = DisplayMode::Dermatomes;
    }
    ImGui::PushTextWrapPos(0.0f);
    if (!state.error.empty())
        ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1.0f), "%s", state.error.c_str());
    else if (!scene.lesion.empty())
        ImGui::TextUnformatted(lesion_title(parse_lesion(scene.lesion)).c_str());
    ImGui::PopTextWrapPos();
    draw_modality(scene);
    draw_patch(scene, state);
}

} // namespace dv::app
