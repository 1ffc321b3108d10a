# The browser build's program (included from app/CMakeLists.txt when
# DERMAVIEW_WEB): the window's sources with the web host instead of the
# command line, linked into site/ with the page and the packed data folder.
# docs/web.md describes the folder.
set(DERMAVIEW_SITE_DIR ${CMAKE_BINARY_DIR}/site)
add_executable(dermaview ${DERMAVIEW_WINDOW_SOURCES} web/web_main.cpp web/scene_link.cpp)
target_include_directories(dermaview PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(dermaview PRIVATE DERMAVIEW_VERSION="${PROJECT_VERSION}")
target_link_libraries(dermaview PRIVATE dermaview_cli dermaview_gui_state dermaview_engine dermaview_warnings
  glfw PkgConfig::IMGUI nlohmann_json::nlohmann_json)
# The emscripten output is dermaview.js (the page is ours: app/web/page/,
# never emscripten's generated .html, whose minifier is another package),
# dermaview.wasm and dermaview.data: the data folder (shaders, maps,
# landmarks, the prepared body) and the two DejaVu fonts the window and the
# figures letter with, at the paths the desktop reads them from.
set(_font_dir /usr/share/fonts/truetype/dejavu)
set_target_properties(dermaview PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY ${DERMAVIEW_SITE_DIR}
  LINK_DEPENDS "${DERMAVIEW_BUILD_DATA_DIR}/${DERMAVIEW_DEFAULT_BODY_FILE}")
target_link_options(dermaview PRIVATE
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=128MB -sENVIRONMENT=web
  -sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString,FS
  "SHELL:--preload-file ${DERMAVIEW_BUILD_DATA_DIR}@/dermaview"
  "SHELL:--preload-file ${_font_dir}/DejaVuSans.ttf@${_font_dir}/DejaVuSans.ttf"
  "SHELL:--preload-file ${_font_dir}/DejaVuSans-Bold.ttf@${_font_dir}/DejaVuSans-Bold.ttf")
add_dependencies(dermaview dermaview_data)
# The page, copied on every build so that edits show up.
add_custom_target(dermaview_page ALL
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_CURRENT_SOURCE_DIR}/web/page ${DERMAVIEW_SITE_DIR}
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/assets/desktop/dermaview.svg ${DERMAVIEW_SITE_DIR}/favicon.svg
  COMMENT "Copying the page into ${DERMAVIEW_SITE_DIR}")
