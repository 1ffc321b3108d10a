#pragma once
// Thin wrappers around the Dear ImGui widgets the panel uses. Each draws the
// widget and records where it is under its visible label (the text before
// any "##"), so `dermaview --script` can click a control by what a person
// reads on screen, and --list-controls can say what there is to click.
// docs/scripting.md describes the script language.
#include "gui/screen_rect.h"

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace dv::app::ui {

enum class Kind { Button, Checkbox, Radio, Combo, ComboEntry, Slider, Input, Header, TreeNode };
std::string_view kind_name(Kind kind);

struct Control {
    std::string label;   // visible text
    std::string alias;   // another name a script may use (a map's id for its entry)
    std::string section; // the header (and tree node) it sits under; for a combo entry, the combo's label
    Kind kind = Kind::Button;
    ScreenRect rect;     // where a click lands: the frame of a combo, slider or field, else the whole item
    ScreenRect visible;  // the part of its window shown now (the panel scrolls)
    bool checked = false; // checkboxes, radio buttons, open headers
    bool enabled = true;
};

// The controls drawn this frame, in drawing order.
class Registry {
public:
    void begin_frame() { controls_.clear(); sections_.clear(); closed_.clear(); }
    void add(Control control) { controls_.push_back(std::move(control)); }
    const std::vector<Control>& controls() const { return controls_; }
    // The controls with this visible label (or alias); `section` non-empty:
    // only combo entries of that combo.
    std::vector<const Control*> find(std::string_view label, std::string_view combo = {}) const;
    // Headers and tree nodes drawn closed this frame: where a missing label may hide.
    const std::vector<std::string>& closed_sections() const { return closed_; }

    std::string section() const;
    void open_section(std::string name, bool nested); // a header (top level) or a tree node inside one
    void close_nested();
    void note_closed(std::string name) { closed_.push_back(std::move(name)); }

    // --list-controls: every header and tree node drawn open.
    bool open_everything = false;

private:
    std::vector<Control> controls_;
    std::vector<std::string> sections_;
    std::vector<std::string> closed_;
};

// The one registry the window's widgets record into (Dear ImGui's context is
// one per process too).
Registry& registry();

std::string visible_label(std::string_view label);

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

} // namespace dv::app::ui
