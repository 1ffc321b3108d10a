# Installs into a scratch prefix, then renders with the installed binary from
# another working folder, with no hint where its data lives.
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
  RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
foreach(f bin/dermaview share/dermaview/shaders/body.vert share/dermaview/shaders/body.frag share/dermaview/assets/README.md)
  if(NOT EXISTS ${PREFIX}/${f})
    message(FATAL_ERROR "install is missing ${f}")
  endif()
endforeach()
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DERMAVIEW_DATA_DIR
    ${PREFIX}/bin/dermaview render --size 64x64 -o ${PREFIX}/check.png
  WORKING_DIRECTORY /
  RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
if(NOT rc EQUAL 0 OR NOT EXISTS ${PREFIX}/check.png)
  message(FATAL_ERROR "the installed dermaview could not render: ${err}")
endif()
file(REMOVE_RECURSE ${PREFIX})
