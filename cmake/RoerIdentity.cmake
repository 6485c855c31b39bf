# The project's public identity, written once. The packages (CPack: .deb, MSI/NSIS, disk image),
# the AppStream metainfo, the Debian copyright and changelog, the macOS bundle, the Flatpak
# manifest's id and `roer --version` / `roer-cli --version` all take it from here.
#
# The repository is github.com/roer/roer; the application id is that address turned around
# (io.github.roer.Roer), as AppStream and Flatpak expect for a project hosted there.
set(ROER_REPOSITORY_URL "https://github.com/roer/roer")
set(ROER_BUGS_URL "${ROER_REPOSITORY_URL}/issues")
set(ROER_APP_ID "io.github.roer.Roer")
set(ROER_VENDOR "The Roer authors")
# Debian needs a Maintainer with an e-mail address. The project answers on its issue tracker;
# this GitHub no-reply address names the project and does not receive mail.
set(ROER_PACKAGE_CONTACT "Roer maintainers <roer@users.noreply.github.com>"
    CACHE STRING "Maintainer of the Roer packages (name <e-mail>)")

# `--version` prints the homepage; only the two programs get it (a definition on roer_options
# would rebuild everything whenever the identity changes).
function(roer_identity_definitions target)
    target_compile_definitions(${target} PRIVATE ROER_HOMEPAGE="${ROER_REPOSITORY_URL}"
                                                 ROER_APP_ID="${ROER_APP_ID}")
endfunction()
