# Portability of core/ and ui/ (run by ctest; cmake -DSOURCE_DIR=… -P CheckPortability.cmake): the two libraries
# are built for Windows too (scripts/windows), so they include no header that only POSIX systems have and call no
# POSIX-only function; Qt has a portable way for each (QFile, QDir, QProcess, QThread, QStandardPaths…). Cheap
# enough for every test run, so that a Linux-only call is caught here and not hours later by the Windows build.
set(posix_headers "unistd|fcntl|pthread|dirent|termios|pwd|grp|dlfcn|poll|syslog|libgen|fnmatch|glob")
set(posix_calls "fork|execv|execvp|getuid|geteuid|getpid|usleep|realpath|mkstemp|popen|pclose|setenv|unsetenv|fsync|chmod|symlink")
file(GLOB_RECURSE sources ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h)
set(found "")
foreach(source ${sources})
    file(STRINGS ${source} lines REGEX "#include <(${posix_headers})\\.h>|#include <sys/|[^A-Za-z_:.>](${posix_calls}) *\\(")
    foreach(line ${lines})
        # Comments may name such calls (to say why Qt's are used instead).
        if(NOT line MATCHES "^[ \t]*//")
            file(RELATIVE_PATH name ${SOURCE_DIR} ${source})
            string(APPEND found "\n  ${name}: ${line}")
        endif()
    endforeach()
endforeach()
list(LENGTH sources count)
if(found)
    message(FATAL_ERROR "core/ and ui/ must build for Windows too; POSIX-only headers or calls:${found}\n"
                        "Use Qt's portable classes instead (QFile, QDir, QProcess, QThread, QStandardPaths…).")
endif()
message(STATUS "${count} files of core/ and ui/: no POSIX-only header or call")
