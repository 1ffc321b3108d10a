# The default body: the MakeHuman base mesh shipped by Debian's
# assimp-testmodels. It is copied into the data folder with its licence at
# build time and installed with the program, so the program never reads the
# test package's files at run time (docs/install.md).
find_file(DERMAVIEW_DEFAULT_BODY human.zae
  PATHS /usr/share/assimp/models/Collada
  NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH # a build-time input, also when cross-compiling (the web preset)
  DOC "The body file copied in as the default body (MakeHuman base mesh)")
if(NOT DERMAVIEW_DEFAULT_BODY)
  message(FATAL_ERROR "The default body mesh human.zae was not found. "
    "Install Debian's assimp-testmodels (tools/setup.sh does) or pass "
    "-DDERMAVIEW_DEFAULT_BODY=/path/to/body.zae")
endif()
find_file(DERMAVIEW_DEFAULT_BODY_LICENSE copyright
  PATHS /usr/share/doc/assimp-testmodels
  NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH # a build-time input, also when cross-compiling (the web preset)
  DOC "The default body's licence: a Debian copyright file, or a plain text file copied whole")
if(NOT DERMAVIEW_DEFAULT_BODY_LICENSE)
  message(FATAL_ERROR "The licence of the default body (/usr/share/doc/assimp-testmodels/copyright) "
    "was not found. Install Debian's assimp-testmodels or pass -DDERMAVIEW_DEFAULT_BODY_LICENSE=FILE")
endif()

# The one name of the default body inside the data folder; the program gets
# it from here (engine/core/data_paths.cpp).
# The browser has no Assimp: its body is the same mesh imported natively at
# build time by dermaview_body_asset (tools/body_asset.cpp, docs/web.md).
if(DERMAVIEW_WEB)
  set(DERMAVIEW_DEFAULT_BODY_FILE "bodies/makehuman-base.dvbody")
else()
  set(DERMAVIEW_DEFAULT_BODY_FILE "bodies/makehuman-base.zae")
endif()
set(DERMAVIEW_DEFAULT_BODY_LICENSE_FILE "bodies/LICENSE-makehuman-base.txt")

set(_body ${DERMAVIEW_BUILD_DATA_DIR}/${DERMAVIEW_DEFAULT_BODY_FILE})
set(_license ${DERMAVIEW_BUILD_DATA_DIR}/${DERMAVIEW_DEFAULT_BODY_LICENSE_FILE})
if(DERMAVIEW_WEB)
  if(NOT EXISTS "${DERMAVIEW_BODY_ASSET_TOOL}")
    message(FATAL_ERROR "The web build needs the native tool dermaview_body_asset to prepare the body: "
      "pass -DDERMAVIEW_BODY_ASSET_TOOL=build/release/bin/dermaview_body_asset (tools/web.sh builds it and does)")
  endif()
  add_custom_command(OUTPUT ${_body}
    COMMAND ${DERMAVIEW_BODY_ASSET_TOOL} ${DERMAVIEW_DEFAULT_BODY} ${_body}
    DEPENDS ${DERMAVIEW_DEFAULT_BODY} ${DERMAVIEW_BODY_ASSET_TOOL}
    COMMENT "Preparing the default body for the browser")
else()
  add_custom_command(OUTPUT ${_body}
    COMMAND ${CMAKE_COMMAND} -E copy ${DERMAVIEW_DEFAULT_BODY} ${_body}
    DEPENDS ${DERMAVIEW_DEFAULT_BODY}
    COMMENT "Copying the default body into the build tree's data folder")
endif()
add_custom_command(OUTPUT ${_license}
  COMMAND ${CMAKE_COMMAND} -DCOPYRIGHT=${DERMAVIEW_DEFAULT_BODY_LICENSE}
    -DBODY_SOURCE=${DERMAVIEW_DEFAULT_BODY} -DBODY_NAME=${DERMAVIEW_DEFAULT_BODY_FILE}
    -DOUTPUT=${_license} -P ${CMAKE_CURRENT_LIST_DIR}/BodyLicense.cmake
  DEPENDS ${DERMAVIEW_DEFAULT_BODY_LICENSE} ${CMAKE_CURRENT_LIST_DIR}/BodyLicense.cmake
  COMMENT "Writing the default body's licence")
add_custom_target(dermaview_default_body DEPENDS ${_body} ${_license})
install(FILES ${_body} ${_license} DESTINATION ${DERMAVIEW_DATA_SUBDIR}/bodies)
