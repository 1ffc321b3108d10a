#include "gui/levels_panel.h"

#include "gui/ui_controls.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace dv::app {

namespace {
void draw_how_section(Scene& scene, LevelSweep& sweep) {
    if (ui::button("Full chart"))
        scene.levels.clear();
    ImGui::SameLine();
    if (ui::button(sweep.running ? "Stop sweep" : "Sweep"))
        sweep.toggle(scene);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(90);
    ui::slider_float("s/level", &sweep.seconds_per_level, 0.2f, 3.0f, "%.1f");
    // What Up/Down or the sweep lit, where the lecturer looks for it.
    std::string lit;
    for (Level l : scene.levels)
        lit += (lit.empty() ? "" : ", ") + level_name(l);
    ImGui::Text("Lit: %s%s", lit.empty() ? "the full chart" : lit.c_str(),
                sweep.running && sweep.paused ? "  (sweep paused: Space)" : "");

    int side = int(scene.side);
    ui::radio("Both", &side, int(LevelSides::Both));
    ImGui::SameLine();
    ui::radio("Left", &side, int(LevelSides::Left));
    ImGui::SameLine();
    ui::radio("Right", &side, int(LevelSides::Right));
    scene.side = LevelSides(side);
    int emphasis = int(scene.emphasis);
    ui::radio("Plain skin", &emphasis, int(Emphasis::Dim));
    ImGui::SameLine();
    ui::radio("Glow", &emphasis, int(Emphasis::Glow));
    scene.emphasis = Emphasis(emphasis);
    bool safe = scene.palette == Palette::ColorBlindSafe;
    ui::checkbox("Colour-blind safe", &safe);
    scene.palette = safe ? Palette::ColorBlindSafe : Palette::Standard;
    ImGui::SameLine();
    ui::checkbox("Borders", &scene.band_borders);
    ui::checkbox("Hatch overlaps", &scene.overlap_hatching);
    ui::checkbox("Trigeminal V1-V3", &scene.trigeminal);
    if (const Level now = current_level(scene); is_spinal(now))
        ImGui::Text("Up/Down: step through levels (now %s)", level_name(now).c_str());
    else
        ImGui::TextDisabled("Up/Down: step through levels");
}

void draw_level_box(Scene& scene, Level l) {
    const std::string name = level_name(l);
    bool on = std::find(scene.levels.begin(), scene.levels.end(), l) != scene.levels.end();
    ImGui::PushID(l);
    if (ui::checkbox(name.c_str(), &on)) {
        if (on)
            scene.levels.push_back(l);
        else
            scene.levels.erase(std::find(scene.levels.begin(), scene.levels.end(), l));
        std::sort(scene.levels.begin(), scene.levels.end());
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Right-click: %s alone", name.c_str());
    if (ImGui::IsItemClicked(ImGuiMouseButton_Right))
        solo_level(scene, l);
    ImGui::PopID();
}
} // namespace

void draw_levels_panel(Scene& scene, LevelSweep& sweep, const DermatomeMap& map) {
    if (!ui::header("Levels", true))
        return;
    draw_how_section(scene, sweep);
    for (const char* group : {"cervical", "thoracic", "lumbar", "sacral", "coccygeal"}) {
        std::vector<Level> levels;
        for (Level l : map.levels)
            if (level_group(l) == group)
                levels.push_back(l);
        if (levels.empty())
            continue;
        std::string title(group);
        title[0] = char(title[0] - 'a' + 'A');
        if (!ui::tree_node(title.c_str(), group == std::string("thoracic")))
            continue;
        for (std::size_t i = 0; i < levels.size(); ++i) {
            draw_level_box(scene, levels[i]);
            if (i % 4 != 3 && i + 1 < levels.size())
                ImGui::SameLine(float((i % 4) + 1) * 88.0f);
        }
        ui::tree_pop();
    }
}

} // namespace dv::app
