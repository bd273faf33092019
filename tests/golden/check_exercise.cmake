# Runs `CLI exercise ARGS` (ARGS a ;-list) in the C locale and fails with a diff unless its
# output equals EXPECTED. The locale is fixed because exercise's default language follows it.
execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C LANG=C ${CLI} exercise ${ARGS}
                OUTPUT_FILE ${OUT} RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "schedlab-cli exercise ${ARGS} exited with ${status}: ${errors}")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/compare_golden.cmake)
