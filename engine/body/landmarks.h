#pragma once
// Named points on the body (nipples, umbilicus, epicondyles, ISNCSCI key
// sensory points...), stored as data in assets/landmarks/ on a mesh topology.
// Everything anatomical about the body is computed from them.
#include "body/body_mesh.h"

#include <glm/vec3.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dv {

enum class Side { Midline, Left, Right };
std::string_view side_name(Side s); // "midline", "left", "right"

enum class Confidence { High, Medium, Low };
std::string_view confidence_name(Confidence c);

struct Landmark {
    std::string name;        // "nipple", "key_C6", ...
    Side side = Side::Midline;
    std::string group;       // "trunk", "hand", "isncsci", ...
    std::string level;       // ISNCSCI level ("C6", "S4-5") for key points, else empty
    std::string description;
    Confidence confidence = Confidence::High;
    // On the skin of the topology the set was made for. A landmark between
    // vertices is a blend of a face's corners; `vertex` is then the corner
    // that weighs most (what region and coordinate look-ups use).
    std::uint32_t vertex = 0;
    struct Corner {
        std::uint32_t vertex;
        float weight;
    };
    std::vector<Corner> blend; // empty: exactly at `vertex`

    glm::vec3 position_on(const SurfaceMesh& skin) const;
};

struct LandmarkSet {
    std::filesystem::path source;
    std::string topology;
    std::size_t vertex_count = 0; // of the skin mesh the indices refer to
    std::string faces_fingerprint; // topology_fingerprint() of that skin; empty: not checked
    std::vector<Landmark> landmarks;

    // nullptr when absent. Side::Midline matches midline landmarks only.
    const Landmark* find(std::string_view name, Side side) const;
    // Throws dv::Error naming the landmark and the file when absent.
    const Landmark& get(std::string_view name, Side side) const;
    glm::vec3 position(const SurfaceMesh& skin, std::string_view name, Side side) const;
};

// Reads and validates a landmark file: JSON syntax (with line and column),
// required fields, known sides and confidences, duplicate names, and vertex
// indices within the declared vertex count. Throws dv::Error.
LandmarkSet load_landmarks(const std::filesystem::path& file);
// The same for text already in memory; `source` names it in messages (and
// becomes LandmarkSet::source). The fuzzers feed it bytes directly.
LandmarkSet parse_landmarks(const std::string& text, const std::filesystem::path& source);

// A short hex digest of the skin's face list in the engine's numbering: equal
// for every body with the same topology, whatever its shape or file format.
std::string topology_fingerprint(const SurfaceMesh& skin);

// Checks that `set` was made for this skin; the message says what to do
// (pass --landmarks FILE for a mesh of another topology).
void check_landmarks_fit(const LandmarkSet& set, const SurfaceMesh& skin, const std::filesystem::path& mesh_file);

// The landmark file for the MakeHuman base topology, in the data folder.
std::filesystem::path default_landmarks_path(const std::filesystem::path& data_dir);

} // namespace dv
