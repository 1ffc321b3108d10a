// The map verbs: `maps` lists them, `check-map` validates one against the
// body, `probe` asks which roots supply a point of skin.
#include "body/nearest_point.h"
#include "core/error.h"
#include "model/map_lookup.h"
#include "render/dermatome_palette.h"
#include "render/renderer.h"
#include "model_options.h"
#include "verb_support.h"
#include "verbs.h"

#include <glm/geometric.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <iostream>

namespace dv::app {

namespace {

std::string level_list(const DermatomeMap& map) {
    std::string out;
    for (Level l : map.levels)
        out += (out.empty() ? "" : " ") + level_name(l);
    return out;
}

const std::vector<cli::Option> kMapsOptions = {
    {"--json", "", "", "print JSON: every field of each map and its levels' colours in both palettes"},
    {"--help", "-h", "", "show this help"}};

// Everything a map file says about itself, in the file's own words, and each
// level with its display colour ("#RRGGBB" sRGB) in both palettes; the
// colour-blind palette's pattern too, since its colours repeat across levels
// that never meet (docs/palette.md).
nlohmann::ordered_json map_json(const DermatomeMap& map, const std::filesystem::path& file) {
    nlohmann::ordered_json out;
    out["id"] = map.id;
    out["title"] = map.title;
    out["authors"] = map.authors;
    out["year"] = map.year;
    out["citation"] = map.citation;
    out["coverage"] = map.tiles_all_skin ? "tiles all skin" : "consistent core zones only";
    out["method"] = map.method;
    out["drawn_from"] = map.drawn_from;
    out["file"] = file.string();
    out["levels"] = nlohmann::ordered_json::array();
    for (Level l : map.levels)
        out["levels"].push_back({{"level", level_name(l)},
                                 {"standard", level_hex(l, Palette::Standard)},
                                 {"colorblind", level_hex(l, Palette::ColorBlindSafe)},
                                 {"colorblind_pattern", pattern_name(level_pattern(l, Palette::ColorBlindSafe))}});
    if (!map.tiles_all_skin)
        out["no_consistent_root"] = {{"standard", level_hex(kNoConsistentRoot, Palette::Standard)},
                                     {"colorblind", level_hex(kNoConsistentRoot, Palette::ColorBlindSafe)}};
    return out;
}

} // namespace

int run_maps(int argc, char** argv, int first) {
    const char* usage = "dermaview maps [--json]";
    return run_verb({"maps", usage,
                    "Lists the dermatome maps with their levels and citations.",
                    kMapsOptions, 0},
                    argc, argv, first, [&](const cli::Args& args) {
        int broken = 0;
        nlohmann::ordered_json all = nlohmann::ordered_json::array();
        for (const auto& file : map_files(maps_dir(data_dir()))) {
            try {
                const DermatomeMap map = load_map(file);
                if (args.has("--json")) {
                    all.push_back(map_json(map, file));
                    continue;
                }
                std::cout << map.id << ": " << map.title << "\n"
                          << "  coverage:  " << (map.tiles_all_skin ? "tiles all skin" : "consistent core zones only") << "\n"
                          << "  levels:    " << level_list(map) << "\n"
                          << "  method:    " << map.method << "\n"
                          << "  citation:  " << map.citation << "\n"
                          << (map.drawn_from.empty() ? "" : "  drawn from: " + map.drawn_from + "\n")
                          << "  file:      " << file.string() << "\n\n";
            } catch (const Error& e) {
                ++broken;
                std::cerr << "dermaview: " << e.what() << "\n";
            }
        }
        if (args.has("--json"))
            std::cout << all.dump(2) << "\n";
        return broken ? kExitUsage : kExitOk;
    });
}

namespace {
std::vector<cli::Option> check_options() {
    return {body_option(), landmarks_option(), {"--help", "-h", "", "show this help"}};
}
} // namespace

int run_check_map(int argc, char** argv, int first) {
    const char* usage = "dermaview check-map FILE [--body FILE] [--landmarks FILE]";
    const std::vector<cli::Option> options = check_options();
    return run_verb({"check-map", usage,
                    "Checks a dermatome map file: JSON syntax (line and column), fields, level\n"
            "and region names, ranges, and, baked onto the body, holes, zones that\n"
            "contradict each other and zones that cover nothing. Exit 0 when clean.",
                    options, 1},
                    argc, argv, first, [&](const cli::Args& args) {
        if (args.positional().empty())
            throw cli::UsageError("check-map needs the map file to check");
        const std::string file = args.positional().front();
        const BodyModel model = load_model(args);
        const DermatomeMap& map = model.map(file)->map; // parsed and baked: every problem throws
        std::cout << "ok: " << file << " (" << map.id << ", " << map.zones.size() << " zones, levels "
                  << level_list(map) << ") fits " << model.body().source.filename().string() << "\n";
        return kExitOk;
    });
}

namespace {
// How far from the skin a point given as x,y,z may be: a point picked on the
// skin by hand or copied with a few decimals lands within it; anything
// farther is a question about some other place, refused rather than snapped.
constexpr int kProbeToleranceMm = 5;

std::string off_skin_message(const std::string& at, float distance, const BodyCoordinates& coords, std::uint32_t v) {
    char how_far[32];
    if (distance >= 1.0f)
        std::snprintf(how_far, sizeof how_far, "%.2f m", double(distance));
    else
        std::snprintf(how_far, sizeof how_far, "%.0f mm", double(distance) * 1000.0);
    std::string region(region_name(coords.region[v]));
    std::replace(region.begin(), region.end(), '_', ' ');
    const std::string side(side_name(coords.side[v]));
    const std::string where = side == "midline" ? region + " (midline)" : side + " " + region;
    return "the point " + at + " is not on the skin: the nearest skin is " + how_far + " away, on the " + where +
           ". Give a point on the skin (within " + std::to_string(kProbeToleranceMm) +
           " mm), e.g. a landmark name (dermaview landmarks)";
}

std::vector<cli::Option> probe_options() {
    return {map_option(),
            {"--at", "", "LANDMARK|x,y,z", "a landmark name (e.g. key_C6, nipple, umbilicus) or a point in metres"},
            {"--side", "", "left|right", "side of a two-sided landmark (default left)"},
            {"--json", "", "", "print JSON"},
            body_option(),
            landmarks_option(),
            {"--help", "-h", "", "show this help"}};
}

std::optional<glm::vec3> parse_point(const std::string& text) {
    glm::vec3 p(0.0f);
    const char* s = text.data();
    const char* end = s + text.size();
    for (int k = 0; k < 3; ++k) {
        auto [next, ec] = std::from_chars(s, end, p[k]);
        if (ec != std::errc())
            return std::nullopt;
        s = next;
        if (k < 2) {
            if (s == end || *s != ',')
                return std::nullopt;
            ++s;
        }
    }
    if (s != end)
        return std::nullopt;
    return p;
}
} // namespace

int run_probe(int argc, char** argv, int first) {
    const char* usage = "dermaview probe --at LANDMARK|x,y,z [--map ID] [--side left|right] [--json]";
    const std::vector<cli::Option> options = probe_options();
    return run_verb({"probe", usage,
                    "Which roots supply this skin? Prints the levels and weights at the skin\n"
            "point nearest to a landmark or a position, with the map's confidence and\n"
            "note there. A point given as x,y,z must be on the skin, within " +
                        std::to_string(kProbeToleranceMm) + " mm of it.",
                    options, 0},
                    argc, argv, first, [&](const cli::Args& args) {
        const auto at = args.value("--at");
        if (!at)
            throw cli::UsageError("probe needs a point: --at LANDMARK or --at x,y,z");
        const std::string side_text = args.value("--side").value_or("left");
        if (side_text != "left" && side_text != "right")
            throw cli::UsageError("--side '" + side_text + "': expected left or right");
        const BodyModel model = load_model(args);
        const SurfaceMesh& skin = model.body().skin;

        std::uint32_t vertex = 0;
        glm::vec3 asked(0.0f);
        std::string asked_name;
        float off_skin = 0.0f;
        if (const auto point = parse_point(*at)) {
            asked = *point;
            const NearestPoint nearest = nearest_point_on(skin, asked);
            vertex = nearest.nearest_vertex;
            off_skin = nearest.distance;
        } else {
            const Side side = side_text == "right" ? Side::Right : Side::Left;
            const Landmark* l = model.landmarks().find(*at, side);
            if (!l)
                l = model.landmarks().find(*at, Side::Midline);
            if (!l)
                throw Error("no landmark called '" + *at + "' (" + side_text +
                            " or midline); 'dermaview landmarks' lists them, or give a point as x,y,z in metres");
            vertex = l->vertex;
            asked = l->position_on(skin);
            asked_name = l->name;
        }

        if (off_skin * 1000.0f > float(kProbeToleranceMm))
            throw Error(off_skin_message(*at, off_skin, model.coordinates(), vertex));
        const MapHandle map = model.map(find_map(maps_dir(data_dir()), args.value("--map").value_or("classical")));
        // The coordinates the zone was decided from: the base vertex's own
        // display vertex, on the skin the map was baked on.
        const BodyCoordinates& coords = model.coordinates(map->baked.level);
        const PointWeights& w = map->baked.weights[vertex];
        const Zone& zone = map->map.zones[std::size_t(map->baked.zone[vertex])];
        // The face and front scalp are a cranial nerve's: say which division.
        const Division division =
            division_at(model.trigeminal_layer(), coords.region[vertex], coords.along[vertex], coords.around_deg[vertex]);
        const glm::vec3 p = skin.positions[vertex];
        const std::string side = std::string(side_name(coords.side[vertex]));

        if (args.has("--json")) {
            nlohmann::ordered_json out;
            out["map"] = map->map.id;
            out["citation"] = map->map.citation;
            if (!asked_name.empty())
                out["landmark"] = asked_name;
            out["skin_point"] = {std::round(double(p.x) * 1e4) / 1e4, std::round(double(p.y) * 1e4) / 1e4,
                                 std::round(double(p.z) * 1e4) / 1e4};
            out["distance_m"] = std::round(double(glm::length(p - asked)) * 1e4) / 1e4;
            out["region"] = region_name(coords.region[vertex]);
            out["side"] = side;
            auto number = [](float f) { return std::isnan(f) ? nlohmann::ordered_json() : nlohmann::ordered_json(std::round(double(f) * 1000) / 1000); };
            out["along"] = number(coords.along[vertex]);
            out["around_deg"] = number(coords.around_deg[vertex]);
            out["spinal_level"] = number(coords.spinal_level[vertex]);
            for (int i = 0; i < w.count; ++i)
                out["levels"].push_back({{"level", level_name(w.entries[std::size_t(i)].level)},
                                         {"weight", std::round(double(w.entries[std::size_t(i)].weight) * 1000) / 1000}});
            out["zone_level"] = level_name(zone.level);
            if (division != Division::None)
                out["trigeminal"] = division_name(division);
            out["confidence"] = confidence_name(zone.confidence);
            out["note"] = zone.note;
            std::cout << out.dump(2) << "\n";
            return kExitOk;
        }
        std::cout << map->map.title << "\n";
        std::cout << "  at:         " << (asked_name.empty() ? *at : asked_name) << ", skin of the "
                  << region_name(coords.region[vertex]) << " (" << side << ")\n";
        std::cout << "  roots:      " << describe_weights(w) << "\n";
        if (division != Division::None)
            std::cout << "  cranial:    " << describe_division(division) << "\n";
        std::string where_on_body;
        char buf[64];
        if (!std::isnan(coords.along[vertex])) {
            std::snprintf(buf, sizeof buf, "along %.2f, around %.0f deg", double(coords.along[vertex]),
                          double(coords.around_deg[vertex]));
            where_on_body = buf;
        }
        if (!std::isnan(coords.spinal_level[vertex])) {
            std::snprintf(buf, sizeof buf, "spinal level %.2f", double(coords.spinal_level[vertex]));
            where_on_body = buf;
        }
        if (!where_on_body.empty())
            std::cout << "  body:       " << where_on_body << " (docs/body-coordinates.md)\n";
        std::cout << "  confidence: " << confidence_name(zone.confidence) << " (" << zone.describe() << ")\n";
        if (!zone.note.empty())
            std::cout << "  note:       " << zone.note << "\n";
        return kExitOk;
    });
}

} // namespace dv::app
