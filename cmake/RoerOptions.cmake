# One INTERFACE target carries the language standard, warnings, Qt defines and hardening
# flags. Every Roer target links it, so nobody has to remember them one by one.
add_library(roer_options INTERFACE)
target_compile_features(roer_options INTERFACE cxx_std_20)
# Shown by `roer --version` and `roer-cli --version` (with ROER_HOMEPAGE, set on those two).
target_compile_definitions(roer_options INTERFACE ROER_VERSION="${PROJECT_VERSION}")
target_compile_definitions(roer_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:QT_NO_DEBUG_OUTPUT>
)
if(MSVC)
    target_compile_options(roer_options INTERFACE /W4 /permissive- /utf-8 $<$<BOOL:${ROER_WERROR}>:/WX>)
    target_link_options(roer_options INTERFACE /guard:cf)
else()
    target_compile_options(roer_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
        $<$<BOOL:${ROER_WERROR}>:-Werror>
        -fstack-protector-strong
        $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>
    )
    if(NOT APPLE)
        target_link_options(roer_options INTERFACE -Wl,-z,relro,-z,now -Wl,-z,noexecstack)
    endif()
endif()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
