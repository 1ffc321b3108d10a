// Dermaview's entry point: picks the verb and hands over to it.
#include "verbs.h"

#include <csignal>
#include <cstring>
#include <iostream>

int main(int argc, char** argv) {
    // Past a file-size limit (ulimit -f) the kernel would kill us with
    // SIGXFSZ halfway through a PNG; ignored, the write fails with EFBIG and
    // the writer reports it and removes its temporary file.
    std::signal(SIGXFSZ, SIG_IGN);
    if (argc > 1 && std::strcmp(argv[1], "render") == 0)
        return dv::app::run_render(argc, argv, 2);
    if (argc > 1 && std::strcmp(argv[1], "landmarks") == 0)
        return dv::app::run_landmarks(argc, argv, 2);
    if (argc > 1 && std::strcmp(argv[1], "maps") == 0)
        return dv::app::run_maps(argc, argv, 2);
    if (argc > 1 && std::strcmp(argv[1], "check-map") == 0)
        return dv::app::run_check_map(argc, argv, 2);
    if (argc > 1 && std::strcmp(argv[1], "probe") == 0)
        return dv::app::run_probe(argc, argv, 2);
    if (argc > 1 && std::strcmp(argv[1], "isncsci") == 0)
        return dv::app::run_isncsci(argc, argv, 2);
    if (argc > 1 && std::strcmp(argv[1], "lesion-from") == 0)
        return dv::app::run_lesion_from(argc, argv, 2);
    if (argc > 1 && argv[1][0] != '-') {
        // The window takes no words, only options: a word here is a mistyped verb.
        std::cerr << "dermaview: unknown command '" << argv[1]
                  << "'; the commands are render, landmarks, maps, check-map, probe, isncsci and lesion-from, or none for the window.\n"
                     "Run 'dermaview --help' for the usage.\n";
        return dv::app::kExitUsage;
    }
    return dv::app::run_gui(argc, argv, 1);
}
