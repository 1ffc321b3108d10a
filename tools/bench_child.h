#pragma once
// Runs the dermaview program as a child process for the benchmark, the way a
// user starts it, and measures it from outside: wall time, its own peak
// memory (wait4's rusage, so only this child counts) and what it printed.
#include <map>
#include <string>
#include <vector>

namespace dv::bench {

struct ChildRun {
    int exit_status = -1;      // -1: killed by a signal
    double started_ms = 0.0;   // CLOCK_MONOTONIC just before the spawn
    double wall_ms = 0.0;      // spawn to exit
    double peak_rss_mb = 0.0;  // the child's maximum resident set
    std::string err;           // its stderr
};

// `env`: variables to set on top of this process's environment.
ChildRun run_child(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env = {});

// CLOCK_MONOTONIC in ms: the same clock in every process on the machine.
double monotonic_ms();

// This process's peak resident set so far, in MB.
double self_peak_rss_mb();

} // namespace dv::bench
