# Runs CLI on SCENARIO with FORMAT, writes OUT, and fails with a diff unless OUT equals EXPECTED.
execute_process(COMMAND ${CLI} run ${SCENARIO} --format ${FORMAT} -o ${OUT}
                RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "schedlab-cli run ${SCENARIO} exited with ${status}: ${errors}")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/compare_golden.cmake)
