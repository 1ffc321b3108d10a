#include "body/landmarks.h"

#include "core/error.h"
#include "core/files.h"
#include "core/json_text.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <algorithm>
#include <set>

namespace dv {

std::string_view side_name(Side s) {
    switch (s) {
    case Side::Left: return "left";
    case Side::Right: return "right";
    case Side::Midline: break;
    }
    return "midline";
}

std::string_view confidence_name(Confidence c) {
    switch (c) {
    case Confidence::Medium: return "medium";
    case Confidence::Low: return "low";
    case Confidence::High: break;
    }
    return "high";
}

const Landmark* LandmarkSet::find(std::string_view name, Side side) const {
    for (const Landmark& l : landmarks)
        if (l.name == name && l.side == side)
            return &l;
    return nullptr;
}

const Landmark& LandmarkSet::get(std::string_view name, Side side) const {
    if (const Landmark* l = find(name, side))
        return *l;
    throw Error("landmark '" + std::string(name) + "' (" + std::string(side_name(side)) + ") is missing from '" +
                source.string() + "'; add it to the file (see docs/landmarks.md)");
}

glm::vec3 Landmark::position_on(const SurfaceMesh& skin) const {
    if (blend.empty())
        return skin.positions.at(vertex);
    glm::vec3 p(0.0f);
    for (const Corner& c : blend)
        p += c.weight * skin.positions.at(c.vertex);
    return p;
}

glm::vec3 LandmarkSet::position(const SurfaceMesh& skin, std::string_view name, Side side) const {
    return get(name, side).position_on(skin);
}

namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::filesystem::path& file, const std::string& where, const std::string& what) {
    throw Error("landmark file '" + file.string() + "', " + where + ": " + what);
}

std::string string_field(const std::filesystem::path& file, const std::string& where, const json& j,
                         const char* key, bool required = true) {
    const auto it = j.find(key);
    if (it == j.end()) {
        if (required)
            fail(file, where, std::string("missing field \"") + key + "\"");
        return {};
    }
    if (!it->is_string())
        fail(file, where, std::string("field \"") + key + "\" must be a string");
    return it->get<std::string>();
}

} // namespace

LandmarkSet load_landmarks(const std::filesystem::path& file) { return parse_landmarks(read_text_file(file), file); }

LandmarkSet parse_landmarks(const std::string& text, const std::filesystem::path& file) {
    if (const std::size_t deep = json_nesting_exceeded(text); deep != std::string::npos) {
        const TextPosition p = position_of(text, deep);
        throw Error("landmark file '" + file.string() + "', line " + std::to_string(p.line) + ", column " +
                    std::to_string(p.column) + ": nested more than " + std::to_string(kMaxJsonNesting) +
                    " levels deep; a landmark file nests 5 (see docs/landmarks.md)");
    }
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        const TextPosition p = position_of(text, e.byte > 0 ? e.byte - 1 : 0);
        throw Error("landmark file '" + file.string() + "', line " + std::to_string(p.line) + ", column " +
                    std::to_string(p.column) + ": not valid JSON (" + e.what() + ")");
    } catch (const json::exception& e) {
        // A number too large for a double (1e999) is out_of_range, not a
        // parse_error, and carries no position (found by fuzzing).
        throw Error("landmark file '" + file.string() + "': not valid JSON (" + e.what() + "); write numbers within ±1e308");
    }
    if (!root.is_object())
        fail(file, "top level", "expected a JSON object with \"topology\", \"vertex_count\" and \"landmarks\"");

    LandmarkSet set;
    set.source = file;
    set.topology = string_field(file, "top level", root, "topology");
    const auto count = root.find("vertex_count");
    if (count == root.end() || !count->is_number_unsigned() || count->get<std::size_t>() == 0)
        fail(file, "top level", "\"vertex_count\" must be a positive whole number (the skin's vertex count)");
    set.vertex_count = count->get<std::size_t>();
    set.faces_fingerprint = string_field(file, "top level", root, "faces_fingerprint", false);
    const auto list = root.find("landmarks");
    if (list == root.end() || !list->is_array() || list->empty())
        fail(file, "top level", "\"landmarks\" must be a non-empty array");

    std::set<std::pair<std::string, Side>> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json& j = (*list)[i];
        std::string where = "landmark #" + std::to_string(i + 1);
        if (!j.is_object())
            fail(file, where, "expected an object");
        Landmark l;
        l.name = string_field(file, where, j, "name");
        where += " (\"" + l.name + "\")";
        const std::string side = string_field(file, where, j, "side");
        if (side == "left")
            l.side = Side::Left;
        else if (side == "right")
            l.side = Side::Right;
        else if (side == "midline")
            l.side = Side::Midline;
        else
            fail(file, where, "side \"" + side + "\" is not one of left, right, midline");
        l.group = string_field(file, where, j, "group");
        l.level = string_field(file, where, j, "level", false);
        l.description = string_field(file, where, j, "description");
        const std::string confidence = string_field(file, where, j, "confidence", false);
        if (confidence.empty() || confidence == "high")
            l.confidence = Confidence::High;
        else if (confidence == "medium")
            l.confidence = Confidence::Medium;
        else if (confidence == "low")
            l.confidence = Confidence::Low;
        else
            fail(file, where, "confidence \"" + confidence + "\" is not one of high, medium, low");
        const auto index = [&](const json& v) {
            if (!v.is_number_unsigned())
                fail(file, where, "a vertex must be given as an index (a whole number from 0)");
            if (v.get<std::uint64_t>() >= set.vertex_count)
                fail(file, where, "vertex " + std::to_string(v.get<std::uint64_t>()) +
                                      " is out of range: the file declares " + std::to_string(set.vertex_count) +
                                      " vertices");
            return v.get<std::uint32_t>();
        };
        const auto v = j.find("vertex");
        const auto corners = j.find("corners");
        if ((v == j.end()) == (corners == j.end()))
            fail(file, where, "give either \"vertex\": INDEX, or \"corners\": [[INDEX, WEIGHT], ...] for a point "
                              "inside a face");
        if (v != j.end()) {
            l.vertex = index(*v);
        } else {
            if (!corners->is_array() || corners->size() < 2 || corners->size() > 4)
                fail(file, where, "\"corners\" must list 2 to 4 [vertex, weight] pairs of one face");
            float sum = 0.0f, heaviest = -1.0f;
            for (const json& c : *corners) {
                if (!c.is_array() || c.size() != 2 || !c[1].is_number() || c[1].get<double>() < 0.0)
                    fail(file, where, "each corner must be [vertex, weight] with a weight of 0 or more");
                const Landmark::Corner corner{index(c[0]), c[1].get<float>()};
                sum += corner.weight;
                if (corner.weight > heaviest) {
                    heaviest = corner.weight;
                    l.vertex = corner.vertex;
                }
                l.blend.push_back(corner);
            }
            if (std::abs(sum - 1.0f) > 1e-3f)
                fail(file, where, "the corner weights add up to " + std::to_string(sum) + ", not 1");
        }
        if (!seen.insert({l.name, l.side}).second)
            fail(file, where, "\"" + l.name + "\" (" + side + ") appears twice");
        set.landmarks.push_back(std::move(l));
    }
    return set;
}

namespace {
bool corners_share_a_face(const SurfaceMesh& skin, const std::vector<Landmark::Corner>& corners) {
    for (std::size_t f = 0; f < skin.face_count(); ++f) {
        const auto begin = skin.face_indices.begin() + skin.face_offsets[f];
        const auto end = skin.face_indices.begin() + skin.face_offsets[f + 1];
        if (std::all_of(corners.begin(), corners.end(),
                        [&](const Landmark::Corner& c) { return std::find(begin, end, c.vertex) != end; }))
            return true;
    }
    return false;
}
} // namespace

std::string topology_fingerprint(const SurfaceMesh& skin) {
    // FNV-1a over the face sizes and indices.
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&h](std::uint32_t v) {
        for (int i = 0; i < 4; ++i) {
            h ^= (v >> (8 * i)) & 0xffu;
            h *= 1099511628211ull;
        }
    };
    for (std::size_t f = 0; f < skin.face_count(); ++f) {
        mix(skin.face_offsets[f + 1] - skin.face_offsets[f]);
        for (std::uint32_t k = skin.face_offsets[f]; k < skin.face_offsets[f + 1]; ++k)
            mix(skin.face_indices[k]);
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

void check_landmarks_fit(const LandmarkSet& set, const SurfaceMesh& skin, const std::filesystem::path& mesh_file) {
    if (skin.vertex_count() != set.vertex_count ||
        (!set.faces_fingerprint.empty() && set.faces_fingerprint != topology_fingerprint(skin)))
        throw Error("the body '" + mesh_file.string() + "' has " + std::to_string(skin.vertex_count()) +
                    " skin vertices (face list " + topology_fingerprint(skin) + "), but the landmarks in '" + set.source.string() + "' are for the " + set.topology +
                    " topology with " + std::to_string(set.vertex_count) +
                    " vertices and a given face list. Export the body from MakeHuman with its default topology, or give a landmark file "
                    "made for this mesh with --landmarks FILE (format: docs/landmarks.md)");
    for (const Landmark& l : set.landmarks)
        if (!l.blend.empty() && !corners_share_a_face(skin, l.blend))
            throw Error("landmark file '" + set.source.string() + "', landmark \"" + l.name + "\" (" +
                        std::string(side_name(l.side)) + "): its corners are not the corners of one face of '" +
                        mesh_file.string() + "'; list vertices of a single face");
}

std::filesystem::path default_landmarks_path(const std::filesystem::path& data_dir) {
    return data_dir / "assets" / "landmarks" / "makehuman.json";
}

} // namespace dv
