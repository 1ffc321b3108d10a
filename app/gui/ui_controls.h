#pragma once
// Thin wrappers around the Dear ImGui widgets the panel uses. Each draws the
// widget and records where it is under its visible label (the text before
// any "##"), so `dermaview --script` can click a control by what a person
// reads on screen, and --list-controls can say what there is to click.
// docs/scripting.md describes the script language.
#include "gui/ui_registry.h"

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace dv::app::ui {

// The one registry the window's widgets record into (Dear ImGui's context is
// one per process too).
Registry& registry();

bool header(const char* label, bool default_open);
bool tree_node(const char* label, bool default_open); // call tree_pop() when true
void tree_pop();
bool button(const char* label, const ImVec2& size = ImVec2(0, 0));
bool checkbox(const char* label, bool* value);
bool radio(const char* label, int* value, int choice);
bool begin_combo(const char* label, const std::string& preview);
void end_combo();
bool entry(const std::string& text, bool selected, const std::string& alias = {}); // a combo's entry
bool slider_int(const char* label, int* value, int min, int max, const char* format);
bool slider_float(const char* label, float* value, float min, float max, const char* format);
bool input_int(const char* label, int* value);
bool input_text(const char* label, std::string& value);
// An entry of the colour key over the body (gui/legend_overlay.h): a
// clickable area of that size, its swatch and text drawn by the caller.
// Scripts name it as 'click T4 key'.
bool key_entry(const std::string& text, const ImVec2& size);

// A table cell showing `text`, clicked by its `name` ("C6 R LT"): the
// worksheet's cells all show scores, so the name is not what is shown.
bool cell(const std::string& name, const std::string& text, bool selected, float width);

} // namespace dv::app::ui
