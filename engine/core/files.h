#pragma once
#include <filesystem>
#include <string>

namespace dv {

// Reads a whole text file; throws dv::Error naming the file on failure.
std::string read_text_file(const std::filesystem::path& path);

// Writes a text file whole or not at all (a temporary file beside it, then
// renamed into place); throws dv::Error saying what went wrong.
void write_text_file(const std::filesystem::path& path, const std::string& text);

} // namespace dv
