// The map verbs: `maps` lists them, `check-map` validates one against the
// body, `probe` asks which roots supply a point of skin.
#include "core/error.h"
#include "model/map_lookup.h"
#include "model_options.h"
#include "verb_support.h"
#include "verbs.h"

#include <glm/geometric.hpp>
#include <nlohmann/json.hpp>

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

const std::vector<cli::Option> kMapsOptions = {{"--help", "-h", "", "show this help"}};

} // namespace

int run_maps(int argc, char** argv, int first) {
    const char* usage = "dermaview maps";
    return run_verb({"maps", usage,
                    "Lists the dermatome maps with their levels and citations.",
                    kMapsOptions, 0},
                    argc, argv, first, [&](const cli::Args&) {
        int broken = 0;
        for (const auto& file : map_files(maps_dir(data_dir()))) {
            try {
                const DermatomeMap map = load_map(file);
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
            "note there.",
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
        if (const auto point = parse_point(*at)) {
            asked = *point;
            float best = std::numeric_limits<float>::max();
            for (std::uint32_t v = 0; v < skin.vertex_count(); ++v)
                if (const float d = glm::length(skin.positions[v] - asked); d < best) {
                    best = d;
                    vertex = v;
                }
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

        const BodyCoordinates& coords = model.coordinates();
        const MapHandle map = model.map(find_map(maps_dir(data_dir()), args.value("--map").value_or("classical")));
        const PointWeights& w = map->baked.weights[vertex];
        const Zone& zone = map->map.zones[std::size_t(map->baked.zone[vertex])];
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
            out["confidence"] = confidence_name(zone.confidence);
            out["note"] = zone.note;
            std::cout << out.dump(2) << "\n";
            return kExitOk;
        }
        std::cout << map->map.title << "\n";
        std::cout << "  at:         " << (asked_name.empty() ? *at : asked_name) << ", skin of the "
                  << region_name(coords.region[vertex]) << " (" << side << ")\n";
        std::cout << "  roots:      " << describe_weights(w) << "\n";
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
