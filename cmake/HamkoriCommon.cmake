# One INTERFACE target carries the language standard, warnings and strict Qt defines for every target
# (imitating qBittorrent's CommonConfig). Link it PRIVATE everywhere.
add_library(hamkori_common INTERFACE)
target_compile_features(hamkori_common INTERFACE cxx_std_20)
set_target_properties(hamkori_common PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
# GCC and Clang share most warnings; each gets its own spelling of "a local shadows a local".
target_compile_options(hamkori_common INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wnon-virtual-dtor>
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    $<$<CXX_COMPILER_ID:Clang>:-Wshadow-uncaptured-local>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /utf-8>)
target_compile_definitions(hamkori_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    HAMKORI_VERSION="${PROJECT_VERSION}")
