#pragma once
// The levels a map gives skin to: spinal segments on the body's one scale
// (C1 = 1 ... T1 = 9 ... L1 = 21 ... S1 = 26 ... Co1 = 31, see
// body/body_coordinates.h) and the two kinds of blank skin a map can have.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dv {

using Level = std::uint8_t;

// Evidence disagrees here: drawn neutral and hatched, legend "no consistent root".
inline constexpr Level kNoConsistentRoot = 100;
// The map does not depict this skin (the face in a spinal map, the perineum in Lee 2008).
inline constexpr Level kNotShown = 101;

std::optional<Level> parse_level(std::string_view name); // "C6", "Co1", "no consistent root", "not shown"
std::string level_name(Level level);                     // "C6"; the blank kinds by their phrase
bool is_spinal(Level level);
// Segments next to each other on the cord (C8-T1, T12-L1, S5-Co1 included);
// a border between levels that are not is an axial line.
bool consecutive(Level a, Level b);
// "cervical", "thoracic", "lumbar", "sacral", "coccygeal" or "" for blanks.
std::string_view level_group(Level level);

} // namespace dv
