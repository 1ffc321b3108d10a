// The figure lines of dermaview_bench: a 3840x2160 transparent figure with a
// legend, as a teacher makes it from the command line, timed end to end (the
// real `dermaview render` process: start, import, bake, render, letter,
// encode, write), plus where its time goes.
#include "bench_figure.h"

#include "core/data_paths.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

extern char** environ;

namespace {

struct Run {
    double wall_s = 0.0, cpu_s = 0.0;
    bool ok = false;
};

Run run_once(const std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (const std::string& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    Run run;
    const auto t0 = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        run.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        run.cpu_s = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                    double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
        run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

} // namespace

void print_figure_benchmark(int runs) {
    const std::filesystem::path binary = dv::running_executable().parent_path() / "dermaview";
    const std::filesystem::path out = std::filesystem::temp_directory_path() /
                                      ("dermaview-bench-" + std::to_string(::getpid()) + ".png");
    const std::vector<std::string> args = {binary.string(), "render",       "--map",         "evidence",
                                           "--levels",      "T4,T10",       "--size",        "3840x2160",
                                           "--transparent", "--legend",     "--labels",      "-o",
                                           out.string()};
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        const Run r = run_once(args);
        if (!r.ok) {
            std::printf("  4K figure end to end        failed: %s render ... exited with an error\n", binary.c_str());
            return;
        }
        wall.push_back(r.wall_s);
        cpu.push_back(r.cpu_s);
    }
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(out, ec);
    std::filesystem::remove(out, ec);
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("  4K figure end to end       %8.0f ms  (median of %d, best %.0f ms, CPU %.0f ms; 3840x2160 transparent,\n"
                "                                         evidence map, T4+T10, legend, labels, 4x MSAA; %.1f MB PNG)\n",
                wall[wall.size() / 2] * 1000.0, runs, wall.front() * 1000.0, cpu[cpu.size() / 2] * 1000.0,
                double(bytes) / 1e6);
    std::printf("                                         the budget is 2000 ms on a 2-core llvmpipe machine\n");
}
