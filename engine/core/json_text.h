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

} // namespace dv
