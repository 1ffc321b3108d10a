// Dermaview's entry point: picks the verb and hands over to it.
#include "verbs.h"

#include <cstring>

int main(int argc, char** argv) {
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
    return dv::app::run_gui(argc, argv, 1);
}
