#include "atlas/levels.h"

#include "body/spinal_scale.h"

#include <algorithm>
#include <array>

namespace dv {

namespace {

// The groups of the scale with the prefix of their names.
struct Group {
    std::string_view prefix;
    int first;
    int count;
    std::string_view name;
};
constexpr std::array<Group, 5> kGroups{{
    {"C", spinal::kFirstCervical, spinal::kCervicalCount, "cervical"},
    {"T", spinal::kFirstThoracic, spinal::kThoracicCount, "thoracic"},
    {"L", spinal::kFirstLumbar, spinal::kLumbarCount, "lumbar"},
    {"S", spinal::kFirstSacral, spinal::kSacralCount, "sacral"},
    {"Co", spinal::kCoccygeal, 1, "coccygeal"},
}};

const Group* group_of(Level level) {
    for (const Group& g : kGroups)
        if (level >= g.first && level < g.first + g.count)
            return &g;
    return nullptr;
}

} // namespace

std::optional<Level> parse_level(std::string_view name) {
    if (name == "no consistent root")
        return kNoConsistentRoot;
    if (name == "not shown")
        return kNotShown;
    if (name == "Co") // the one coccygeal segment, often written without its number
        return static_cast<Level>(spinal::kCoccygeal);
    for (const Group& g : kGroups) {
        if (!name.starts_with(g.prefix))
            continue;
        // One or two digits, no leading zero: "T10", not "T010" or "T-1".
        const std::string_view digits = name.substr(g.prefix.size());
        if (digits.empty() || digits.size() > 2 || digits[0] == '0' ||
            !std::all_of(digits.begin(), digits.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
            continue;
        int number = 0;
        for (char ch : digits)
            number = number * 10 + (ch - '0');
        if (number <= g.count)
            return static_cast<Level>(g.first + number - 1);
    }
    return std::nullopt;
}

std::string level_name(Level level) {
    if (level == kNoConsistentRoot)
        return "no consistent root";
    if (level == kNotShown)
        return "not shown";
    const Group* g = group_of(level);
    if (!g)
        return "";
    // Built with append (not operator+): GCC 12 gives a false -Wrestrict there.
    std::string out(g->prefix);
    out.append(std::to_string(level - g->first + 1));
    return out;
}

bool is_spinal(Level level) { return level >= spinal::kFirstCervical && level <= spinal::kLastSegment; }

bool consecutive(Level a, Level b) { return is_spinal(a) && is_spinal(b) && (a + 1 == b || b + 1 == a); }

std::string_view level_group(Level level) {
    const Group* g = group_of(level);
    return g ? g->name : std::string_view();
}

} // namespace dv
