# Builds the Windows installer script on this machine with makensis (Debian's nsis package),
# from the documentation files only, so installer/windows/NSIS.template.in is checked on every
# Linux run: it must compile without a warning (the template says `!pragma warning error all`)
# and hold Roer's own Dutch texts.
#   cmake -DBUILD_DIR=... -DOUT=... -P CheckNsis.cmake
foreach(var BUILD_DIR OUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "CheckNsis.cmake: ${var} is not set")
    endif()
endforeach()
file(REMOVE_RECURSE ${OUT})
execute_process(
    COMMAND ${CMAKE_CPACK_COMMAND} -G NSIS --config ${BUILD_DIR}/CPackConfig.cmake -B ${OUT}
            -D "CPACK_INSTALL_CMAKE_PROJECTS=${BUILD_DIR};Roer;roer_doc;/"
            -D CPACK_PACKAGE_FILE_NAME=roer-nsis-check
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    file(GLOB logs ${OUT}/_CPack_Packages/*/NSIS/NSISOutput.log)
    foreach(log IN LISTS logs)
        file(READ ${log} text)
        string(APPEND out "\n${text}")
    endforeach()
    message(FATAL_ERROR "makensis failed (${rc}):\n${out}")
endif()
file(GLOB scripts ${OUT}/_CPack_Packages/*/NSIS/project.nsi)
if(NOT scripts OR NOT EXISTS ${OUT}/roer-nsis-check.exe)
    message(FATAL_ERROR "no installer was made:\n${out}")
endif()
file(READ ${scripts} script)
foreach(text "Roer starten" "Je kluis met je gegevens blijft op deze computer"
             "MUI_LANGUAGE \"Dutch\"" "$SMPROGRAMS\\Roer.lnk")
    string(FIND "${script}" "${text}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the installer script lacks: ${text}")
    endif()
endforeach()
message(STATUS "the NSIS installer script compiles (English and Dutch)")
