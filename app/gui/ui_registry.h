#pragma once
// What the panel drew this frame, by visible label: where each control is,
// what kind it is, whether it is checked. app/gui/ui_controls.h fills it as
// it draws; scripts (docs/scripting.md) find controls in it. No ImGui here.
#include "gui/screen_rect.h"

#include <string>
#include <string_view>
#include <vector>

namespace dv::app::ui {

// A combo's entries and the colour key's entries are found only within
// their combo or key (the key's T4 is not the Levels section's T4).
enum class Kind { Button, Checkbox, Radio, Combo, ComboEntry, Slider, Input, Header, TreeNode, KeyEntry, Cell };
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
    // The controls with this visible label (or alias); `combo` non-empty:
    // only the entries of that combo.
    std::vector<const Control*> find(std::string_view label, std::string_view combo = {}) const;
    // The one control so named, or null with `why` saying it is not there
    // (and which sections are closed) or which two or more it could be.
    const Control* unique(std::string_view label, std::string_view combo, std::string& why) const;
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

// The text of a label a person reads: what comes before any "##".
std::string visible_label(std::string_view label);

} // namespace dv::app::ui
