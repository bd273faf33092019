# Runs CLI on SCENARIO with FORMAT, writes OUT, and fails with a diff unless OUT equals EXPECTED.
execute_process(COMMAND ${CLI} run ${SCENARIO} --format ${FORMAT} -o ${OUT}
                RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "schedlab-cli run ${SCENARIO} exited with ${status}: ${errors}")
endif()
if(NOT EXISTS ${EXPECTED})
  message(FATAL_ERROR "no golden file ${EXPECTED}; create it with scripts/update-golden")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${EXPECTED} RESULT_VARIABLE differs)
if(differs)
  execute_process(COMMAND diff -u ${EXPECTED} ${OUT} OUTPUT_VARIABLE diff_text)
  message(FATAL_ERROR "output differs from ${EXPECTED}:\n${diff_text}")
endif()
