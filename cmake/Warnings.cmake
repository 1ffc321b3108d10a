# Warnings for our own targets only; third-party headers come in as SYSTEM.
# -Wnull-dereference is left out: GCC 12 reports false positives inside libstdc++ at -O2.
add_library(dermaview_warnings INTERFACE)
target_compile_options(dermaview_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
option(DERMAVIEW_WERROR "Treat warnings in our own code as errors" OFF)
if(DERMAVIEW_WERROR)
  target_compile_options(dermaview_warnings INTERFACE -Werror)
endif()
