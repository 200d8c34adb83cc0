# SPDX-License-Identifier: GPL-3.0-or-later
# Shared compile settings, applied per target (never globally).
add_library(segmenta_warnings INTERFACE)
target_compile_options(segmenta_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>
  $<$<AND:$<BOOL:${SEGMENTA_WERROR}>,$<CXX_COMPILER_ID:GNU,Clang>>:-Werror>
  # GCC 12 at -O3 reports std::string concatenation as overlapping memcpy (GCC bug
  # 105651) and std::optional comparisons as maybe-uninitialized: false positives in
  # libstdc++ code. Keep the second visible as a warning, never as an error.
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict -Wno-error=maybe-uninitialized>)

# One static library per folder of core/ or ui/, sources found by glob so that
# adding a file needs no CMake edit. Usage:
#   segmenta_module(NAME io DIR core/io DEPS segmenta_table [QT])
function(segmenta_module)
  cmake_parse_arguments(M "QT" "NAME;DIR" "DEPS" ${ARGN})
  file(GLOB _src CONFIGURE_DEPENDS
       ${PROJECT_SOURCE_DIR}/${M_DIR}/*.cpp ${PROJECT_SOURCE_DIR}/${M_DIR}/*.h)
  set(_target segmenta_${M_NAME})
  add_library(${_target} STATIC ${_src})
  target_include_directories(${_target} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${_target} PUBLIC ${M_DEPS} PRIVATE segmenta_warnings)
  set_target_properties(${_target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  if(M_QT)
    set_target_properties(${_target} PROPERTIES AUTOMOC ON)
    target_compile_definitions(${_target} PUBLIC QT_NO_CAST_FROM_ASCII QT_USE_QSTRINGBUILDER QT_NO_CONTEXTLESS_CONNECT)
    target_precompile_headers(${_target} PRIVATE <QtWidgets> <QtCharts>)
  endif()
endfunction()

# Every tests/<area>/test_*.cpp becomes its own Qt Test executable and ctest case.
function(segmenta_tests)
  cmake_parse_arguments(T "" "DIR;PREFIX" "DEPS" ${ARGN})
  file(GLOB _tests CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/${T_DIR}/test_*.cpp)
  foreach(_file IN LISTS _tests)
    get_filename_component(_name ${_file} NAME_WE)
    set(_target ${T_PREFIX}_${_name})
    add_executable(${_target} ${_file})
    set_target_properties(${_target} PROPERTIES AUTOMOC ON)
    target_link_libraries(${_target} PRIVATE ${T_DEPS} Qt6::Test segmenta_warnings)
    target_compile_definitions(${_target} PRIVATE
      SEGMENTA_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
      SEGMENTA_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${_target} COMMAND ${_target})
    set_tests_properties(${_target} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 600)
  endforeach()
endfunction()
