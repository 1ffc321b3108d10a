#pragma once
// The levels a map gives skin to: spinal segments on the body's one scale
// (C1 = 1 ... T1 = 9 ... L1 = 21 ... S1 = 26 ... Co1 = 31, the numbers in
// body/spinal_scale.h) and the two kinds of blank skin a map can have. The
// names of the levels live here and only here.
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

// "C6" -> 6, "T10" -> 18, "Co1" (or "Co") -> 31, and the blank kinds by
// their phrase; nothing for anything else ("T13", "C06", "S4-5": the last is
// one ISNCSCI point, not a segment).
std::optional<Level> parse_level(std::string_view name);
// The one name of each level on the scale: 18 -> "T10"; the blank kinds by
// their phrase; "" for a number that is neither.
std::string level_name(Level level);
bool is_spinal(Level level);
// Segments next to each other on the cord (C8-T1, T12-L1, S5-Co1 included);
// a border between levels that are not is an axial line.
bool consecutive(Level a, Level b);
// "cervical", "thoracic", "lumbar", "sacral", "coccygeal" or "" for blanks.
std::string_view level_group(Level level);

} // namespace dv
