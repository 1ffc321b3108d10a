#include "bench_child.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace dv::bench {

double monotonic_ms() {
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double self_peak_rss_mb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0; // ru_maxrss is in kB on Linux
}

ChildRun run_child(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env) {
    char err_path[] = "/tmp/dv-bench-err-XXXXXX";
    const int err_fd = mkstemp(err_path);
    if (err_fd < 0)
        throw std::runtime_error("cannot create a capture file in /tmp");
    std::vector<std::string> env_strings;
    for (char** e = environ; *e; ++e) {
        const std::string entry = *e;
        if (!env.count(entry.substr(0, entry.find('='))))
            env_strings.push_back(entry);
    }
    for (const auto& [k, v] : env)
        env_strings.push_back(k + "=" + v);
    std::vector<char*> args, envp;
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    for (std::string& e : env_strings)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, err_fd, STDERR_FILENO);
    ChildRun run;
    pid_t pid = 0;
    run.started_ms = monotonic_ms();
    const int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(err_fd);
    if (rc != 0) {
        unlink(err_path);
        throw std::runtime_error("cannot start " + argv[0]);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.wall_ms = monotonic_ms() - run.started_ms;
    run.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.peak_rss_mb = double(usage.ru_maxrss) / 1024.0;
    std::ifstream in(err_path);
    std::ostringstream ss;
    ss << in.rdbuf();
    run.err = ss.str();
    unlink(err_path);
    return run;
}

} // namespace dv::bench
