#pragma once
// Runs a program the way a user would from a shell and captures what it says,
// for tests of the command-line behaviour (exit status, messages, files).
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dv::test {

struct ProcessResult {
    int exit_status = -1; // -1 when killed by a signal
    std::string out;
    std::string err;
};

// `env_changes`: a value sets the variable, std::nullopt removes it.
ProcessResult run_process(const std::vector<std::string>& argv,
                          const std::map<std::string, std::optional<std::string>>& env_changes = {});

// The dermaview binary under test.
std::string dermaview_binary();

} // namespace dv::test
