#pragma once
// What every verb does the same way: printing errors and usage, finding the
// data folder, and running a verb body under one error policy.
#include "cli_args.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace dv::app {

std::filesystem::path data_dir();
std::filesystem::path shader_dir();

// Runs `body`, turning dv::Error into "dermaview: error: ..." and exit 2, a
// UsageError into the message, the usage line and a pointer to --help with
// exit 2, and any
// other exception into exit 1.
int guarded(const std::string& verb, const std::string& usage, const std::function<int()>& body);

// What a verb says about itself: its --help and its usage line.
struct VerbSpec {
    std::string name; // "render"; empty for the window
    std::string usage;
    std::string summary;
    std::vector<cli::Option> options;
    std::size_t positional = 0; // words that are not options, at most
};

// The one way a verb starts: parse the command line, answer --help, then run
// `body` with the arguments, all under guarded()'s error policy.
int run_verb(const VerbSpec& verb, int argc, char** argv, int first, const std::function<int(const cli::Args&)>& body);

} // namespace dv::app
