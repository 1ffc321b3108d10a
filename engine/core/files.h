#pragma once
#include <filesystem>
#include <string>

namespace dv {

// Reads a whole text file; throws dv::Error naming the file on failure.
std::string read_text_file(const std::filesystem::path& path);

} // namespace dv
