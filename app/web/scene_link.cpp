#include "web/scene_link.h"

#include "atlas/levels.h"
#include "render/camera.h"
#include "render/skin_display.h"

#include <cctype>

namespace dv::app {

namespace {

std::string decode(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += text[i] == '+' ? ' ' : text[i];
        }
    }
    return out;
}

} // namespace

std::string scene_link(const Scene& scene) {
    const Scene defaults;
    std::vector<std::string> parts;
    auto add = [&](const std::string& key, const std::string& value) { parts.push_back(key + "=" + value); };
    if (scene.map != defaults.map)
        add("map", scene.map);
    if (!scene.levels.empty()) {
        std::string levels;
        for (Level l : scene.levels)
            levels += (levels.empty() ? "" : ",") + level_name(l);
        add("levels", levels);
    }
    if (scene.side != defaults.side)
        add("side", std::string(side_choice_name(scene.side)));
    if (scene.view != defaults.view)
        add("view", std::string(view_name(scene.view)));
    if (scene.display != defaults.display)
        add("display", std::string(display_mode_name(scene.display)));
    if (scene.emphasis != defaults.emphasis)
        add("emphasis", scene.emphasis == Emphasis::Glow ? "glow" : "dim");
    if (scene.palette != defaults.palette)
        add("palette", scene.palette == Palette::ColorBlindSafe ? "colorblind" : "standard");
    if (scene.subdivision != defaults.subdivision)
        add("subdivision", std::to_string(scene.subdivision));
    if (!scene.band_borders)
        parts.push_back("no-borders");
    if (scene.overlap_hatching)
        parts.push_back("hatch-overlaps");
    if (scene.show_landmarks)
        parts.push_back("show-landmarks");
    std::string link;
    for (const std::string& p : parts)
        link += (link.empty() ? "" : "&") + p;
    return link;
}

std::vector<std::string> link_to_flags(const std::string& link) {
    std::vector<std::string> flags;
    std::size_t start = link.rfind('#', 0) == 0 ? 1 : 0;
    while (start < link.size()) {
        std::size_t end = link.find('&', start);
        if (end == std::string::npos)
            end = link.size();
        const std::string part = link.substr(start, end - start);
        start = end + 1;
        if (part.empty())
            continue;
        const std::size_t eq = part.find('=');
        flags.push_back("--" + decode(part.substr(0, eq)));
        if (eq != std::string::npos)
            flags.push_back(decode(part.substr(eq + 1)));
    }
    return flags;
}

} // namespace dv::app
