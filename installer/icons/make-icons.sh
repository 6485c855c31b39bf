#!/usr/bin/env bash
# Makes the Windows and macOS icon files from the one SVG icon (resources/icons/roer.svg).
# The results are committed, because the Windows and macOS builds have none of these tools.
# Debian packages: librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
#   installer/icons/make-icons.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
svg=$here/../../resources/icons/roer.svg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w $size -h $size "$svg" -o "$work/roer-$size.png"
done
# Windows: every size Explorer and the Start menu ask for; 256 px stored as PNG.
icotool -c -o "$here/roer.ico" "$work"/roer-{16,24,32,48,64,128}.png -r "$work/roer-256.png"
# macOS: the sizes of an .icns icon set (png2icns knows 16, 32, 128, 256, 512 and 1024 px).
png2icns "$here/roer.icns" "$work"/roer-{16,32,128,256,512,1024}.png >/dev/null
ls -l "$here/roer.ico" "$here/roer.icns"
