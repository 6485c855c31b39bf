# Installs only the desktop integration files into a scratch tree and lets appstreamcli check
# them together: the metainfo, the .desktop file it launches and the icon that file names.
#   cmake -DBUILD_DIR=... -DTREE=... -DAPPSTREAMCLI=... -P ValidateInstallTree.cmake
foreach(var BUILD_DIR TREE APPSTREAMCLI)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "ValidateInstallTree.cmake: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE ${TREE})
execute_process(
    COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --component roer_desktop --prefix ${TREE}/usr
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "installing the desktop files into ${TREE} failed (${rc})")
endif()
execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net --explain ${TREE} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree failed (${rc})")
endif()

# validate-tree does not look for the icon: every Icon= of every installed .desktop file must
# name an installed hicolor icon.
file(GLOB desktop_files ${TREE}/usr/share/applications/*.desktop)
if(NOT desktop_files)
    message(FATAL_ERROR "no .desktop file was installed")
endif()
foreach(desktop_file IN LISTS desktop_files)
    file(STRINGS ${desktop_file} icon_lines REGEX "^Icon=")
    if(NOT icon_lines)
        message(FATAL_ERROR "${desktop_file} has no Icon= line")
    endif()
    string(REGEX REPLACE "^Icon=" "" icon "${icon_lines}")
    file(GLOB_RECURSE icons ${TREE}/usr/share/icons/hicolor/${icon}.svg ${TREE}/usr/share/icons/hicolor/${icon}.png)
    if(NOT icons)
        message(FATAL_ERROR "${desktop_file} names icon '${icon}', which is not installed")
    endif()
    message(STATUS "icon ${icon}: ${icons}")
endforeach()
file(REMOVE_RECURSE ${TREE})
