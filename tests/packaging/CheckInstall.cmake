# Installs the build into a temporary prefix (what CPack packs) and fails when a file the Debian package
# promises is missing: the programs, the menu entry, the icon in every hicolor size, the metadata, the licence.
# cmake -DBUILD_DIR=... -DPREFIX=... -P CheckInstall.cmake
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE installed OUTPUT_QUIET)
if(NOT installed EQUAL 0)
    message(FATAL_ERROR "cmake --install failed")
endif()
set(expected
    bin/hamkori bin/hamkori-cli
    share/applications/org.hamkori.Hamkori.desktop
    share/metainfo/org.hamkori.Hamkori.metainfo.xml
    share/icons/hicolor/scalable/apps/hamkori.svg
    share/doc/hamkori/copyright)
foreach(size 16 22 24 32 48 64 128 256)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/hamkori.png)
endforeach()
foreach(path ${expected})
    if(NOT EXISTS ${PREFIX}/${path})
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()
file(READ ${PREFIX}/share/metainfo/org.hamkori.Hamkori.metainfo.xml metainfo)
if(metainfo MATCHES "@")
    message(FATAL_ERROR "the metadata still holds a placeholder: ${metainfo}")
endif()
file(REMOVE_RECURSE ${PREFIX})
