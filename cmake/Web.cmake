# The browser build (preset `web`, Debian's emscripten; docs/web.md).
# Header-only libraries come from the same Debian packages as the desktop
# build, through folders that hold only them: /usr/include itself must not
# reach emscripten's compiler, whose C library is its own. Dear ImGui is
# compiled from Debian's source package, which tools/web-setup.sh fetches
# into build/web-deps/ at set-up time. Nothing is downloaded while building;
# no emscripten "port" is used (they download).
set(DERMAVIEW_WEB_DEPS "${CMAKE_SOURCE_DIR}/build/web-deps" CACHE PATH "Where tools/web-setup.sh put Dear ImGui's sources")
set(DERMAVIEW_IMGUI_DIR "${DERMAVIEW_WEB_DEPS}/imgui-1.86")
if(NOT EXISTS "${DERMAVIEW_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui's sources are not in ${DERMAVIEW_IMGUI_DIR}; run tools/web-setup.sh "
    "(it fetches them from Debian's imgui source package)")
endif()

# Every C++ file can throw: the engine reports errors as exceptions.
add_compile_options(-fexceptions)
add_link_options(-fexceptions)

set(_headers ${CMAKE_BINARY_DIR}/web-include)
file(MAKE_DIRECTORY ${_headers})
foreach(_lib glm nlohmann stb)
  if(NOT EXISTS ${_headers}/${_lib})
    file(CREATE_LINK /usr/include/${_lib} ${_headers}/${_lib} SYMBOLIC)
  endif()
endforeach()
foreach(_dir /usr/include/glm /usr/include/nlohmann /usr/include/eigen3 /usr/include/stb)
  if(NOT EXISTS ${_dir})
    message(FATAL_ERROR "${_dir} is missing; run tools/setup.sh (the desktop build's packages)")
  endif()
endforeach()

add_library(glm::glm INTERFACE IMPORTED)
target_include_directories(glm::glm SYSTEM INTERFACE ${_headers})
add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
target_include_directories(nlohmann_json::nlohmann_json SYSTEM INTERFACE ${_headers})
add_library(Eigen3::Eigen INTERFACE IMPORTED)
target_include_directories(Eigen3::Eigen SYSTEM INTERFACE /usr/include/eigen3)
# Debian's libstb is not built for the browser; its header compiled once is.
add_library(dermaview_stb STATIC ${CMAKE_SOURCE_DIR}/engine/web/stb_truetype.c)
target_include_directories(dermaview_stb SYSTEM PUBLIC ${_headers} /usr/include/stb)
add_library(PkgConfig::STB ALIAS dermaview_stb)

# GL: WebGL 2 via emscripten's ES 3.0 headers behind a <glad/gl.h> of ours
# (engine/web/webgl_gl.h), put in the build tree under glad's name so the
# engine includes the same header in both builds.
configure_file(${CMAKE_SOURCE_DIR}/engine/web/webgl_gl.h ${CMAKE_BINARY_DIR}/webgl-include/glad/gl.h COPYONLY)
add_library(glad INTERFACE)
target_include_directories(glad SYSTEM INTERFACE ${CMAKE_BINARY_DIR}/webgl-include)
target_link_options(glad INTERFACE -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2)

# GLFW is emscripten's own JavaScript implementation (no port, no download).
add_library(glfw INTERFACE)
target_link_options(glfw INTERFACE -sUSE_GLFW=3)

add_library(dermaview_imgui STATIC
  ${DERMAVIEW_IMGUI_DIR}/imgui.cpp
  ${DERMAVIEW_IMGUI_DIR}/imgui_draw.cpp
  ${DERMAVIEW_IMGUI_DIR}/imgui_tables.cpp
  ${DERMAVIEW_IMGUI_DIR}/imgui_widgets.cpp
  ${DERMAVIEW_IMGUI_DIR}/backends/imgui_impl_glfw.cpp
  ${DERMAVIEW_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(dermaview_imgui SYSTEM PUBLIC ${DERMAVIEW_IMGUI_DIR})
# WebGL 2 is OpenGL ES 3.0 (Dear ImGui 1.86 would assume ES 2 under emscripten).
target_compile_definitions(dermaview_imgui PUBLIC IMGUI_IMPL_OPENGL_ES3)
target_link_libraries(dermaview_imgui PUBLIC glfw)
add_library(PkgConfig::IMGUI ALIAS dermaview_imgui)
