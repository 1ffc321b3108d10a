#include "gui/ui_controls.h"

#include <imgui_internal.h> // the current window's clip rectangle

#include <cstring>
#include <utility>

namespace dv::app::ui {

namespace {
std::string g_combo; // label of the combo whose entries are being drawn
float g_combo_width = 0.0f;
bool g_listing = false; // --list-controls: a combo's entries drawn in the panel, for the list

ScreenRect to_rect(const ImVec2& a, const ImVec2& b) { return {a.x, a.y, b.x, b.y}; }

// Records the last item drawn; `frame_width` > 0: a click lands on its frame
// of that width, not on the label beside it.
void record(const char* label, Kind kind, bool checked = false, float frame_width = 0.0f, std::string alias = {},
            std::string section = {}) {
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    Control c;
    c.label = visible_label(label);
    c.alias = std::move(alias);
    c.section = section.empty() ? registry().section() : std::move(section);
    c.kind = kind;
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    c.rect = to_rect(min, frame_width > 0.0f ? ImVec2(min.x + frame_width, max.y) : max);
    c.visible = to_rect(window->InnerClipRect.Min, window->InnerClipRect.Max);
    c.checked = checked;
    c.enabled = (ImGui::GetItemFlags() & ImGuiItemFlags_Disabled) == 0;
    registry().add(std::move(c));
}
} // namespace

Registry& registry() {
    static Registry r;
    return r;
}

bool header(const char* label, bool default_open) {
    Registry& r = registry();
    if (r.open_everything)
        ImGui::SetNextItemOpen(true);
    const bool open = ImGui::CollapsingHeader(label, default_open ? ImGuiTreeNodeFlags_DefaultOpen : 0);
    record(label, Kind::Header, open, 0.0f, {}, "the panel");
    r.open_section(visible_label(label), false);
    if (!open)
        r.note_closed(visible_label(label));
    return open;
}

bool tree_node(const char* label, bool default_open) {
    if (registry().open_everything)
        ImGui::SetNextItemOpen(true);
    const bool open = ImGui::TreeNodeEx(label, default_open ? ImGuiTreeNodeFlags_DefaultOpen : 0);
    record(label, Kind::TreeNode, open);
    if (open)
        registry().open_section(visible_label(label), true);
    else
        registry().note_closed(visible_label(label));
    return open;
}

void tree_pop() {
    ImGui::TreePop();
    registry().close_nested();
}

bool button(const char* label, const ImVec2& size) {
    const bool pressed = ImGui::Button(label, size);
    record(label, Kind::Button);
    return pressed;
}

bool checkbox(const char* label, bool* value) {
    const bool changed = ImGui::Checkbox(label, value);
    record(label, Kind::Checkbox, *value);
    return changed;
}

bool radio(const char* label, int* value, int choice) {
    const bool pressed = ImGui::RadioButton(label, value, choice);
    record(label, Kind::Radio, *value == choice);
    return pressed;
}

bool begin_combo(const char* label, const std::string& preview) {
    const float width = ImGui::CalcItemWidth();
    const bool open = ImGui::BeginCombo(label, preview.c_str());
    if (!open && registry().open_everything) {
        record(label, Kind::Combo, false, width);
        g_combo = visible_label(label);
        g_listing = true;
        return true;
    }
    if (open) { // recorded in end_combo(), when the popup has ended and the last item is the combo again
        g_combo = visible_label(label);
        g_combo_width = width;
        return true;
    }
    record(label, Kind::Combo, false, width);
    return false;
}

void end_combo() {
    if (std::exchange(g_listing, false)) {
        g_combo.clear();
        return;
    }
    ImGui::EndCombo();
    const std::string label = std::exchange(g_combo, {});
    record(label.c_str(), Kind::Combo, true, g_combo_width);
}

bool entry(const std::string& text, bool selected, const std::string& alias) {
    const bool chosen = ImGui::Selectable(text.c_str(), selected);
    record(text.c_str(), Kind::ComboEntry, selected, 0.0f, alias, g_combo);
    if (selected)
        ImGui::SetItemDefaultFocus();
    return chosen;
}

bool slider_int(const char* label, int* value, int min, int max, const char* format) {
    const float width = ImGui::CalcItemWidth();
    const bool changed = ImGui::SliderInt(label, value, min, max, format);
    record(label, Kind::Slider, false, width);
    return changed;
}

bool slider_float(const char* label, float* value, float min, float max, const char* format) {
    const float width = ImGui::CalcItemWidth();
    const bool changed = ImGui::SliderFloat(label, value, min, max, format);
    record(label, Kind::Slider, false, width);
    return changed;
}

bool input_int(const char* label, int* value) {
    const float width = ImGui::CalcItemWidth();
    const bool changed = ImGui::InputInt(label, value, 0);
    record(label, Kind::Input, false, width);
    return changed;
}

bool input_text(const char* label, std::string& value) {
    const float width = ImGui::CalcItemWidth();
    char text[1024];
    std::strncpy(text, value.c_str(), sizeof text - 1);
    text[sizeof text - 1] = '\0';
    const bool changed = ImGui::InputText(label, text, sizeof text);
    if (changed)
        value = text;
    record(label, Kind::Input, false, width);
    return changed;
}

bool key_entry(const std::string& text, const ImVec2& size) {
    const bool clicked = ImGui::InvisibleButton("##entry", size);
    record(text.c_str(), Kind::KeyEntry, false, 0.0f, {}, "Colour key");
    return clicked;
}

bool cell(const std::string& name, const std::string& text, bool selected, float width) {
    const bool clicked = ImGui::Selectable((text + "##" + name).c_str(), selected, 0, ImVec2(width, 0));
    record(name.c_str(), Kind::Cell, selected);
    return clicked;
}

} // namespace dv::app::ui
