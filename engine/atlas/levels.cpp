#include "atlas/levels.h"

#include "body/body_coordinates.h"

namespace dv {

std::optional<Level> parse_level(std::string_view name) {
    if (name == "no consistent root")
        return kNoConsistentRoot;
    if (name == "not shown")
        return kNotShown;
    const auto index = spinal_level_index(name);
    // Whole segments only: "S4-5" is one ISNCSCI point, not a map level.
    if (!index || *index != float(int(*index)) || *index < 1.0f || *index > 31.0f)
        return std::nullopt;
    return static_cast<Level>(*index);
}

std::string level_name(Level level) {
    if (level == kNoConsistentRoot)
        return "no consistent root";
    if (level == kNotShown)
        return "not shown";
    return spinal_level_name(level);
}

bool is_spinal(Level level) { return level >= 1 && level <= 31; }

bool consecutive(Level a, Level b) { return is_spinal(a) && is_spinal(b) && (a + 1 == b || b + 1 == a); }

std::string_view level_group(Level level) {
    if (!is_spinal(level))
        return "";
    if (level <= 8)
        return "cervical";
    if (level <= 20)
        return "thoracic";
    if (level <= 25)
        return "lumbar";
    if (level <= 30)
        return "sacral";
    return "coccygeal";
}

} // namespace dv
