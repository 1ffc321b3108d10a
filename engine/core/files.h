#pragma once
#include <cstddef>
#include <filesystem>
#include <string>

namespace dv {

// Every text file Dermaview reads (maps, landmarks, shaders, scenes) is a few
// kB to a few hundred; anything past this is the wrong file, refused before
// it is read into memory.
inline constexpr std::size_t kMaxTextFileBytes = 16u << 20;

// Reads a whole text file; throws dv::Error naming the file on failure, and
// for a folder, a device or a file larger than `max_bytes`.
std::string read_text_file(const std::filesystem::path& path, std::size_t max_bytes = kMaxTextFileBytes);

// Writes a text file whole or not at all (a temporary file beside it, then
// renamed into place); throws dv::Error saying what went wrong.
void write_text_file(const std::filesystem::path& path, const std::string& text);

} // namespace dv
