/* The implementation of Debian's stb_truetype.h for the browser build; the
   desktop build links it from Debian's libstb instead (engine/figure/font.cpp). */
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb/stb_truetype.h>
