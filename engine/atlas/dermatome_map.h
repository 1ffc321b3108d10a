#pragma once
// A dermatome map as its file states it (docs/map-format.md): citation,
// levels and zones in the body's anatomical terms. Loading checks everything
// that can be checked without a body; baking (atlas/bake.h) checks the rest.
#include "atlas/levels.h"
#include "body/body_coordinates.h"
#include "body/landmarks.h"
#include "core/error.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace dv {

// [from, to): half-open so neighbouring zones meet without overlapping.
// For angles, from > to wraps through 0.
struct Range {
    float from = 0.0f;
    float to = 0.0f;
};

struct Zone {
    Level level = kNotShown;
    std::vector<Region> regions;
    std::optional<Range> along, around, spinal;
    Confidence confidence = Confidence::High;
    std::string note;
    int number = 0; // 1-based position in the file's "zones"
    int line = 0;   // where it starts in the file
    std::string describe() const; // "zone #12 (line 80, T4)"
};

struct DermatomeMap {
    std::filesystem::path source;
    std::string id, title, authors, citation, method, drawn_from;
    int year = 0;
    bool tiles_all_skin = true; // else "consistent core zones only"
    float transition_cm = 2.0f;
    std::vector<Level> levels;
    std::vector<Zone> zones;
};

// Every problem found in one file, each with where it is and what to do;
// what() joins them, one a line.
class MapError : public Error {
public:
    MapError(const std::filesystem::path& file, std::vector<std::string> problems);
    const std::vector<std::string>& problems() const { return problems_; }

private:
    std::vector<std::string> problems_;
};

DermatomeMap load_map(const std::filesystem::path& file); // throws MapError (or Error for an unreadable file)
// The same for text already in memory; `source` names it in messages. The
// fuzzers feed it bytes directly, with no file in between.
DermatomeMap parse_map(const std::string& text, const std::filesystem::path& source);

// Finding a map file by id or path: model/map_lookup.h.

} // namespace dv
