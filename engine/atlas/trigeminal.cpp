// Reading and evaluating the trigeminal layer (atlas/trigeminal.h,
// docs/trigeminal.md). Its zones use the head and face coordinates only, with
// straight ranges: the divisions' borders run along the eyelid fissure and
// the mouth, which are level lines of "along" on the face.
#include "atlas/trigeminal.h"

#include "atlas/dermatome_map.h"
#include "core/files.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cmath>

namespace dv {

namespace {

using nlohmann::json;

struct Reader {
    std::filesystem::path file;
    std::vector<std::string> problems;

    void problem(std::string text) { problems.push_back(std::move(text)); }

    // [from, to] of numbers within lo..hi, from below to.
    void range(const json& z, const char* key, float lo, float hi, const std::string& where,
               std::optional<float>& from, std::optional<float>& to) {
        const auto it = z.find(key);
        if (it == z.end())
            return;
        if (!it->is_array() || it->size() != 2 || !(*it)[0].is_number() || !(*it)[1].is_number()) {
            problem(where + ": \"" + key + "\" must be [from, to], two numbers");
            return;
        }
        const float a = (*it)[0].get<float>(), b = (*it)[1].get<float>();
        if (!(a >= lo && b <= hi && a < b)) {
            problem(where + ": \"" + key + "\" is " + it->dump() + "; write from < to within " +
                    std::to_string(int(lo)) + " to " + std::to_string(int(hi)));
            return;
        }
        from = a;
        to = b;
    }

    TrigeminalZone zone(const json& z, const std::string& where) {
        TrigeminalZone out;
        const std::string d = z.value("division", std::string());
        out.division = d == "V1" ? Division::V1 : d == "V2" ? Division::V2 : d == "V3" ? Division::V3 : Division::None;
        if (out.division == Division::None)
            problem(where + ": \"division\" must be \"V1\", \"V2\" or \"V3\"");
        const json regions = z.value("region", json());
        for (const json& r : regions.is_array() ? regions : json::array({regions})) {
            const auto region = r.is_string() ? parse_region(r.get<std::string>()) : std::nullopt;
            if (!region || (*region != Region::Head && *region != Region::Face))
                problem(where + ": \"region\" has " + r.dump() + "; the trigeminal layer lies on \"head\" and \"face\" only");
            else
                out.regions.push_back(*region);
        }
        range(z, "along", 0.0f, 1.0f, where, out.along_from, out.along_to);
        range(z, "around", 0.0f, 180.0f, where, out.around_from, out.around_to);
        out.note = z.value("note", std::string());
        for (const auto& [key, value] : z.items())
            if (key != "division" && key != "region" && key != "along" && key != "around" && key != "note")
                problem(where + ": unknown field \"" + key + "\" (known: division, region, along, around, note)");
        return out;
    }
};

// The top of a scale belongs to the last range (along 1 at the chin, around
// 180 at the back), as in the map files.
bool within(float v, std::optional<float> from, std::optional<float> to, float top) {
    if (!from)
        return true;
    return v >= *from && (v < *to || (*to >= top && v <= top));
}

} // namespace

std::string_view division_name(Division d) {
    constexpr std::array<std::string_view, 4> names{"", "V1", "V2", "V3"};
    return names[std::size_t(d)];
}

std::string_view division_nerve(Division d) {
    constexpr std::array<std::string_view, 4> names{"", "ophthalmic", "maxillary", "mandibular"};
    return names[std::size_t(d)];
}

bool TrigeminalZone::claims(Region r, float along, float around) const {
    if (std::find(regions.begin(), regions.end(), r) == regions.end() || std::isnan(along) || std::isnan(around))
        return false;
    return within(along, along_from, along_to, 1.0f) && within(around, around_from, around_to, 180.0f);
}

TrigeminalLayer parse_trigeminal_layer(const std::string& text, const std::filesystem::path& source) {
    json root;
    try {
        root = json::parse(text);
    } catch (const json::exception& e) {
        throw MapError(source, {std::string("not valid JSON (") + e.what() + ")"});
    }
    Reader reader{source, {}};
    TrigeminalLayer layer;
    layer.source = source;
    if (!root.is_object() || root.value("format", std::string()) != "dermaview-trigeminal 1")
        throw MapError(source, {"top level: expected an object with \"format\": \"dermaview-trigeminal 1\" (docs/trigeminal.md)"});
    layer.title = root.value("title", std::string());
    layer.citation = root.value("citation", std::string());
    if (layer.title.empty() || layer.citation.empty())
        reader.problem("top level: \"title\" and \"citation\" are required");
    const json zones = root.value("zones", json());
    if (!zones.is_array() || zones.empty())
        reader.problem("top level: \"zones\" must be a non-empty list");
    else
        for (std::size_t i = 0; i < zones.size(); ++i) {
            const std::string where = "zone #" + std::to_string(i + 1);
            if (zones[i].is_object())
                layer.zones.push_back(reader.zone(zones[i], where));
            else
                reader.problem(where + ": expected an object");
        }
    if (!reader.problems.empty())
        throw MapError(source, reader.problems);
    return layer;
}

TrigeminalLayer load_trigeminal_layer(const std::filesystem::path& file) {
    return parse_trigeminal_layer(read_text_file(file), file);
}

const TrigeminalZone* zone_at(const TrigeminalLayer& layer, Region r, float along, float around) {
    for (const TrigeminalZone& z : layer.zones)
        if (z.claims(r, along, around))
            return &z;
    return nullptr;
}

Division division_at(const TrigeminalLayer& layer, Region r, float along, float around) {
    const TrigeminalZone* z = zone_at(layer, r, along, around);
    return z ? z->division : Division::None;
}

std::vector<glm::vec3> trigeminal_weights(const TrigeminalLayer& layer, const BodyCoordinates& c) {
    std::vector<glm::vec3> out(c.region.size(), glm::vec3(0.0f));
    for (std::size_t v = 0; v < out.size(); ++v) {
        const Division d = division_at(layer, c.region[v], c.along[v], c.around_deg[v]);
        if (d != Division::None)
            out[v][int(d) - 1] = 1.0f;
    }
    return out;
}

std::string describe_division(Division d) {
    if (d == Division::None)
        return {};
    return std::string(division_name(d)) + " (trigeminal): " + std::string(division_nerve(d)) +
           " division of cranial nerve V, not a spinal root";
}

std::filesystem::path trigeminal_layer_path(const std::filesystem::path& data_dir) {
    return data_dir / "assets" / "layers" / "trigeminal.json";
}

} // namespace dv
