# Runs APP on SCENARIO with --screenshot OUT and fails unless the app exits with status 2, writes
# no OUT, and prints a line on stderr that starts with PREFIX (the "FILE: error:" or
# "FILE:LINE:COLUMN: error:" form of docs/FORMAT.md) and mentions WORD.
file(REMOVE ${OUT})
execute_process(COMMAND ${APP} ${SCENARIO} --screenshot ${OUT}
                RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status STREQUAL "2")
  message(FATAL_ERROR "expected exit status 2, got '${status}'; stderr:\n${errors}")
endif()
if(EXISTS ${OUT})
  message(FATAL_ERROR "the app wrote ${OUT} for a file it refused")
endif()
# Qt may warn on stderr too: look for the message line by line.
string(REPLACE "\n" ";" lines "${errors}")
foreach(line IN LISTS lines)
  string(FIND "${line}" "${PREFIX}" at)
  string(FIND "${line}" "${WORD}" word_at)
  if(at EQUAL 0 AND word_at GREATER at)
    return()
  endif()
endforeach()
message(FATAL_ERROR "no line starts with '${PREFIX}' and mentions '${WORD}'; stderr:\n${errors}")
