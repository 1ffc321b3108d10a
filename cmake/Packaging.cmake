# The menu entry and icon, and a Debian package of the installed tree through
# CPack: `cpack -G DEB` in a release build (tools/package.sh, docs/install.md).
install(FILES ${CMAKE_SOURCE_DIR}/assets/desktop/dermaview.desktop DESTINATION share/applications)
install(FILES ${CMAKE_SOURCE_DIR}/assets/desktop/dermaview.svg DESTINATION share/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME dermaview)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "dermatome maps on a 3D human body")
set(CPACK_PACKAGE_DESCRIPTION "Dermaview shows which spinal nerve roots supply each patch of skin, as
published dermatome maps painted on a 3D MakeHuman body: a window to turn
the body and light up levels, and command-line verbs that render figures,
list the maps and probe a point of skin.")
set(CPACK_PACKAGE_CONTACT "Dermaview maintainers <dermaview@invalid>" CACHE STRING
  "Maintainer field of the Debian package")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)

# What the binary opens at run time without linking to it, which
# dpkg-shlibdeps cannot see: GL and EGL are loaded by glad (Mesa's llvmpipe
# draws when there is no GPU), and the figures and window letter in DejaVu.
set(_runtime_only "libegl1, libgl1, libegl-mesa0, libgl1-mesa-dri, fonts-dejavu-core")
find_program(DERMAVIEW_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(DERMAVIEW_DPKG_SHLIBDEPS)
  # The linked libraries' packages are found by dpkg-shlibdeps and added to these.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_runtime_only}")
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libc6, libstdc++6, libgcc-s1, libassimp5, libglfw3, libpng16-16, ${_runtime_only}")
endif()
include(CPack)
