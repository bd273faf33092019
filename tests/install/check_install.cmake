# Installs the build in PREFIX and runs what was installed. Arguments: BUILD_DIR, SOURCE_DIR,
# PREFIX, APP (whether the desktop app was built).
set(id org.schedlab.SchedLab)
file(REMOVE_RECURSE ${PREFIX})

function(run)   # run(COMMAND... [OUTPUT var] [ERROR var]): fails the test on a non-zero exit
  cmake_parse_arguments(ARG "" "OUTPUT;ERROR" "COMMAND" ${ARGN})
  execute_process(COMMAND ${ARG_COMMAND} RESULT_VARIABLE status OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "'${ARG_COMMAND}' failed (${status}):\n${out}\n${err}")
  endif()
  if(ARG_OUTPUT)
    set(${ARG_OUTPUT} "${out}" PARENT_SCOPE)
  endif()
  if(ARG_ERROR)
    set(${ARG_ERROR} "${err}" PARENT_SCOPE)
  endif()
endfunction()

function(expect_files)
  foreach(file ${ARGN})
    if(NOT EXISTS ${PREFIX}/${file})
      message(FATAL_ERROR "not installed: ${PREFIX}/${file}")
    endif()
  endforeach()
endfunction()

run(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX})
set(scenarios ${PREFIX}/share/schedlab/scenarios)
expect_files(bin/schedlab-cli share/schedlab/scenarios/textbook-rr.yaml
  share/schedlab/scenarios/classroom-io.yaml)

# The installed CLI on an installed scenario prints exactly the golden output.
run(COMMAND ${PREFIX}/bin/schedlab-cli run ${scenarios}/textbook-rr.yaml OUTPUT text)
file(READ ${SOURCE_DIR}/tests/golden/textbook-rr.txt expected)
if(NOT text STREQUAL expected)
  message(FATAL_ERROR "installed schedlab-cli run printed:\n${text}\nexpected:\n${expected}")
endif()

if(NOT APP)
  return()
endif()
expect_files(bin/schedlab libexec/schedlab/schedlab-export
  share/schedlab/translations/schedlab_zh_CN.qm
  share/applications/${id}.desktop share/metainfo/${id}.metainfo.xml
  share/icons/hicolor/scalable/apps/${id}.svg share/icons/hicolor/256x256/apps/${id}.png)
run(COMMAND desktop-file-validate ${PREFIX}/share/applications/${id}.desktop)
run(COMMAND appstreamcli validate --no-net ${PREFIX}/share/metainfo/${id}.metainfo.xml)

# `export` hands over to the installed schedlab-export in libexec/schedlab.
file(REMOVE ${PREFIX}/gantt.png)
run(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
  ${PREFIX}/bin/schedlab-cli export ${scenarios}/textbook-rr.yaml -o ${PREFIX}/gantt.png)
expect_files(gantt.png)

# The installed app loads the installed translation and draws the window.
run(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
  QT_LOGGING_RULES=schedlab.translations.info=true
  ${PREFIX}/bin/schedlab ${scenarios}/classroom-io.yaml --lang zh_CN --screenshot
  ${PREFIX}/window.png ERROR log)
string(FIND "${log}" "loaded ${PREFIX}/share/schedlab/translations/schedlab_zh_CN.qm" found)
if(found EQUAL -1)
  message(FATAL_ERROR "the installed app did not load its installed translation:\n${log}")
endif()
expect_files(window.png)
