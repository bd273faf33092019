# Runs the command docs/COMPARE.md gives (from the source folder, so file names match) and fails
# unless the page holds its output verbatim between the compare:begin/end markers.
execute_process(COMMAND ${CLI} compare scenarios/*.yaml
                        --policies fcfs,sjf,srtf,priority,rr:quantum=4,mlfq --format md
                WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE status
                OUTPUT_VARIABLE table ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "schedlab-cli compare exited with ${status}: ${errors}")
endif()
file(READ ${SOURCE_DIR}/docs/COMPARE.md page)
string(FIND "${page}" "<!-- compare:begin -->\n${table}<!-- compare:end -->" at)
if(at EQUAL -1)
  message(FATAL_ERROR "docs/COMPARE.md is out of date; run scripts/update-golden. Now:\n${table}")
endif()
