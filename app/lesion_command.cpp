// `dermaview lesion-from`: from a patch of altered skin to the roots that
// could explain it, on each map, with the numbers that decide the ranking
// (engine/clinical/lesion_search.h; docs/lesions.md).
#include "clinical/lesion_search.h"
#include "core/error.h"
#include "model/map_lookup.h"
#include "model_options.h"
#include "verb_support.h"
#include "verbs.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <iostream>

namespace dv::app {

namespace {

std::vector<cli::Option> lesion_from_options() {
    return {
        {"--points", "", "LIST", "the patch as points on the skin, x,y,z in metres, separated by ';'"},
        {"--landmarks", "", "NAMES",
         "the patch as landmarks, e.g. mtp2_dorsal:left,mtp3_dorsal:left (a bare name: both sides)"},
        {"--radius", "", "CM", "how far around each point the patch reaches, 0.5 to 20 cm (default 3)"},
        {"--map", "", "ID|FILE", "rank on this map only (default: classical and evidence)"},
        {"--top", "", "N", "how many roots to list per map, 1 to 20 (default 5)"},
        {"--json", "", "", "print JSON instead of text"},
        body_option(),
        {"--help", "-h", "", "show this help"},
    };
}

float parse_radius_cm(const std::string& text) {
    float v = 0.0f;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !(v >= 0.5f && v <= 20.0f))
        throw cli::UsageError("--radius '" + text + "': expected centimetres from 0.5 to 20, e.g. 3 or 2.5");
    return v;
}

double rounded(float v) { return std::round(double(v) * 1000.0) / 1000.0; }

std::string percent(float v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%3.0f %%", double(v) * 100.0);
    return buf;
}

nlohmann::ordered_json explanation_json(const DermatomeMap& map, const PatchExplanation& e, int top) {
    nlohmann::ordered_json out;
    out["map"] = map.id;
    out["citation"] = map.citation;
    out["single_root"] = e.single_root;
    out["verdict"] = e.verdict;
    out["candidates"] = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < e.ranked.size() && int(i) < top; ++i)
        out["candidates"].push_back({{"root", level_name(e.ranked[i].level)},
                                     {"side", std::string(body_side_name(e.ranked[i].side))},
                                     {"coverage", rounded(e.ranked[i].coverage)},
                                     {"spill", rounded(e.ranked[i].spill)}});
    return out;
}

void print_explanation(const DermatomeMap& map, const PatchExplanation& e, int top) {
    std::cout << map.title << "\n";
    for (std::size_t i = 0; i < e.ranked.size() && int(i) < top; ++i) {
        const RootCandidate& c = e.ranked[i];
        std::cout << "  " << i + 1 << ". " << level_name(c.level) << " " << body_side_name(c.side) << ": supplies "
                  << percent(c.coverage) << " of the patch; " << percent(c.spill)
                  << " of the skin it dominates lies outside it\n";
    }
    std::cout << "  => " << e.verdict << "\n";
}

} // namespace

int run_lesion_from(int argc, char** argv, int first) {
    const char* usage = "dermaview lesion-from (--points LIST | --landmarks NAMES) [--radius CM] [--map ID] [--json]";
    return run_verb({"lesion-from", usage,
                     "Which single root explains a patch of altered skin? Ranks the roots on each map by the share\n"
                     "of the patch they supply (their baked weights, area-weighted); a patch no root supplies to\n"
                     "60 % is not a single-root pattern. The landmarks are the default set's.",
                     lesion_from_options(), 0},
                    argc, argv, first, [&](const cli::Args& args) {
        const auto points_text = args.value("--points");
        const auto names = args.value("--landmarks");
        if (points_text.has_value() == names.has_value())
            throw cli::UsageError("give the patch one way: --points x,y,z;... or --landmarks name,name");
        const float radius_cm = parse_radius_cm(args.value("--radius").value_or("3"));
        const int top = cli::parse_int("--top", args.value("--top").value_or("5"), 1, 20);
        Scene defaults;
        if (const auto body = args.value("--body"))
            defaults.body = *body;
        const BodyModel model = load_model(defaults);
        const int level = BodyModel::bake_level;
        const std::vector<glm::vec3> points = points_text ? parse_patch_points(*points_text)
                                                          : landmark_patch_points(model.landmarks(), model.body().skin, *names);
        const DisplayMesh& display = model.display(level);
        const std::vector<std::uint32_t> patch = patch_around(display, points, radius_cm / 100.0f);
        if (patch.empty())
            throw Error("the patch covers no skin: the points lie more than " + std::to_string(radius_cm) +
                        " cm from the body; give points on the skin or a larger --radius");
        std::vector<std::string> maps = {"classical", "evidence"};
        if (const auto map = args.value("--map"))
            maps = {*map};
        nlohmann::ordered_json out;
        bool first_map = true;
        for (const std::string& id : maps) {
            const MapHandle map = model.map(find_map(maps_dir(data_dir()), id));
            const PackedMap& packed = model.packed(*map, level);
            const PatchExplanation e = explain_patch(display, patch, packed.weights, model.display_fields(level).side);
            if (first_map && !args.has("--json"))
                std::cout << "Patch: " << points.size() << " point(s), radius " << radius_cm << " cm, "
                          << std::lround(e.patch_area_cm2) << " cm2 of skin, " << percent(e.left_share)
                          << " on the left\n";
            first_map = false;
            if (args.has("--json"))
                out["maps"].push_back(explanation_json(map->map, e, top));
            else
                print_explanation(map->map, e, top);
        }
        if (args.has("--json"))
            std::cout << out.dump(2) << "\n";
        return kExitOk;
    });
}

} // namespace dv::app
