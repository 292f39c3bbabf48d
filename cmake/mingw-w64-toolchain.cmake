# CMake toolchain file: 64-bit Windows programs cross-built on Debian 12 with MinGW-w64 (the -posix thread model,
# which std::thread and Qt need). Used by scripts/windows for SQLite, Qt, Qt Charts and Hamkori itself.
#
# The prefix that holds the libraries built for Windows (Qt, libsodium, SQLite) comes from the cache variable
# HAMKORI_WINDOWS_PREFIX or the environment variable of the same name. Headers, libraries and CMake packages are
# searched there (and in Debian's MinGW sysroot), programs on the build machine.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR AMD64)

set(_mingw x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${_mingw}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_mingw}-g++-posix)
set(CMAKE_RC_COMPILER ${_mingw}-windres)
# CMake guesses binutils from the compiler's name, which the -posix suffix defeats.
set(CMAKE_AR /usr/bin/${_mingw}-ar CACHE FILEPATH "")
set(CMAKE_RANLIB /usr/bin/${_mingw}-ranlib CACHE FILEPATH "")
set(CMAKE_OBJDUMP /usr/bin/${_mingw}-objdump CACHE FILEPATH "")
set(CMAKE_STRIP /usr/bin/${_mingw}-strip CACHE FILEPATH "")

if(NOT HAMKORI_WINDOWS_PREFIX AND DEFINED ENV{HAMKORI_WINDOWS_PREFIX})
    set(HAMKORI_WINDOWS_PREFIX "$ENV{HAMKORI_WINDOWS_PREFIX}")
endif()
if(HAMKORI_WINDOWS_PREFIX)
    # Passed on to try_compile projects, which read this file again.
    set(ENV{HAMKORI_WINDOWS_PREFIX} "${HAMKORI_WINDOWS_PREFIX}")
    list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES HAMKORI_WINDOWS_PREFIX)
endif()
set(CMAKE_FIND_ROOT_PATH ${HAMKORI_WINDOWS_PREFIX} /usr/${_mingw})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
# BOTH: Qt's host tools (moc, rcc, uic, lrelease) are found as CMake packages of the build machine's Qt.
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)

# pkg-config (libsodium) must read the Windows libraries' .pc files, never the build machine's.
if(HAMKORI_WINDOWS_PREFIX)
    set(ENV{PKG_CONFIG_LIBDIR} "${HAMKORI_WINDOWS_PREFIX}/lib/pkgconfig")
    set(ENV{PKG_CONFIG_PATH} "")
endif()

# ctest (and Catch2's test discovery) run the test executables through Wine, with the prefix's DLLs.
set(CMAKE_CROSSCOMPILING_EMULATOR ${CMAKE_CURRENT_LIST_DIR}/wine-run.sh ${HAMKORI_WINDOWS_PREFIX})
