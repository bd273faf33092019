# Included by the check_*.cmake scripts: fails with a diff unless OUT equals EXPECTED.
if(NOT EXISTS ${EXPECTED})
  message(FATAL_ERROR "no golden file ${EXPECTED}; create it with scripts/update-golden")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${EXPECTED} RESULT_VARIABLE differs)
if(differs)
  execute_process(COMMAND diff -u ${EXPECTED} ${OUT} OUTPUT_VARIABLE diff_text)
  message(FATAL_ERROR "output differs from ${EXPECTED}:\n${diff_text}")
endif()
