// Dermaview's entry point: picks the verb and hands over to it.
#include "verbs.h"

#include <csignal>
#include <cstring>
#include <iostream>
#include <string>

namespace {

struct Verb {
    const char* name;
    int (*run)(int, char**, int);
};

// Every command word, in the order the error message lists them.
constexpr Verb kVerbs[] = {
    {"render", dv::app::run_render},           {"export", dv::app::run_export},
    {"landmarks", dv::app::run_landmarks},     {"maps", dv::app::run_maps},
    {"check-map", dv::app::run_check_map},     {"probe", dv::app::run_probe},
    {"isncsci", dv::app::run_isncsci},         {"lesion-from", dv::app::run_lesion_from},
};

std::string verb_list() {
    std::string out;
    for (const Verb& v : kVerbs)
        out += (out.empty() ? "" : ", ") + std::string(v.name);
    return out;
}

} // namespace

int main(int argc, char** argv) {
    // Past a file-size limit (ulimit -f) the kernel would kill us with
    // SIGXFSZ halfway through a PNG; ignored, the write fails with EFBIG and
    // the writer reports it and removes its temporary file.
    std::signal(SIGXFSZ, SIG_IGN);
    if (argc > 1)
        for (const Verb& v : kVerbs)
            if (std::strcmp(argv[1], v.name) == 0)
                return v.run(argc, argv, 2);
    if (argc > 1 && argv[1][0] != '-') {
        // The window takes no words, only options: a word here is a mistyped verb.
        std::cerr << "dermaview: unknown command '" << argv[1] << "'; the commands are " << verb_list()
                  << ", or none for the window.\n"
                     "Run 'dermaview --help' for the usage.\n";
        return dv::app::kExitUsage;
    }
    return dv::app::run_gui(argc, argv, 1);
}
