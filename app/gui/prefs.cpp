#include "gui/prefs.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <system_error>
#include <utility>

namespace dv::app {

namespace {
bool placed(const nlohmann::json& value, OverlaySpot& spot) {
    if (!value.is_array() || value.size() != 2 || !value[0].is_number() || !value[1].is_number())
        return false;
    spot = {true, value[0].get<float>(), value[1].get<float>()};
    return spot.fx >= 0.0f && spot.fx <= 1.0f && spot.fy >= 0.0f && spot.fy <= 1.0f;
}
} // namespace

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
        if (key == "caption" || key == "key") { // an overlay dragged aside: [share across, share down]
            if (!placed(value, key == "caption" ? prefs.overlays.caption : prefs.overlays.key)) {
                problem = "the window's preferences " + file.string() + ": '" + key +
                          "' is not two numbers from 0 to 1 (where it was dragged)" + fix;
                return {};
            }
            continue;
        }
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
    nlohmann::json j{{"figures_folder", prefs.figures_folder}, {"map", prefs.map}};
    for (const auto& [key, spot] : {std::pair{"caption", prefs.overlays.caption}, std::pair{"key", prefs.overlays.key}})
        if (spot.by_hand)
            j[key] = {spot.fx, spot.fy};
    out << j.dump(2) << "\n";
    return out ? std::string() : "cannot write the window's preferences " + file.string();
}

} // namespace dv::app
