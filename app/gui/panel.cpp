#include "gui/panel.h"

#include "gui/camera_input.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
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

namespace {
// A title and citation block whose right edge is at `right`, top at `top`:
// the top right corner is the one place the panel and the feet never reach.
ScreenRect caption(const std::string& title, const std::string& citation, float right, float top) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    // Keep clear of the panel: wrap the citation to the room right of it.
    const float room = std::max(240.0f, right - 440.0f);
    const ImVec2 title_size = ImGui::CalcTextSize(title.c_str(), nullptr, false, room);
    const ImVec2 citation_size = ImGui::CalcTextSize(citation.c_str(), nullptr, false, room);
    const float width = std::max(title_size.x, citation_size.x);
    const ImVec2 at(right - width - 14.0f, top + 10.0f);
    const ScreenRect box{at.x - 6, at.y - 4, at.x + width + 6, at.y + title_size.y + citation_size.y + 6};
    dl->AddRectFilled(ImVec2(box.x0, box.y0), ImVec2(box.x1, box.y1), IM_COL32(12, 14, 18, 190), 4.0f);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, IM_COL32(245, 245, 240, 255), title.c_str(), nullptr, room);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x, at.y + title_size.y + 2), IM_COL32(190, 195, 205, 255),
                citation.c_str(), nullptr, room);
    return box;
}
} // namespace

std::vector<ScreenRect> draw_map_caption(const PanelState& state) {
    if (state.map_title.empty())
        return {};
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    switch (state.compare) {
    case PanelState::Compare::Off:
        return {caption(state.map_title, state.map_citation, size.x, 0.0f)};
    case PanelState::Compare::SideBySide: // each half names its map
        return {caption("Left half: " + state.map_title, state.map_citation, size.x, 0.0f),
                caption("Right half: " + state.compare_title, state.compare_citation, size.x, 4.0f * line)};
    case PanelState::Compare::Differences:
        return {caption("Magenta: " + state.map_title, state.map_citation, size.x, 0.0f),
                caption("disagrees with " + state.compare_title, state.compare_citation, size.x, 4.0f * line)};
    }
    return {};
}

std::optional<StandardView> draw_panel(PanelState& state, const std::function<void()>& sections) {
    std::optional<StandardView> requested;
    ImGui::SetNextWindowPos(ImVec2(12, 12), ImGuiCond_FirstUseEver);
    // As tall as its contents but never taller than the window (it scrolls
    // instead), and moved back wholly into view whenever the window changes
    // size under it, so no control is ever out of reach.
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float room = std::max(120.0f, display.y - 24.0f);
    ImGui::SetNextWindowSizeConstraints(ImVec2(kPanelWidth, 0), ImVec2(kPanelWidth, room));
    if (display.x != state.display_w || display.y != state.display_h)
        ImGui::SetNextWindowPos(ImVec2(std::clamp(state.panel_x, 0.0f, std::max(0.0f, display.x - kPanelWidth)),
                                       std::clamp(state.panel_y, 0.0f, std::max(0.0f, display.y - std::min(state.panel_h, room)))));
    state.display_w = display.x;
    state.display_h = display.y;
    ImGui::Begin("Dermaview", nullptr, ImGuiWindowFlags_AlwaysAutoResize);
    state.panel_x = ImGui::GetWindowPos().x;
    state.panel_y = ImGui::GetWindowPos().y;
    state.panel_h = ImGui::GetWindowSize().y;

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

    if (ImGui::CollapsingHeader("Map", ImGuiTreeNodeFlags_DefaultOpen)) {
        if (!state.map_ids.empty()) {
            const char* current = state.map_ids[std::size_t(state.map_index)].c_str();
            if (ImGui::BeginCombo("Map", current)) {
                for (int i = 0; i < int(state.map_ids.size()); ++i)
                    if (ImGui::Selectable(state.map_ids[std::size_t(i)].c_str(), i == state.map_index)) {
                        state.map_requested = i != state.map_index;
                        state.map_index = i;
                    }
                ImGui::EndCombo();
            }
        }
        if (state.map_ids.size() > 1) {
            int compare = int(state.compare);
            ImGui::RadioButton("One map", &compare, 0);
            ImGui::SameLine();
            ImGui::RadioButton("Side by side", &compare, 1);
            ImGui::SameLine();
            ImGui::RadioButton("Differences", &compare, 2);
            if (compare != int(state.compare)) {
                state.compare = PanelState::Compare(compare);
                state.compare_requested = true;
            }
            if (state.compare != PanelState::Compare::Off) {
                const char* other = state.map_ids[std::size_t(state.compare_index)].c_str();
                if (ImGui::BeginCombo("with", other)) {
                    for (int i = 0; i < int(state.map_ids.size()); ++i)
                        if (ImGui::Selectable(state.map_ids[std::size_t(i)].c_str(), i == state.compare_index)) {
                            state.compare_requested = i != state.compare_index;
                            state.compare_index = i;
                        }
                    ImGui::EndCombo();
                }
            }
        }
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(state.map_title.c_str());
        ImGui::TextDisabled("%s", state.map_citation.c_str());
        if (!state.map_error.empty())
            ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1.0f), "Last edit not applied:\n%s", state.map_error.c_str());
        ImGui::PopTextWrapPos();
    }

    if (sections)
        sections();

    if (ImGui::CollapsingHeader("Display", ImGuiTreeNodeFlags_DefaultOpen)) {
        // Dermatomes first: the rest show the body's anatomy, for checking.
        constexpr DisplayMode order[] = {DisplayMode::Dermatomes, DisplayMode::Skin, DisplayMode::Regions,
                                         DisplayMode::Along, DisplayMode::Around, DisplayMode::SpinalLevel};
        const char* labels[] = {"Dermatomes", "Skin", "Regions", "Along limb, 0-1", "Around limb, deg", "Spinal level"};
        int index = 0;
        for (int i = 0; i < 6; ++i)
            if (order[i] == state.display.mode)
                index = i;
        if (ImGui::Combo("Show", &index, labels, IM_ARRAYSIZE(labels)))
            state.display.mode = order[index];
        ImGui::SliderInt("Smoothing", &state.display.subdivision, 0, 2, "%d subdivision levels");
        ImGui::Checkbox("Landmark dots", &state.display.landmarks);
        ImGui::SameLine();
        ImGui::Checkbox("Teaching labels", &state.display.callouts);
        ImGui::SameLine();
        ImGui::Checkbox("Colour key", &state.display.legend);
        if (state.display.landmarks) {
            ImGui::SameLine();
            ImGui::Checkbox("Names", &state.display.all_names);
        }
        const DisplayMode m = state.display.mode;
        if (m == DisplayMode::Along || m == DisplayMode::Around || m == DisplayMode::SpinalLevel)
            ImGui::TextDisabled("Lines every %s; grey: no value here",
                                m == DisplayMode::Along ? "0.1" : m == DisplayMode::Around ? "30 degrees" : "level border");
    }

    if (ImGui::CollapsingHeader("Body")) {
        ImGui::Text("File      %s", state.body_file.c_str());
        ImGui::Text("Height    %.2f m", static_cast<double>(state.height_m));
        ImGui::Text("Skin      %zu vertices, %zu faces", state.vertices, state.faces);
        ImGui::Text("Drawn     %zu triangles (smoothed)", state.triangles);
        ImGui::Text("Import    %.0f ms, anatomy %.0f ms", state.import_ms, state.coordinates_ms);
        ImGui::Text("Landmarks %zu (%s)", state.landmark_count, state.landmark_file.c_str());
    }

    if (ImGui::CollapsingHeader("Graphics")) {
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
