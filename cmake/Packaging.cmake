# Installing and packaging: the two programs, the menu entry, the icon in the hicolor theme, the AppStream
# metadata and the licence; CPack makes the Debian package (scripts/package). The Windows installer has its
# own script (scripts/windows).
include(GNUInstallDirs)

set(HAMKORI_APP_ID org.hamkori.Hamkori)
set(HAMKORI_LINUX_DIR ${PROJECT_SOURCE_DIR}/resources/linux)
set(HAMKORI_ICON_DIR ${PROJECT_SOURCE_DIR}/resources/icons)

install(TARGETS hamkori hamkori-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

if(UNIX AND NOT APPLE)
    install(FILES ${HAMKORI_LINUX_DIR}/${HAMKORI_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    # The release in the metadata is this build's version, dated by the last commit (reproducible).
    execute_process(COMMAND git -C ${PROJECT_SOURCE_DIR} log -1 --format=%cs
                    OUTPUT_VARIABLE HAMKORI_RELEASE_DATE OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(NOT HAMKORI_RELEASE_DATE)
        string(TIMESTAMP HAMKORI_RELEASE_DATE "%Y-%m-%d" UTC)
    endif()
    configure_file(${HAMKORI_LINUX_DIR}/${HAMKORI_APP_ID}.metainfo.xml
                   ${CMAKE_CURRENT_BINARY_DIR}/${HAMKORI_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${HAMKORI_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(size 16 22 24 32 48 64 128 256)
        install(FILES ${HAMKORI_ICON_DIR}/hamkori-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME hamkori.png)
    endforeach()
    install(FILES ${HAMKORI_ICON_DIR}/hamkori.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/hamkori RENAME copyright)
endif()

set(CPACK_PACKAGE_NAME hamkori)
set(CPACK_PACKAGE_VENDOR "Hamkori")
set(CPACK_PACKAGE_CONTACT "Hamkori developers <hamkori@localhost>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Case book of community police partnership teams")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # hamkori_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# The synopsis is the summary above; this is the extended description (one string: CMake would make a list of
# several arguments).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Hamkori keeps the work of a community police partnership team of Tajikistan\n\
on one laptop, without internet: members, meetings, the register of safety concerns, prioritisation by\n\
women, men, youth and authorities, action plans and their progress. It prints plans, minutes and reports\n\
as PDF in Tajik, Russian or English and exchanges data on a USB stick in encrypted bundles.")
# The libraries come from the binaries (dpkg-shlibdeps); a plugin loaded at run time does not show there: the
# SQLite driver. (Debian 12 ships the xcb and offscreen platform plugins in libqt6gui6 itself.)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core")
include(CPack)
