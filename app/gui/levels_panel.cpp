#include "gui/levels_panel.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace dv::app {

void draw_levels_panel(LevelsState& state, const DermatomeMap& map) {
    if (!ImGui::CollapsingHeader("Levels", ImGuiTreeNodeFlags_DefaultOpen))
        return;
    if (ImGui::Button("Full chart"))
        state.selected.clear();
    ImGui::SameLine();
    if (ImGui::Button(state.sweeping ? "Stop sweep" : "Sweep"))
        state.toggle_sweep();
    ImGui::SameLine();
    ImGui::SetNextItemWidth(90);
    ImGui::SliderFloat("s/level", &state.sweep_seconds_per_level, 0.2f, 3.0f, "%.1f");

    int side = int(state.side);
    ImGui::RadioButton("Both", &side, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Left", &side, 1);
    ImGui::SameLine();
    ImGui::RadioButton("Right", &side, 2);
    state.side = SideChoice(side);
    int emphasis = int(state.emphasis);
    ImGui::RadioButton("Plain skin", &emphasis, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Glow", &emphasis, 1);
    state.emphasis = Emphasis(emphasis);
    bool safe = state.palette == Palette::ColorBlindSafe;
    ImGui::Checkbox("Colour-blind safe", &safe);
    state.palette = safe ? Palette::ColorBlindSafe : Palette::Standard;
    ImGui::SameLine();
    ImGui::Checkbox("Borders", &state.band_borders);
    ImGui::Checkbox("Hatch overlaps", &state.overlap_hatching);
    ImGui::TextDisabled("Up/Down: step through levels");

    for (const char* group : {"cervical", "thoracic", "lumbar", "sacral", "coccygeal"}) {
        std::vector<Level> levels;
        for (Level l : map.levels)
            if (level_group(l) == group)
                levels.push_back(l);
        if (levels.empty())
            continue;
        std::string title(group);
        title[0] = char(title[0] - 'a' + 'A');
        if (!ImGui::TreeNodeEx(title.c_str(), group == std::string("thoracic") ? ImGuiTreeNodeFlags_DefaultOpen : 0))
            continue;
        for (std::size_t i = 0; i < levels.size(); ++i) {
            const Level l = levels[i];
            const std::string name = level_name(l);
            bool on = std::find(state.selected.begin(), state.selected.end(), l) != state.selected.end();
            ImGui::PushID(l);
            if (ImGui::Checkbox(name.c_str(), &on)) {
                if (on)
                    state.selected.push_back(l);
                else
                    state.selected.erase(std::find(state.selected.begin(), state.selected.end(), l));
                std::sort(state.selected.begin(), state.selected.end());
            }
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("Right-click: %s alone", name.c_str());
            if (ImGui::IsItemClicked(ImGuiMouseButton_Right))
                state.solo(l);
            ImGui::PopID();
            if (i % 4 != 3 && i + 1 < levels.size())
                ImGui::SameLine(float((i % 4) + 1) * 88.0f);
        }
        ImGui::TreePop();
    }
}

} // namespace dv::app
