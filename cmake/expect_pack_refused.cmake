# Runs `articlec pack IN OUT` on an invalid dataset and fails unless it exits non-zero, names
# the problem, and leaves no OUT behind.
# Usage: cmake -DARTICLEC=path -DIN=file.json -DOUT=file.pack -P expect_pack_refused.cmake
file(REMOVE "${OUT}")
execute_process(COMMAND "${ARTICLEC}" pack "${IN}" "${OUT}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(rc EQUAL 0)
  message(FATAL_ERROR "articlec pack accepted ${IN}")
endif()
if(NOT err MATCHES "${IN}:/")
  message(FATAL_ERROR "articlec pack gave no FILE:POINTER message: ${err}")
endif()
if(EXISTS "${OUT}")
  message(FATAL_ERROR "articlec pack wrote ${OUT} for an invalid dataset")
endif()
message(STATUS "refused as expected: ${err}")
