# Runs CLI on SCENARIO with FORMAT (and `--lang LANGUAGE` if given), writes OUT, and fails with a
# diff unless OUT equals EXPECTED. The locale is neutral: the default output is English.
unset(ENV{LC_ALL})
unset(ENV{LC_MESSAGES})
set(ENV{LANG} C.UTF-8)
set(language_flag "")
if(LANGUAGE)
  set(language_flag --lang ${LANGUAGE})
endif()
execute_process(COMMAND ${CLI} run ${SCENARIO} --format ${FORMAT} ${language_flag} -o ${OUT}
                RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "schedlab-cli run ${SCENARIO} exited with ${status}: ${errors}")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/compare_golden.cmake)
