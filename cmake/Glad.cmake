# glad 2 (Debian's python3-glad) generates the OpenGL 3.3 core and EGL 1.5
# loaders into the build tree. --reproducible keeps it offline: it uses the
# Khronos XML shipped with the package instead of downloading the latest.
find_program(GLAD_EXECUTABLE glad PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT GLAD_EXECUTABLE)
  message(FATAL_ERROR "glad (Debian package python3-glad) not found; run tools/setup.sh")
endif()

set(GLAD_DIR ${CMAKE_BINARY_DIR}/glad)
set(GLAD_EGL_EXTENSIONS EGL_MESA_platform_surfaceless,EGL_EXT_platform_base,EGL_KHR_surfaceless_context,EGL_KHR_create_context)
set(GLAD_SOURCES ${GLAD_DIR}/src/gl.c ${GLAD_DIR}/src/egl.c)
add_custom_command(
  OUTPUT ${GLAD_SOURCES} ${GLAD_DIR}/include/glad/gl.h ${GLAD_DIR}/include/glad/egl.h
  COMMAND ${GLAD_EXECUTABLE} --quiet --reproducible
          --api gl:core=3.3,egl=1.5
          --extensions ${GLAD_EGL_EXTENSIONS}
          --out-path ${GLAD_DIR} c --loader
  COMMENT "Generating the GL 3.3 core and EGL 1.5 loaders with glad"
  VERBATIM)

add_library(glad STATIC ${GLAD_SOURCES})
target_include_directories(glad SYSTEM PUBLIC ${GLAD_DIR}/include)
target_link_libraries(glad PUBLIC ${CMAKE_DL_LIBS})
set_target_properties(glad PROPERTIES POSITION_INDEPENDENT_CODE ON)
