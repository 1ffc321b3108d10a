#include "gui/panel.h"

#include "gui/camera_input.h"
#include "gui/ui_controls.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace dv::app {

namespace {
std::string capitalised(std::string_view s) {
    std::string out(s);
    if (!out.empty())
        out[0] = static_cast<char>(out[0] - ('a' <= out[0] && out[0] <= 'z' ? 'a' - 'A' : 0));
    return out;
}

std::string display_caption(DisplayMode m) {
    switch (m) {
    case DisplayMode::Skin: return "Plain skin";
    case DisplayMode::Regions: return "Body regions";
    case DisplayMode::Along: return "Along each limb: 0 at its root, 1 at its tip";
    case DisplayMode::Around: return "Around each limb, in degrees";
    case DisplayMode::SpinalLevel: return "Spinal level of the trunk's skin";
    default: return "Dermatomes";
    }
}

std::optional<StandardView> draw_view_section() {
    std::optional<StandardView> requested;
    if (!ui::header("View", true))
        return requested;
    for (int i = 0; i < 6; ++i) {
        const ViewKey& k = kViewKeys[i];
        const std::string label = capitalised(view_name(k.view)) + " [" + k.label + "]";
        if (ui::button(label.c_str(), ImVec2(136, 0)))
            requested = k.view;
        if (i % 2 == 0)
            ImGui::SameLine();
    }
    if (ui::button("Home [Home / 0]", ImVec2(-1, 0)))
        requested = StandardView::Anterior;
    ImGui::TextDisabled("Left-drag: orbit   Wheel: zoom at the cursor");
    ImGui::TextDisabled("Right-drag or Shift+left-drag: pan");
    ImGui::TextDisabled("F: frame under the cursor   Tab: hide this panel");
    ImGui::TextDisabled("Click: add/remove a level   Ctrl-click: alone");
    ImGui::TextDisabled("Shift-click: a run   Ctrl+Z / Ctrl+Y: undo / redo");
    return requested;
}

// A combo of the maps on offer by title, but `except`; true when another was chosen.
bool map_combo(const char* label, std::string& id, const WindowMaps& maps, const std::string& except = {}) {
    bool chosen = false;
    // The title shortened with an ellipsis to the combo's width; the whole of it in a tooltip.
    const std::string title = maps.title_of(id);
    std::string preview = title;
    const float room = ImGui::CalcItemWidth() - ImGui::GetFrameHeight() - 2.0f * ImGui::GetStyle().FramePadding.x;
    while (preview.size() > 1 && ImGui::CalcTextSize((preview + "\u2026").c_str()).x > room) {
        preview.pop_back();
        while (!preview.empty() && static_cast<unsigned char>(preview.back()) >= 0x80)
            preview.pop_back(); // never half a UTF-8 character
    }
    if (preview != title)
        preview += "\u2026";
    const bool open = ui::begin_combo(label, preview);
    if (!open && preview != title && ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", title.c_str());
    if (open) {
        for (const MapChoice& c : maps.choices())
            if (c.id != except && ui::entry(c.title, c.id == id, c.id) && c.id != id) {
                id = c.id;
                chosen = true;
            }
        ui::end_combo();
    }
    return chosen;
}

void draw_maps_section(Scene& scene, const WindowMaps& maps) {
    // "Maps", not "Map": the combo below is "Map", and one ImGui id for both
    // made the header swallow the combo's clicks.
    if (!ui::header("Maps", true))
        return;
    // Combos as wide as leaves room for the longer label, so neither is clipped.
    ImGui::PushItemWidth(-ImGui::CalcTextSize("Compare with").x - ImGui::GetStyle().ItemInnerSpacing.x);
    map_combo("Map", scene.map, maps);
    if (maps.choices().size() > 1) {
        int compare = int(scene.compare);
        ui::radio("One map", &compare, int(CompareMode::Off));
        ImGui::SameLine();
        ui::radio("Side by side", &compare, int(CompareMode::SideBySide));
        ImGui::SameLine();
        ui::radio("Differences", &compare, int(CompareMode::Differences));
        scene.compare = CompareMode(compare);
        ImGui::BeginDisabled(scene.compare == CompareMode::Off);
        map_combo("Compare with", scene.compare_with, maps, scene.map); // a map compared with itself shows nothing
        ImGui::EndDisabled();
    }
    ImGui::PopItemWidth();
    ImGui::PushTextWrapPos(0.0f);
    if (const PreparedMap* shown = maps.current()) {
        ImGui::TextUnformatted(shown->map.title.c_str());
        ImGui::TextDisabled("%s", shown->map.citation.c_str());
    }
    const ImVec4 red(1.0f, 0.45f, 0.4f, 1.0f);
    if (!maps.map_error().empty())
        ImGui::TextColored(red, "Last edit not applied:\n%s", maps.map_error().c_str());
    if (!maps.compare_error().empty())
        ImGui::TextColored(red, "Cannot compare:\n%s", maps.compare_error().c_str());
    ImGui::PopTextWrapPos();
}

void draw_display_section(Scene& scene, PanelState& state) {
    if (!ui::header("Display", true))
        return;
    // Dermatomes and sensation (the Lesion section's paint) first: the rest
    // show the body's anatomy, for checking.
    constexpr DisplayMode order[] = {DisplayMode::Dermatomes, DisplayMode::Sensory, DisplayMode::Skin,
                                     DisplayMode::Regions,    DisplayMode::Along,   DisplayMode::Around,
                                     DisplayMode::SpinalLevel};
    const char* labels[] = {"Dermatomes", "Sensation", "Skin", "Regions", "Along limb, 0-1", "Around limb, deg",
                            "Spinal level"};
    constexpr int kModes = 7;
    std::string shown = labels[0];
    for (int i = 0; i < kModes; ++i)
        if (order[i] == scene.display)
            shown = labels[i];
    if (ui::begin_combo("Show", shown)) {
        for (int i = 0; i < kModes; ++i)
            if (ui::entry(labels[i], order[i] == scene.display, std::string(display_mode_name(order[i]))))
                scene.display = order[i];
        ui::end_combo();
    }
    ui::slider_int("Smoothing", &scene.subdivision, 0, 2, "%d subdivision levels");
    ui::checkbox("Landmark dots", &scene.show_landmarks);
    ImGui::SameLine();
    ui::checkbox("Teaching labels", &state.callouts);
    ui::checkbox("Colour key", &state.legend);
    ImGui::SameLine();
    ImGui::BeginDisabled(!scene.show_landmarks);
    ui::checkbox("Names of the dots", &state.all_names);
    ImGui::EndDisabled();
    ui::checkbox("Band names", &state.band_names);
    // The caption and the key can be dragged off the body; this puts both
    // back where the window lays them out (so does a double click on either).
    ImGui::SameLine();
    ImGui::BeginDisabled(state.overlays == OverlaySpots{});
    if (ui::button("Reset caption and key"))
        state.overlays = {};
    ImGui::EndDisabled();
    const DisplayMode m = scene.display;
    if (m == DisplayMode::Along || m == DisplayMode::Around || m == DisplayMode::SpinalLevel)
        ImGui::TextDisabled("Lines every %s; grey: no value here",
                            m == DisplayMode::Along ? "0.1" : m == DisplayMode::Around ? "30 degrees" : "level border");
}

void draw_facts_sections(const PanelState& state, const PanelFacts& facts) {
    if (ui::header("Body", false)) {
        const BodyMesh& body = facts.model.body();
        ImGui::Text("File      %s", body.source.filename().string().c_str());
        ImGui::Text("Height    %.2f m", static_cast<double>(body.height_m()));
        ImGui::Text("Skin      %zu vertices, %zu faces", body.skin.vertex_count(), body.skin.face_count());
        ImGui::Text("Drawn     %zu triangles (smoothed)", facts.triangles);
        ImGui::Text("Import    %.0f ms, anatomy %.0f ms", facts.times.import_ms, facts.times.coordinates_ms);
        ImGui::Text("Landmarks %zu (%s)", facts.model.landmarks().landmarks.size(),
                    facts.model.landmarks().source.filename().string().c_str());
    }
    if (ui::header("Graphics", false)) {
        ImGui::TextWrapped("Renderer  %s", facts.gl.renderer.c_str());
        ImGui::TextWrapped("OpenGL    %s", facts.gl.version.c_str());
        const float ms = state.frame_times.mean_ms();
        ImGui::Text("Frame     %.1f ms (%.0f fps)", static_cast<double>(ms),
                    ms > 0.0f ? 1000.0 / static_cast<double>(ms) : 0.0);
    }
}
} // namespace

std::vector<CaptionBlock> map_caption(const Scene& scene, const WindowMaps& maps) {
    const PreparedMap* shown = maps.current();
    if (!shown)
        return {};
    const DermatomeMap& map = shown->map;
    if (scene.display == DisplayMode::Sensory) { // a lesion's or an exam's paint, spread by this map's weights
        const std::string what = !scene.lesion.empty() ? "Predicted sensory loss: " + scene.lesion
                                 : !scene.exam.empty()  ? std::string("Sensation as examined (ISNCSCI)")
                                                        : std::string("Sensation");
        return {{what + ", on the " + map.title, map.citation}};
    }
    if (scene.display != DisplayMode::Dermatomes) // the body's own anatomy, not the map
        return {{display_caption(scene.display), "The body model's own anatomy, for checking: no dermatome map is shown"}};
    const PreparedMap* other = maps.compared();
    if (scene.compare == CompareMode::Off || !other)
        return {{map.title, map.citation}};
    if (scene.compare == CompareMode::SideBySide) // each half names its map
        return {{"Left half: " + map.title, map.citation}, {"Right half: " + other->map.title, other->map.citation}};
    return {{"Magenta: " + map.title, map.citation}, {"disagrees with " + other->map.title, other->map.citation}};
}

std::optional<StandardView> draw_panel(Scene& scene, PanelState& state, const PanelFacts& facts,
                                       const std::function<void()>& sections) {
    if (state.hidden) // Tab: the whole window for the body
        return std::nullopt;
    ImGui::SetNextWindowPos(ImVec2(12, 12), ImGuiCond_FirstUseEver);
    // As tall as its contents but never taller than the window (it scrolls
    // instead), and moved back wholly into view whenever the window changes
    // size under it, so no control is ever out of reach.
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float room = std::max(120.0f, display.y - 24.0f);
    // As wide as its widest row (no control clipped), within half the window.
    ImGui::SetNextWindowSizeConstraints(ImVec2(kPanelWidth, 0),
                                        ImVec2(std::max(kPanelWidth, 0.5f * display.x), room));
    if (display.x != state.display_w || display.y != state.display_h)
        ImGui::SetNextWindowPos(ImVec2(std::clamp(state.panel_x, 0.0f, std::max(0.0f, display.x - kPanelWidth)),
                                       std::clamp(state.panel_y, 0.0f, std::max(0.0f, display.y - std::min(state.panel_h, room)))));
    state.display_w = display.x;
    state.display_h = display.y;
    ImGui::Begin("Dermaview", nullptr, ImGuiWindowFlags_AlwaysAutoResize);
    state.panel_x = ImGui::GetWindowPos().x;
    state.panel_y = ImGui::GetWindowPos().y;
    state.panel_w = ImGui::GetWindowSize().x;
    state.panel_h = ImGui::GetWindowSize().y;
    state.collapsed = ImGui::IsWindowCollapsed();

    const std::optional<StandardView> requested = draw_view_section();
    draw_maps_section(scene, facts.maps);
    if (sections)
        sections();
    draw_display_section(scene, state);
    draw_facts_sections(state, facts);
    ImGui::End();
    return requested;
}

} // namespace dv::app
