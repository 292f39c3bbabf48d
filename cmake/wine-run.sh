#!/bin/bash
# The CMAKE_CROSSCOMPILING_EMULATOR of cmake/mingw-w64-toolchain.cmake: runs a Windows program under Wine, for
# ctest and for Catch2's test discovery at build time.
#   wine-run.sh PREFIX PROGRAM.exe [ARGUMENTS...]
# PREFIX holds the Windows libraries (scripts/windows: ~/.cache/hamkori/windows/prefix); their DLLs and MinGW's
# are put on Wine's DLL path. Standard output gets Unix line ends: a Windows program writes "\r\n", and Catch2's
# CMake script would otherwise register every test name with a "\r" at its end.
set -o pipefail
prefix=$1
shift
gcc_dlls=$(dirname "$(x86_64-w64-mingw32-gcc-posix -print-libgcc-file-name)")
path=
# wine-tools: stand-ins for the Linux programs the tests start (cmake/wine-unix-tool.c, built by scripts/windows).
for dir in "$prefix/bin" "$gcc_dlls" /usr/x86_64-w64-mingw32/lib "$prefix/../wine-tools"; do
    path+="Z:${dir//\//\\};"
done
export WINEPATH="${WINEPATH:+$WINEPATH;}${path%;}"
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}
if [ -z "${WINEPREFIX:-}" ] && [ -d "$prefix/../wine" ]; then
    export WINEPREFIX
    WINEPREFIX=$(cd "$prefix/../wine" && pwd)
fi
wine "$@" | tr -d '\r'
