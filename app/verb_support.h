#pragma once
// What every verb does the same way: printing errors and usage, finding the
// data folder, and running a verb body under one error policy.
#include "cli_args.h"

#include <exception>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace dv::app {

std::filesystem::path data_dir();
std::filesystem::path shader_dir();

// The one error policy of every verb: says on `err` what went wrong and
// returns the exit status. A cli::UsageError gives its message, the usage
// line and a pointer to --help; a dv::Error its message; both exit 2, as the
// user can fix them. A dv::InternalError or any other exception is a bug in
// Dermaview: exit 1 and a request to report it.
int exit_status_for(std::exception_ptr failure, const std::string& verb, const std::string& usage, std::ostream& err);

// Runs `body` under exit_status_for's policy, printing to std::cerr.
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
