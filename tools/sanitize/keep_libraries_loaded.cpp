// Linked into every program of the sanitizer build only (cmake/Sanitizers.cmake).
//
// The GL stack is loaded with dlopen (libEGL by glad, the Mesa driver by
// libEGL, libGL by GLFW) and closed again before the program exits. Mesa
// leaks a few kB at start-up (driver option strings, LLVM's state), and
// LeakSanitizer, which reports at exit, then finds those allocations in
// memory no longer mapped: "<unknown module>", which no suppression can name.
// With dlclose a no-op the libraries stay mapped until exit, each leak names
// its library, and tools/sanitize/lsan.supp can suppress exactly those
// libraries and nothing of ours. The programs behave the same otherwise:
// every library they open stays loaded until they exit anyway.
extern "C" int dlclose(void*) { return 0; }
