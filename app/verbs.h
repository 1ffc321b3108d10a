#pragma once
// Each verb is a function from the command line to an exit status. They share
// the exit-status convention: 0 done, 2 the input or the environment was
// wrong (the message says what to do), 1 an internal failure.

namespace dv::app {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInternal = 1;
inline constexpr int kExitUsage = 2;

int run_gui(int argc, char** argv, int first);    // `dermaview [options]`
int run_render(int argc, char** argv, int first); // `dermaview render ...`
int run_landmarks(int argc, char** argv, int first); // `dermaview landmarks ...`
int run_maps(int argc, char** argv, int first);      // `dermaview maps`
int run_check_map(int argc, char** argv, int first); // `dermaview check-map FILE`
int run_probe(int argc, char** argv, int first);     // `dermaview probe --at ...`
int run_isncsci(int argc, char** argv, int first);   // `dermaview isncsci EXAM.json`
int run_lesion_from(int argc, char** argv, int first); // `dermaview lesion-from --landmarks ...`

} // namespace dv::app
