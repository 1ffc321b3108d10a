#pragma once
// What every verb does the same way: printing errors and usage, finding the
// data folder, and running a verb body under one error policy.
#include "cli_args.h"

#include <filesystem>
#include <functional>
#include <string>

namespace dv::app {

std::filesystem::path data_dir();
std::filesystem::path shader_dir();

// Runs `body`, turning dv::Error into "dermaview: error: ..." and exit 2, a
// UsageError into the message, the usage line and a pointer to --help with
// exit 2, and any
// other exception into exit 1.
int guarded(const std::string& verb, const std::string& usage, const std::function<int()>& body);

} // namespace dv::app
