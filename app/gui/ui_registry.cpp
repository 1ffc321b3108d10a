#include "gui/ui_registry.h"

namespace dv::app::ui {

std::string_view kind_name(Kind kind) {
    switch (kind) {
    case Kind::Button: return "button";
    case Kind::Checkbox: return "checkbox";
    case Kind::Radio: return "radio button";
    case Kind::Combo: return "combo";
    case Kind::ComboEntry: return "combo entry";
    case Kind::Slider: return "slider";
    case Kind::Input: return "field";
    case Kind::Header: return "header";
    case Kind::TreeNode: return "tree node";
    case Kind::KeyEntry: return "key entry";
    case Kind::Cell: return "table cell";
    }
    return "control";
}

std::vector<const Control*> Registry::find(std::string_view label, std::string_view combo) const {
    std::vector<const Control*> out;
    for (const Control& c : controls_) {
        const bool entry = c.kind == Kind::ComboEntry || c.kind == Kind::KeyEntry;
        if (entry != !combo.empty() || (entry && c.section != combo))
            continue;
        if (c.label == label || (!c.alias.empty() && c.alias == label))
            out.push_back(&c);
    }
    return out;
}

std::string Registry::section() const {
    std::string s;
    for (const std::string& part : sections_)
        s += (s.empty() ? "" : " / ") + part;
    return s;
}

void Registry::open_section(std::string name, bool nested) {
    if (!nested)
        sections_.clear();
    sections_.push_back(std::move(name));
}

void Registry::close_nested() {
    if (sections_.size() > 1)
        sections_.pop_back();
}

const Control* Registry::unique(std::string_view label, std::string_view combo, std::string& why) const {
    const std::vector<const Control*> found = find(label, combo);
    const std::string what =
        combo.empty() ? "'" + std::string(label) + "'" : "'" + std::string(label) + "' in the combo '" + std::string(combo) + "'";
    if (found.empty()) {
        std::string closed;
        for (const std::string& s : closed_)
            closed += (closed.empty() ? "" : ", ") + s;
        why = "no control labelled " + what + " on screen" +
              (closed.empty() ? std::string()
                              : "; if it is in a closed section, click its header first (closed now: " + closed + ")");
        return nullptr;
    }
    if (found.size() > 1) {
        why = what + " is ambiguous: it is";
        for (std::size_t i = 0; i < found.size(); ++i)
            why += std::string(i == 0 ? " " : i + 1 == found.size() ? " and " : ", ") + "a " +
                   std::string(kind_name(found[i]->kind)) + " in " + found[i]->section;
        return nullptr;
    }
    return found.front();
}

std::string visible_label(std::string_view label) {
    const std::size_t hashes = label.find("##");
    return std::string(label.substr(0, hashes));
}

} // namespace dv::app::ui
