# The layering test: the include rules that the per-layer include roots (cmake/layers.cmake)
# cannot enforce, because the compiler finds these includes without any root.
#   1. No quoted include reaches outside its own folder by path ("../scenario/x.hpp",
#      "/abs/path"): every quoted include names its layer first ("engine/...").
#   2. Third-party headers stay in the layers that link them: the engine includes only the
#      standard library and the system's headers, and nothing in src/ includes Qt (the app's
#      layers are models/ and ui/).
#   3. No target puts src/ or the repository root on its include path, which would show every
#      layer to the target and to all that link it: layer targets use schedlab_layer_root.
#   4. The arrows that a link would open if someone added it: QCustomPlot only in the charts
#      (ui/charts/, included as "charts/..."), the charts never include the windows ("ui/"), and
#      nothing but src/cli includes "cli/" (what schedlab-export shares is in src/console).
# Usage: cmake -DSOURCE_DIR=... -P check_includes.cmake
cmake_minimum_required(VERSION 3.25)
set(layers engine i18n scenario report compare authoring real console cli models charts ui)
list(JOIN layers ", " layer_names)
set(third_party "^(yaml-cpp|simdjson|nlohmann|CLI|qcustomplot|gtest|gmock|benchmark)")
set(problems "")

function(check_file file)
  file(STRINGS ${SOURCE_DIR}/${file} lines REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS lines)
    if(line MATCHES "\"([^\"]*)\"")
      set(header ${CMAKE_MATCH_1})
      string(REGEX MATCH "^[^/]*" first "${header}")
      if(NOT first IN_LIST layers)
        list(APPEND problems "${file}: ${line}: a quoted include must start with its layer (${layer_names})")
      elseif(header MATCHES "^ui/charts/")
        list(APPEND problems "${file}: ${line}: the charts are a layer: \"charts/...\"")
      elseif(file MATCHES "^ui/charts/" AND first STREQUAL "ui")
        list(APPEND problems "${file}: ${line}: the charts draw from models/, never from the windows (ui/)")
      elseif(first STREQUAL "cli" AND NOT file MATCHES "^src/cli/")
        list(APPEND problems "${file}: ${line}: only schedlab-cli includes cli/ (shared code: src/console)")
      endif()
    elseif(line MATCHES "<([^>]*)>")
      set(header ${CMAKE_MATCH_1})
      if(file MATCHES "^src/" AND header MATCHES "^Q")
        list(APPEND problems "${file}: ${line}: no Qt below the app (models/, ui/)")
      elseif(header MATCHES "^qcustomplot" AND NOT file MATCHES "^ui/charts/")
        list(APPEND problems "${file}: ${line}: only the charts (ui/charts/) use QCustomPlot")
      elseif(file MATCHES "^src/engine/" AND header MATCHES "${third_party}")
        list(APPEND problems "${file}: ${line}: the engine uses no library but the system's")
      endif()
    endif()
  endforeach()
  set(problems "${problems}" PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR}
  ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/src/*.hpp ${SOURCE_DIR}/models/*.cpp
  ${SOURCE_DIR}/models/*.hpp ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.hpp ${SOURCE_DIR}/bench/*.cpp)
foreach(file IN LISTS files)
  check_file(${file})
endforeach()

# Rule 3, over every CMakeLists.txt.
file(GLOB_RECURSE lists RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/src/CMakeLists.txt
  ${SOURCE_DIR}/src/*/CMakeLists.txt ${SOURCE_DIR}/models/CMakeLists.txt
  ${SOURCE_DIR}/ui/CMakeLists.txt ${SOURCE_DIR}/ui/*/CMakeLists.txt
  ${SOURCE_DIR}/tests/CMakeLists.txt ${SOURCE_DIR}/tests/*/CMakeLists.txt
  ${SOURCE_DIR}/bench/CMakeLists.txt)
foreach(list_file IN LISTS lists)
  file(STRINGS ${SOURCE_DIR}/${list_file} lines REGEX "PROJECT_SOURCE_DIR}(/src)?[ )]")
  foreach(line IN LISTS lines)
    if(line MATCHES "include_directories")
      list(APPEND problems "${list_file}: ${line}: use schedlab_layer_root (cmake/layers.cmake)")
    endif()
  endforeach()
endforeach()

if(problems)
  list(JOIN problems "\n" text)
  message(FATAL_ERROR "Includes across the layering (docs/ARCHITECTURE.md, The arrows):\n${text}")
endif()
list(LENGTH files count)
message(STATUS "layering: ${count} files checked")
