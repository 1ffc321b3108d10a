#include "atlas/dermatome_map.h"

#include "core/files.h"
#include "core/json_text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <set>

namespace dv {

namespace {

using nlohmann::json;

std::string join_lines(const std::filesystem::path& file, const std::vector<std::string>& problems) {
    std::string out = "map file '" + file.string() + "' has " + std::to_string(problems.size()) +
                      (problems.size() == 1 ? " problem:" : " problems:");
    for (const std::string& p : problems)
        out += "\n  - " + p;
    return out;
}

// Lines where each object of the top-level "zones" array starts, found by a
// small scan of the text (nlohmann/json keeps no positions). Strings are
// skipped so braces inside notes do not count.
std::vector<int> zone_lines(const std::string& text) {
    std::vector<int> lines;
    const auto key = text.find("\"zones\"");
    if (key == std::string::npos)
        return lines;
    std::size_t i = text.find('[', key);
    int depth = 0, line = int(position_of(text, i).line);
    bool in_string = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n')
            ++line;
        if (in_string) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"')
            in_string = true;
        else if (c == '[' || c == '{') {
            if (c == '{' && depth == 1)
                lines.push_back(line);
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0)
                break;
        }
    }
    return lines;
}

// Which coordinates exist on which regions (docs/body-coordinates.md).
bool has_spinal(Region r) { return r == Region::Neck || r == Region::Trunk || r == Region::Perineum; }
// along: limbs, and the height below the vertex on head and face;
// around: everywhere (around the trunk, and about the head's vertical axis).
bool has_along(Region r) { return !has_spinal(r); }

class Reader {
public:
    Reader(const std::filesystem::path& file, const std::string& text) : file_(file), text_(text) {}

    DermatomeMap read() {
        if (const std::size_t deep = json_nesting_exceeded(text_); deep != std::string::npos) {
            const TextPosition p = position_of(text_, deep);
            throw MapError(file_, {"line " + std::to_string(p.line) + ", column " + std::to_string(p.column) +
                                   ": nested more than " + std::to_string(kMaxJsonNesting) +
                                   " levels deep; a map nests 4 (see docs/map-format.md)"});
        }
        json root;
        try {
            root = json::parse(text_);
        } catch (const json::parse_error& e) {
            const TextPosition p = position_of(text_, e.byte > 0 ? e.byte - 1 : 0);
            throw MapError(file_, {"line " + std::to_string(p.line) + ", column " + std::to_string(p.column) +
                                   ": not valid JSON (" + e.what() + ")"});
        } catch (const json::exception& e) {
            // A number too large for a double (1e999) is out_of_range, not a
            // parse_error, and carries no position (found by fuzzing).
            throw MapError(file_, {"not valid JSON (" + std::string(e.what()) + "); write numbers within ±1e308"});
        }
        if (!root.is_object())
            throw MapError(file_, {"top level: expected a JSON object (see docs/map-format.md)"});
        DermatomeMap map;
        map.source = file_;
        const std::string format = text_field(root, "format", "top level");
        if (!format.empty() && format != "dermaview-map 1")
            problem("top level: \"format\" is \"" + format + "\"; this version reads \"dermaview-map 1\"");
        map.id = text_field(root, "id", "top level");
        map.title = text_field(root, "title", "top level");
        map.authors = text_field(root, "authors", "top level");
        map.citation = text_field(root, "citation", "top level");
        if (!map.citation.empty() && map.citation.size() < 30)
            problem("top level: \"citation\" is too short to be a full reference (authors, title, journal, year, pages)");
        map.method = text_field(root, "method", "top level");
        map.drawn_from = text_field(root, "drawn_from", "top level", false);
        if (const auto y = root.find("year"); y == root.end() || !y->is_number_integer() || *y < 1800 || *y > 2100)
            problem("top level: \"year\" must be the year of publication, e.g. 1948");
        else
            map.year = y->get<int>();
        const std::string coverage = text_field(root, "coverage", "top level");
        if (coverage == "tiles all skin")
            map.tiles_all_skin = true;
        else if (coverage == "consistent core zones only")
            map.tiles_all_skin = false;
        else if (!coverage.empty())
            problem("top level: \"coverage\" must be \"tiles all skin\" or \"consistent core zones only\"");
        if (const auto t = root.find("transition_cm"); t != root.end()) {
            if (!t->is_number() || *t < 0.0 || *t > 20.0)
                problem("top level: \"transition_cm\" must be a width in centimetres from 0 to 20");
            else
                map.transition_cm = t->get<float>();
        }
        read_levels(root, map);
        read_zones(root, map);
        if (!problems_.empty())
            throw MapError(file_, problems_);
        return map;
    }

private:
    void problem(std::string p) { problems_.push_back(std::move(p)); }

    std::string text_field(const json& j, const char* key, const std::string& where, bool required = true) {
        const auto it = j.find(key);
        if (it == j.end()) {
            if (required)
                problem(where + ": missing \"" + key + "\"");
            return {};
        }
        if (!it->is_string() || it->get<std::string>().empty()) {
            problem(where + ": \"" + key + "\" must be a non-empty string");
            return {};
        }
        return it->get<std::string>();
    }

    void read_levels(const json& root, DermatomeMap& map) {
        const auto it = root.find("levels");
        if (it == root.end() || !it->is_array() || it->empty()) {
            problem("top level: \"levels\" must list the levels the map shows, e.g. [\"C2\", \"C3\", ...]");
            return;
        }
        for (const json& l : *it) {
            const auto level = l.is_string() ? parse_level(l.get<std::string>()) : std::nullopt;
            if (!level || !is_spinal(*level))
                problem("top level: \"levels\" has " + l.dump() + ", which is not a level (C2 ... C8, T1 ... T12, "
                        "L1 ... L5, S1 ... S5, Co1)");
            else if (std::find(map.levels.begin(), map.levels.end(), *level) != map.levels.end())
                problem("top level: \"levels\" lists " + level_name(*level) + " twice");
            else
                map.levels.push_back(*level);
        }
    }

    // One end of a range: a number, a level name (spinal), or, where the
    // range may be oblique, a pair [near, far] of numbers.
    bool range_end(const json& e, const std::string& where, const char* key, float lo, float hi, bool level_names,
                   bool oblique, int k, float out[2]) {
        if (oblique && e.is_array()) {
            if (e.size() != 2 || !e[0].is_number() || !e[1].is_number()) {
                problem(where + ": \"" + key + "\" has " + e.dump() + "; an oblique end is a pair of numbers [near, far]");
                return false;
            }
            out[0] = e[0].get<float>();
            out[1] = e[1].get<float>();
        } else if (e.is_number()) {
            out[0] = out[1] = e.get<float>();
        } else if (level_names && e.is_string() && parse_level(e.get<std::string>()) &&
                   is_spinal(*parse_level(e.get<std::string>()))) {
            // A level name means its whole band: from its top, to its bottom.
            out[0] = out[1] = float(*parse_level(e.get<std::string>())) + (k == 0 ? -0.5f : 0.5f);
        } else {
            problem(where + ": \"" + key + "\" has " + e.dump() +
                    (level_names ? ", not a number or a level name" : oblique ? ", not a number or a pair [near, far]" : ", not a number"));
            return false;
        }
        for (float v : {out[0], out[1]})
            if (v < lo || v > hi) {
                problem(where + ": \"" + key + "\" value " + e.dump() + " is out of range " + std::to_string(int(lo)) +
                        " to " + std::to_string(int(hi)));
                return false;
            }
        return true;
    }

    std::optional<Range> range(const json& z, const char* key, const std::string& where, float lo, float hi,
                               bool wraps, bool level_names, bool oblique = false) {
        const auto it = z.find(key);
        if (it == z.end())
            return std::nullopt;
        if (!it->is_array() || it->size() != 2) {
            problem(where + ": \"" + key + "\" must be [from, to]");
            return std::nullopt;
        }
        float from[2], to[2];
        if (!range_end((*it)[0], where, key, lo, hi, level_names, oblique, 0, from) ||
            !range_end((*it)[1], where, key, lo, hi, level_names, oblique, 1, to))
            return std::nullopt;
        // An oblique range may close to nothing at one side (a band that
        // ends in a point), never open backwards.
        if (!wraps && !(from[0] <= to[0] && from[1] <= to[1] && (from[0] < to[0] || from[1] < to[1]))) {
            problem(where + ": \"" + key + "\" is inverted or empty: from " + (*it)[0].dump() + " is not below to " +
                    (*it)[1].dump());
            return std::nullopt;
        }
        if (wraps && from[0] == to[0] && from[1] == to[1]) {
            problem(where + ": \"" + key + "\" is empty: from and to are both " + (*it)[0].dump());
            return std::nullopt;
        }
        return Range{from[0], to[0], from[1], to[1]};
    }

    // An oblique end runs across the zone's other limb coordinate, so that
    // one must be there and straight (docs/map-format.md).
    void check_oblique(const Zone& zone, const std::string& where) {
        const bool along = zone.along && zone.along->oblique(), around = zone.around && zone.around->oblique();
        if (along && around)
            problem(where + ": \"along\" and \"around\" are both oblique; make one of them straight");
        else if (along && !zone.around)
            problem(where + ": \"along\" has an oblique end [near, far] but the zone has no \"around\"; the end "
                    "runs from near at around's from to far at around's to");
        else if (around && !zone.along)
            problem(where + ": \"around\" has an oblique end [near, far] but the zone has no \"along\"; the end "
                    "runs from near at along's from to far at along's to");
    }

    void read_zones(const json& root, DermatomeMap& map) {
        const auto it = root.find("zones");
        if (it == root.end() || !it->is_array() || it->empty()) {
            problem("top level: \"zones\" must be a non-empty list of zones");
            return;
        }
        const std::vector<int> lines = zone_lines(text_);
        std::set<Level> used;
        for (std::size_t i = 0; i < it->size(); ++i) {
            const json& z = (*it)[i];
            Zone zone;
            zone.number = int(i) + 1;
            zone.line = i < lines.size() ? lines[i] : 0;
            std::string where = "zone #" + std::to_string(zone.number) + (zone.line ? " (line " + std::to_string(zone.line) + ")" : "");
            if (!z.is_object()) {
                problem(where + ": expected an object");
                continue;
            }
            const std::string level = text_field(z, "level", where);
            if (!level.empty()) {
                const auto parsed = parse_level(level);
                if (!parsed) {
                    problem(where + ": unknown level \"" + level +
                            "\"; use C2 ... Co1, \"no consistent root\" or \"not shown\"");
                } else {
                    zone.level = *parsed;
                    if (is_spinal(*parsed) &&
                        std::find(map.levels.begin(), map.levels.end(), *parsed) == map.levels.end() && !map.levels.empty())
                        problem(where + ": level " + level + " is not in the map's \"levels\"");
                    used.insert(*parsed);
                }
            }
            read_regions(z, where, zone);
            zone.along = range(z, "along", where, 0.0f, 1.0f, false, false, true);
            zone.around = range(z, "around", where, 0.0f, 360.0f, true, false, true);
            zone.spinal = range(z, "spinal", where, 1.0f, 31.5f, false, true);
            check_oblique(zone, where);
            for (Region r : zone.regions) {
                if (zone.along && !has_along(r))
                    problem(where + ": \"along\" does not apply to region \"" + std::string(region_name(r)) +
                            "\" (limbs, hands, feet, digits, head and face; use \"spinal\" on neck, trunk and perineum)");
                if (zone.spinal && !has_spinal(r))
                    problem(where + ": \"spinal\" does not apply to region \"" + std::string(region_name(r)) +
                            "\" (neck, trunk and perineum only)");
            }
            const std::string confidence = text_field(z, "confidence", where, false);
            if (confidence == "medium")
                zone.confidence = Confidence::Medium;
            else if (confidence == "low")
                zone.confidence = Confidence::Low;
            else if (!confidence.empty() && confidence != "high")
                problem(where + ": confidence \"" + confidence + "\" is not one of high, medium, low");
            zone.note = text_field(z, "note", where, false);
            for (const auto& [key, value] : z.items()) {
                (void)value;
                static const std::set<std::string> known = {"level", "region", "along", "around", "spinal", "confidence", "note"};
                if (!known.count(key))
                    problem(where + ": unknown field \"" + key + "\" (known: level, region, along, around, spinal, confidence, note)");
            }
            map.zones.push_back(std::move(zone));
        }
        for (Level l : map.levels)
            if (!used.count(l))
                problem("top level: level " + level_name(l) + " is listed in \"levels\" but no zone gives it skin");
    }

    void read_regions(const json& z, const std::string& where, Zone& zone) {
        const auto it = z.find("region");
        if (it == z.end()) {
            problem(where + ": missing \"region\"");
            return;
        }
        std::vector<json> names = it->is_array() ? std::vector<json>(it->begin(), it->end()) : std::vector<json>{*it};
        if (names.empty())
            problem(where + ": \"region\" is an empty list");
        for (const json& n : names) {
            const auto r = n.is_string() ? parse_region(n.get<std::string>()) : std::nullopt;
            if (!r)
                problem(where + ": unknown region " + n.dump() + " (see docs/map-format.md for the names)");
            else
                zone.regions.push_back(*r);
        }
    }

    const std::filesystem::path& file_;
    const std::string& text_;
    std::vector<std::string> problems_;
};

} // namespace

Range Range::at(float t) const {
    Range r;
    r.from = r.from_far = from + t * (from_far - from);
    r.to = r.to_far = to + t * (to_far - to);
    return r;
}

float fraction_across(const Range& r, float value, bool wraps) {
    float span = r.to - r.from, into = value - r.from;
    if (wraps) {
        span = std::fmod(span + 360.0f, 360.0f);
        into = std::fmod(into + 360.0f, 360.0f);
    }
    return span > 0.0f ? std::clamp(into / span, 0.0f, 1.0f) : 0.0f;
}

std::string Zone::describe() const {
    std::string out = "zone #" + std::to_string(number);
    if (line)
        out += " (line " + std::to_string(line) + ", " + level_name(level) + ")";
    else
        out += " (" + level_name(level) + ")";
    return out;
}

MapError::MapError(const std::filesystem::path& file, std::vector<std::string> problems)
    : Error(join_lines(file, problems)), problems_(std::move(problems)) {}

DermatomeMap load_map(const std::filesystem::path& file) { return parse_map(read_text_file(file), file); }

DermatomeMap parse_map(const std::string& text, const std::filesystem::path& source) {
    return Reader(source, text).read();
}

} // namespace dv
