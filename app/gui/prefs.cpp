#include "gui/prefs.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <system_error>

namespace dv::app {

WindowPrefs load_prefs(const std::filesystem::path& file, std::string& problem) {
    problem.clear();
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return {};
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    const std::string fix = "; the window starts from its defaults and writes a good file when it closes "
                            "(delete the file to be rid of this message)";
    if (!in) {
        problem = "cannot read the window's preferences " + file.string() + fix;
        return {};
    }
    const nlohmann::json j = nlohmann::json::parse(text.str(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        problem = "the window's preferences " + file.string() + " are not a JSON object" + fix;
        return {};
    }
    WindowPrefs prefs;
    for (const auto& [key, value] : j.items()) {
        if (!value.is_string() || (key != "figures_folder" && key != "map")) {
            problem = "the window's preferences " + file.string() + ": '" + key +
                      "' is not figures_folder or map with a text value" + fix;
            return {};
        }
        (key == "map" ? prefs.map : prefs.figures_folder) = value.get<std::string>();
    }
    return prefs;
}

std::string save_prefs(const std::filesystem::path& file, const WindowPrefs& prefs) {
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    std::ofstream out(file);
    out << nlohmann::json{{"figures_folder", prefs.figures_folder}, {"map", prefs.map}}.dump(2) << "\n";
    return out ? std::string() : "cannot write the window's preferences " + file.string();
}

} // namespace dv::app
