#pragma once
// The trigeminal divisions V1, V2 and V3 on the face and the front of the
// scalp: a layer drawn over the dermatome maps, not a map of spinal roots
// (docs/trigeminal.md). The face is supplied by a cranial nerve, so the
// spinal maps leave it "not shown"; this layer says which division supplies
// it. Written like a map, in body coordinates (docs/body-coordinates.md), in
// assets/layers/trigeminal.json.
#include "body/body_coordinates.h"

#include <glm/vec3.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dv {

enum class Division : std::uint8_t { None, V1, V2, V3 };
std::string_view division_name(Division d); // "V1", "V2", "V3"; "" for None
std::string_view division_nerve(Division d); // "ophthalmic", "maxillary", "mandibular"; "" for None

struct TrigeminalZone {
    Division division = Division::None;
    std::vector<Region> regions;                         // head and face only
    std::optional<float> along_from, along_to;           // head and face "along" (0 vertex .. 1 chin)
    std::optional<float> around_from, around_to;         // head and face "around" (0 front .. 180 back)
    std::string note;
    bool claims(Region r, float along, float around) const;
};

struct TrigeminalLayer {
    std::filesystem::path source;
    std::string title, citation;
    std::vector<TrigeminalZone> zones; // the first zone that claims a point decides it
    bool empty() const { return zones.empty(); }
};

// Reads the layer file; throws MapError listing every problem with its zone
// and what to do, or dv::Error for an unreadable file.
TrigeminalLayer load_trigeminal_layer(const std::filesystem::path& file);
TrigeminalLayer parse_trigeminal_layer(const std::string& text, const std::filesystem::path& source);

// The division at a point of the skin, or None (not head or face, or in no zone).
Division division_at(const TrigeminalLayer& layer, Region r, float along, float around);
const TrigeminalZone* zone_at(const TrigeminalLayer& layer, Region r, float along, float around);

// One weight per division (x V1, y V2, z V3) per vertex of a skin whose
// coordinates are `c`: 1 for the vertex's own division, 0 elsewhere; the
// renderer interpolates them across faces, so a border runs half way between
// vertices of two divisions.
std::vector<glm::vec3> trigeminal_weights(const TrigeminalLayer& layer, const BodyCoordinates& c);

// What the probe and the window's hover say for a division: "V2
// (trigeminal): maxillary division of cranial nerve V, not a spinal root";
// empty for None.
std::string describe_division(Division d);

// The layer's file in the data folder: <data>/assets/layers/trigeminal.json.
std::filesystem::path trigeminal_layer_path(const std::filesystem::path& data_dir);

} // namespace dv
