# Turns the messages of some contexts of a Qt .ts file into a C++ table for schedlab::i18n, so
# that code without Qt (report, CLI) translates from the same file as the app.
# cmake -DTS=in.ts -DOUT=out.cpp -DCONTEXTS="a;b" -P ts_to_cpp.cmake
# Finished translations only (as lrelease); of a plural message, the first form (Chinese has one).
cmake_minimum_required(VERSION 3.25)
file(READ ${TS} ts)
# CMake lists split on ';' and group on '[' ']': hide them while the text is cut into lists.
string(REPLACE ";" "@SEMICOLON@" ts "${ts}")
string(REPLACE "[" "@LBRACKET@" ts "${ts}")
string(REPLACE "]" "@RBRACKET@" ts "${ts}")

function(xml_text raw out)   # XML entities to text, then the text as a C++ string literal
  set(text "${raw}")
  string(REPLACE "&lt@SEMICOLON@" "<" text "${text}")
  string(REPLACE "&gt@SEMICOLON@" ">" text "${text}")
  string(REPLACE "&quot@SEMICOLON@" "\"" text "${text}")
  string(REPLACE "&apos@SEMICOLON@" "'" text "${text}")
  string(REPLACE "&amp@SEMICOLON@" "&" text "${text}")
  if(text MATCHES "&#")
    message(FATAL_ERROR "${TS}: numeric character references are not supported: ${raw}")
  endif()
  string(REPLACE "@SEMICOLON@" ";" text "${text}")
  string(REPLACE "@LBRACKET@" "[" text "${text}")
  string(REPLACE "@RBRACKET@" "]" text "${text}")
  string(REPLACE "\\" "\\\\" text "${text}")
  string(REPLACE "\"" "\\\"" text "${text}")
  string(REPLACE "\n" "\\n" text "${text}")
  string(REPLACE "\t" "\\t" text "${text}")
  set(${out} "\"${text}\"" PARENT_SCOPE)
endfunction()

set(rows "")
set(count 0)
string(REPLACE "</context>" ";" blocks "${ts}")
foreach(block IN LISTS blocks)
  if(NOT block MATCHES "<name>([^<]*)</name>")
    continue()
  endif()
  set(context "${CMAKE_MATCH_1}")
  if(NOT context IN_LIST CONTEXTS)
    continue()
  endif()
  string(REPLACE "</message>" ";" messages "${block}")
  foreach(message IN LISTS messages)
    if(NOT message MATCHES "<source>([^<]*)</source>")
      continue()
    endif()
    set(source "${CMAKE_MATCH_1}")
    if(message MATCHES "<translation type=" OR NOT message MATCHES "<translation>")
      continue()   # unfinished, vanished or obsolete
    endif()
    if(message MATCHES "<numerusform>([^<]*)</numerusform>")
      set(translation "${CMAKE_MATCH_1}")
    elseif(message MATCHES "<translation>([^<]*)</translation>")
      set(translation "${CMAKE_MATCH_1}")
    else()
      continue()
    endif()
    xml_text("${context}" c)
    xml_text("${source}" s)
    xml_text("${translation}" t)
    string(APPEND rows "    {${c}, ${s}, ${t}},\n")
    math(EXPR count "${count} + 1")
  endforeach()
endforeach()

file(WRITE ${OUT}.tmp "// Generated from ${TS} by ts_to_cpp.cmake: do not edit.
#include \"i18n/catalogue.hpp\"

namespace schedlab::i18n {

const std::vector<CatalogueEntry>& chineseCatalogue() {
    static const std::vector<CatalogueEntry> entries{
${rows}    };
    return entries;
}

}  // namespace schedlab::i18n
")
# Same bytes, same timestamp: nothing that includes it is rebuilt for an unrelated .ts change.
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUT}.tmp)
