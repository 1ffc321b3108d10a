# Sanitized builds. Both options apply to every target, libraries included,
# so a bad access is caught wherever it happens in our code.
#   DERMAVIEW_SANITIZE: AddressSanitizer + UndefinedBehaviorSanitizer, for the
#     whole test suite (preset "sanitize", tools/test.sh --sanitize). Any
#     compiler: GCC works, so the normal toolchain is enough.
#   DERMAVIEW_FUZZ: the same, plus libFuzzer coverage, and tests/fuzz builds
#     real fuzzers (preset "fuzz", tools/fuzz.sh). Clang only.
option(DERMAVIEW_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(DERMAVIEW_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only; implies the sanitizers)" OFF)

if(DERMAVIEW_SANITIZE OR DERMAVIEW_FUZZ)
  # -fno-sanitize-recover: undefined behaviour stops the program, so a test
  # cannot pass with a report scrolling by unnoticed.
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

if(DERMAVIEW_SANITIZE)
  # Keeps dlopen'ed libraries mapped until exit, so that leaks inside the GL
  # driver can be attributed to it and suppressed by name (the file says why).
  add_library(dermaview_keep_libraries_loaded OBJECT ${CMAKE_CURRENT_LIST_DIR}/../tools/sanitize/keep_libraries_loaded.cpp)
  link_libraries(dermaview_keep_libraries_loaded)
endif()

if(DERMAVIEW_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "DERMAVIEW_FUZZ needs clang (libFuzzer); configure with the 'fuzz' preset, "
      "or run tools/fuzz.sh, which installs Debian's clang if it is missing")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
