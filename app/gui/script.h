#pragma once
// The script language of `dermaview --script FILE` (docs/scripting.md): one
// action per line, words split at spaces, double quotes around a word with
// spaces, '#' starts a comment. Parsing checks every line before the window
// opens, so a typo fails fast. No ImGui here, so tests can read scripts too.
#include <stdexcept>
#include <string>
#include <vector>

namespace dv::app {

struct ScriptAction {
    int line = 0;
    std::string verb;              // "click", "select", "expect", ...
    std::vector<std::string> args; // the words after it, quotes removed
};

// A mistake in a script: which line, and what is wrong there.
struct ScriptError : std::runtime_error {
    ScriptError(int at_line, const std::string& message) : std::runtime_error(message), line(at_line) {}
    int line;
};

// Throws ScriptError for an unknown action, a wrong number of words, or a
// word that is not what the action takes (a number, a key, on|off ...).
std::vector<ScriptAction> parse_script(const std::string& text);

// Whether a word is a number a script may give ("12", "-0.5", "1e3").
bool is_script_number(const std::string& word);

// Whether a word names an overlay a script can drag, double-click or
// expect about: "caption" (the map's caption) or "key" (the colour key).
bool is_script_overlay(const std::string& word);

// Words of one line, quotes honoured; throws ScriptError for an unclosed quote.
std::vector<std::string> split_script_line(const std::string& line, int line_number);

// The GLFW key code and modifiers of a key name ("F12", "Up", "ctrl+z",
// "shift+Home", "1"); throws ScriptError for a name it does not know.
struct KeyChord {
    int key = 0;
    bool ctrl = false, shift = false, alt = false;
};
KeyChord parse_key(const std::string& name, int line);

// The labels of the panel's controls a script touches (click, select with
// its entry, check, set, expect checked): for the check that every control is
// exercised by some script.
std::vector<std::string> labels_used(const std::vector<ScriptAction>& actions);

} // namespace dv::app
