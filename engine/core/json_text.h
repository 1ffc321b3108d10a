#pragma once
// Reading JSON files with errors a person can act on: file, line, column and
// field. nlohmann/json is included only in the .cpp files that parse.
#include <cstddef>
#include <filesystem>
#include <string>

namespace dv {

struct TextPosition {
    std::size_t line = 1, column = 1;
};
// Line and column (1-based) of a byte offset in `text`.
TextPosition position_of(const std::string& text, std::size_t byte_offset);

// Arrays and objects nested deeper than this are refused before parsing:
// nlohmann/json copies and prints values recursively, and a file of a few
// MB of "[[[[..." overflowed the stack. Dermaview's files nest 5 deep at most.
inline constexpr int kMaxJsonNesting = 64;
// The byte offset where `text` opens its (max_depth + 1)-th nested array or
// object (outside strings), or std::string::npos if it never does.
std::size_t json_nesting_exceeded(const std::string& text, int max_depth = kMaxJsonNesting);

} // namespace dv
