#include "gui/panel.h"

#include "gui/camera_input.h"

#include <imgui.h>

#include <string>

namespace dv::app {

namespace {
std::string capitalised(std::string_view s) {
    std::string out(s);
    if (!out.empty())
        out[0] = static_cast<char>(out[0] - ('a' <= out[0] && out[0] <= 'z' ? 'a' - 'A' : 0));
    return out;
}
} // namespace

std::optional<StandardView> draw_panel(PanelState& state) {
    std::optional<StandardView> requested;
    ImGui::SetNextWindowPos(ImVec2(12, 12), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(300, 0), ImGuiCond_FirstUseEver);
    ImGui::Begin("Dermaview");

    if (ImGui::CollapsingHeader("View", ImGuiTreeNodeFlags_DefaultOpen)) {
        for (int i = 0; i < 6; ++i) {
            const ViewKey& k = kViewKeys[i];
            const std::string label = capitalised(view_name(k.view)) + " [" + k.label + "]";
            if (ImGui::Button(label.c_str(), ImVec2(136, 0)))
                requested = k.view;
            if (i % 2 == 0)
                ImGui::SameLine();
        }
        if (ImGui::Button("Home [Home / 0]", ImVec2(-1, 0)))
            requested = StandardView::Anterior;
        ImGui::TextDisabled("Left-drag: orbit   Wheel: zoom");
        ImGui::TextDisabled("Right-drag or Shift+left-drag: pan");
    }

    if (ImGui::CollapsingHeader("Display", ImGuiTreeNodeFlags_DefaultOpen)) {
        const char* modes[] = {"Skin", "Regions", "Along limb, 0-1", "Around limb, deg", "Spinal level"};
        ImGui::Combo("Show", &state.display.mode, modes, IM_ARRAYSIZE(modes));
        ImGui::SliderInt("Smoothing", &state.display.subdivision, 0, 2, "%d subdivision levels");
        ImGui::Checkbox("Landmark dots", &state.display.landmarks);
        ImGui::SameLine();
        ImGui::Checkbox("Teaching labels", &state.display.callouts);
        if (state.display.landmarks) {
            ImGui::SameLine();
            ImGui::Checkbox("Names", &state.display.all_names);
        }
        if (state.display.mode >= 2)
            ImGui::TextDisabled("Lines every %s; grey: no value here",
                                state.display.mode == 2 ? "0.1" : state.display.mode == 3 ? "30 degrees" : "level border");
    }

    if (ImGui::CollapsingHeader("Body", ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::Text("File      %s", state.body_file.c_str());
        ImGui::Text("Height    %.2f m", static_cast<double>(state.height_m));
        ImGui::Text("Skin      %zu vertices, %zu faces", state.vertices, state.faces);
        ImGui::Text("Drawn     %zu triangles (smoothed)", state.triangles);
        ImGui::Text("Import    %.0f ms, anatomy %.0f ms", state.import_ms, state.coordinates_ms);
        ImGui::Text("Landmarks %zu (%s)", state.landmark_count, state.landmark_file.c_str());
    }

    if (ImGui::CollapsingHeader("Graphics", ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::TextWrapped("Renderer  %s", state.gl.renderer.c_str());
        ImGui::TextWrapped("OpenGL    %s", state.gl.version.c_str());
        const float ms = state.frame_times.mean_ms();
        ImGui::Text("Frame     %.1f ms (%.0f fps)", static_cast<double>(ms),
                    ms > 0.0f ? 1000.0 / static_cast<double>(ms) : 0.0);
    }
    ImGui::End();
    return requested;
}

} // namespace dv::app
