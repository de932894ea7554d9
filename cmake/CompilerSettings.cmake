# One INTERFACE target carries the warning set and Qt strictness defines; every target of the
# project links it, so the rules live in one place.
add_library(coworking_settings INTERFACE)
target_compile_options(coworking_settings INTERFACE
    -Wall -Wextra -pedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    $<$<BOOL:${COWORKING_WARNINGS_AS_ERRORS}>:-Werror>)
target_compile_definitions(coworking_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS)

# Hardening of what is shipped (Debian's default build flags): checked buffer functions where the
# optimiser can see sizes, and the GOT made read-only after start. Debug (the sanitizer build)
# keeps its own instrumentation without them.
target_compile_definitions(coworking_settings INTERFACE
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_link_options(coworking_settings INTERFACE LINKER:-z,relro LINKER:-z,now)
