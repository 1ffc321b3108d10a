#include "gui/script.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <sstream>

namespace dv::app {

bool is_script_number(const std::string& word) {
    // strtod, not std::from_chars: the browser build's C++ library (libc++ 14)
    // has no from_chars for double. Written out as from_chars reads numbers:
    // no sign but '-', no spaces, no hexadecimal.
    if (word.empty() || word[0] == '+' || std::isspace(static_cast<unsigned char>(word[0])) ||
        word.find_first_of("xX") != std::string::npos)
        return false;
    char* end = nullptr;
    (void)std::strtod(word.c_str(), &end);
    return end == word.c_str() + word.size();
}

bool is_script_overlay(const std::string& word) { return word == "caption" || word == "key"; }

namespace {

std::string lower(std::string s) {
    for (char& c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

void need(const ScriptAction& a, std::size_t min, std::size_t max, const char* usage) {
    if (a.args.size() < min || a.args.size() > max)
        throw ScriptError(a.line, "'" + a.verb + "' takes " + usage);
}

void need_numbers(const ScriptAction& a, std::size_t first, std::size_t count, const char* usage) {
    for (std::size_t i = first; i < first + count && i < a.args.size(); ++i)
        if (!is_script_number(a.args[i]))
            throw ScriptError(a.line, "'" + a.args[i] + "' is not a number; '" + a.verb + "' takes " + usage);
}

void need_on_off(const ScriptAction& a, const std::string& word) {
    if (word != "on" && word != "off")
        throw ScriptError(a.line, "'" + word + "' should be on or off");
}

// Mouse options after a point or label: which button, which modifier held.
void check_mouse_options(const ScriptAction& a, std::size_t from) {
    for (std::size_t i = from; i < a.args.size(); ++i)
        if (a.args[i] != "ctrl" && a.args[i] != "shift" && a.args[i] != "left" && a.args[i] != "right" &&
            a.args[i] != "middle" && a.args[i] != "key" && a.args[i] != "nowait")
            throw ScriptError(a.line, "'" + a.args[i] +
                                          "' is not a mouse option; use left, right, middle, ctrl, shift, key (an "
                                          "entry of the colour key) or nowait");
}

void check_expect(const ScriptAction& a) {
    static const char* kinds = "map, levels, text, no-text, view, display, compare, scene, checked, at-cursor, label, bodies, "
                               "caption, sensation, overlay, pixels-differ or pixels-same";
    if (a.args.empty())
        throw ScriptError(a.line, std::string("'expect' takes what to check: ") + kinds);
    const std::string& k = a.args[0];
    if (k == "levels") {
        need(a, 1, 2, "'levels' and a list such as T4,T10 (nothing for the full chart)");
    } else if (k == "map" || k == "text" || k == "no-text" || k == "view" || k == "display" || k == "compare" ||
               k == "caption" || k == "pixels-differ" || k == "pixels-same") {
        need(a, 2, 2, "what to check and one value (in double quotes if it has spaces)");
    } else if (k == "label") {
        need(a, 3, 3, "'label', the text of a label on the body and how many times it is there");
        need_numbers(a, 2, 1, "'label', a text and a count");
    } else if (k == "at-cursor") {
        need(a, 2, 2, "'at-cursor' and a landmark: @nipple");
        if (!a.args[1].starts_with("@"))
            throw ScriptError(a.line, "'" + a.args[1] + "' is not a landmark; write it as @" + a.args[1]);
    } else if (k == "bodies") {
        need(a, 2, 2, "'bodies' and how many bodies the window shows, each whole in its view, clear of the panel");
        need_numbers(a, 1, 2, "how many bodies");
    } else if (k == "scene") {
        need(a, 3, 3, "'scene', a field of the scene file (docs/figures.md) and its value");
    } else if (k == "sensation") {
        need(a, 3, 3, "'sensation', a landmark (@key_T10) and normal, altered, absent or \"not testable\"");
        if (!a.args[1].starts_with("@"))
            throw ScriptError(a.line, "'" + a.args[1] + "' is no landmark; write it as @key_T10");
        const std::string& s = a.args[2];
        if (s != "normal" && s != "altered" && s != "absent" && s != "not testable")
            throw ScriptError(a.line, "'" + s + "' is no sensation; use normal, altered, absent or \"not testable\"");
    } else if (k == "overlay") {
        need(a, 3, 3, "'overlay', caption or key, and inside, clear or covers");
        if (!is_script_overlay(a.args[1]))
            throw ScriptError(a.line, "'" + a.args[1] + "' is no overlay; use caption or key");
        if (a.args[2] != "inside" && a.args[2] != "clear" && a.args[2] != "covers")
            throw ScriptError(a.line, "'" + a.args[2] + "' is not inside, clear or covers");
    } else if (k == "checked") {
        need(a, 3, 3, "'checked', a label and on or off");
        need_on_off(a, a.args[2]);
    } else {
        throw ScriptError(a.line, "cannot expect '" + k + "'; expect " + kinds);
    }
}

void check(const ScriptAction& a) {
    const std::string& v = a.verb;
    const std::size_t n = a.args.size();
    if (v == "click" || v == "hover" || v == "doubleclick") {
        if (n >= 1 && a.args[0].starts_with("@"))
            check_mouse_options(a, 1);
        else if (n >= 2 && is_script_number(a.args[0]) && is_script_number(a.args[1]))
            check_mouse_options(a, 2);
        else if (n == 1 && v == "doubleclick" && is_script_overlay(a.args[0]))
            return; // a double click on an overlay puts it back
        else if (n >= 1 && v != "doubleclick")
            check_mouse_options(a, 1);
        else
            throw ScriptError(a.line, "'" + v + "' takes " + (v == "doubleclick" ? "" : "a label, ") +
                                          "X Y in window pixels or @LANDMARK, then options such as right or ctrl" +
                                          (v == "doubleclick" ? ", or caption or key (an overlay)" : ""));
    } else if (v == "select") {
        need(a, 2, 2, "a combo's label and an entry (its text or a map's id)");
    } else if (v == "check") {
        need(a, 2, 2, "a checkbox's label and on or off");
        need_on_off(a, a.args[1]);
    } else if (v == "set") {
        need(a, 2, 2, "a slider's or field's label and the value to type");
    } else if (v == "key") {
        need(a, 1, 2, "a key name (F12, Up, Home, 1, ctrl+z ...) and how many presses");
        parse_key(a.args[0], a.line);
        need_numbers(a, 1, 1, "a key name and how many presses");
    } else if (v == "drag" && n >= 1 && is_script_overlay(a.args[0])) {
        need(a, 3, 3, "caption or key and how far to drag it, DX DY in window pixels");
        need_numbers(a, 1, 2, "caption or key, then DX DY");
    } else if (v == "drag") {
        need(a, 4, 6, "X0 Y0 X1 Y1 and options such as right or shift");
        need_numbers(a, 0, 4, "X0 Y0 X1 Y1");
        check_mouse_options(a, 4);
    } else if (v == "wheel") {
        const bool landmark = n >= 1 && a.args[0].starts_with("@");
        need(a, landmark ? 2 : 3, landmark ? 2 : 3, "X Y (or @LANDMARK) and the notches (positive: zoom in)");
        need_numbers(a, landmark ? 1 : 0, landmark ? 1 : 3, "X Y NOTCHES or @LANDMARK NOTCHES");
    } else if (v == "wait" || v == "settle") {
        need(a, v == "wait" ? 1 : 0, v == "wait" ? 1 : 0, v == "wait" ? "a number of frames" : "nothing");
        need_numbers(a, 0, 1, "a number of frames");
    } else if (v == "resize") {
        need(a, 2, 2, "WIDTH HEIGHT in window pixels");
        need_numbers(a, 0, 2, "WIDTH HEIGHT");
    } else if (v == "screenshot") {
        need(a, 1, 1, "a PNG file to write");
    } else if (v == "edit") {
        need(a, 3, 3, "a file, the text to find and the text to put in its place");
    } else if (v == "expect") {
        check_expect(a);
    } else {
        throw ScriptError(a.line, "unknown action '" + v +
                                      "'; the actions are click, doubleclick, hover, select, check, set, key, drag, "
                                      "wheel, wait, settle, resize, screenshot, edit and expect (docs/scripting.md)");
    }
}

} // namespace

std::vector<std::string> split_script_line(const std::string& line, int line_number) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < line.size()) {
        if (std::isspace(static_cast<unsigned char>(line[i]))) {
            ++i;
        } else if (line[i] == '#') {
            break;
        } else if (line[i] == '"') {
            const std::size_t close = line.find('"', i + 1);
            if (close == std::string::npos)
                throw ScriptError(line_number, "a double quote is not closed");
            words.push_back(line.substr(i + 1, close - i - 1));
            i = close + 1;
        } else {
            std::size_t end = i;
            while (end < line.size() && !std::isspace(static_cast<unsigned char>(line[end])))
                ++end;
            words.push_back(line.substr(i, end - i));
            i = end;
        }
    }
    return words;
}

std::vector<ScriptAction> parse_script(const std::string& text) {
    std::vector<ScriptAction> actions;
    std::istringstream in(text);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        std::vector<std::string> words = split_script_line(line, number);
        if (words.empty())
            continue;
        ScriptAction a{number, words.front(), {words.begin() + 1, words.end()}};
        check(a);
        actions.push_back(std::move(a));
    }
    return actions;
}

KeyChord parse_key(const std::string& name, int line) {
    KeyChord chord;
    std::string rest = name;
    for (std::size_t plus; (plus = rest.find('+')) != std::string::npos && plus + 1 < rest.size();) {
        const std::string mod = lower(rest.substr(0, plus));
        if (mod == "ctrl")
            chord.ctrl = true;
        else if (mod == "shift")
            chord.shift = true;
        else if (mod == "alt")
            chord.alt = true;
        else
            throw ScriptError(line, "'" + mod + "' in '" + name + "' is not ctrl, shift or alt");
        rest = rest.substr(plus + 1);
    }
    static const std::map<std::string, int> named = {
        {"up", GLFW_KEY_UP},         {"down", GLFW_KEY_DOWN},     {"left", GLFW_KEY_LEFT},
        {"right", GLFW_KEY_RIGHT},   {"home", GLFW_KEY_HOME},     {"end", GLFW_KEY_END},
        {"enter", GLFW_KEY_ENTER},   {"escape", GLFW_KEY_ESCAPE}, {"tab", GLFW_KEY_TAB},
        {"space", GLFW_KEY_SPACE},   {"backspace", GLFW_KEY_BACKSPACE}, {"delete", GLFW_KEY_DELETE},
        {"pageup", GLFW_KEY_PAGE_UP}, {"pagedown", GLFW_KEY_PAGE_DOWN},
    };
    const std::string key = lower(rest);
    if (const auto it = named.find(key); it != named.end())
        chord.key = it->second;
    else if (key.size() == 1 && std::isdigit(static_cast<unsigned char>(key[0])))
        chord.key = GLFW_KEY_0 + (key[0] - '0');
    else if (key.size() == 1 && std::isalpha(static_cast<unsigned char>(key[0])))
        chord.key = GLFW_KEY_A + (key[0] - 'a');
    else if (key.size() >= 2 && key[0] == 'f' && is_script_number(key.substr(1)) && std::stoi(key.substr(1)) >= 1 &&
             std::stoi(key.substr(1)) <= 25)
        chord.key = GLFW_KEY_F1 + std::stoi(key.substr(1)) - 1;
    else
        throw ScriptError(line, "unknown key '" + name + "'; keys are letters, digits, F1-F25, Up, Down, Left, Right, "
                                "Home, End, Enter, Escape, Tab, Space, Backspace, Delete, PageUp, PageDown, with "
                                "ctrl+, shift+ or alt+ before them");
    return chord;
}

std::vector<std::string> labels_used(const std::vector<ScriptAction>& actions) {
    std::vector<std::string> labels;
    for (const ScriptAction& a : actions) {
        const bool point = (a.args.size() >= 2 && is_script_number(a.args[0]) && is_script_number(a.args[1])) ||
                           (!a.args.empty() && a.args[0].starts_with("@"));
        const bool key = std::find(a.args.begin(), a.args.end(), "key") != a.args.end();
        if ((a.verb == "click" || a.verb == "hover") && !point)
            labels.push_back(key ? "Colour key / " + a.args[0] : a.args[0]);
        if (a.verb == "select") {
            labels.push_back(a.args[0]);
            labels.push_back(a.args[0] + " / " + a.args[1]);
        }
        if (a.verb == "check" || a.verb == "set")
            labels.push_back(a.args[0]);
        if (a.verb == "expect" && a.args[0] == "checked")
            labels.push_back(a.args[1]);
    }
    std::sort(labels.begin(), labels.end());
    labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
    return labels;
}

} // namespace dv::app
