#!/bin/sh
# Build packaging/macos/Rapport.icns from resources/icons/rapport.svg (macOS only:
# iconutil ships with Xcode's command-line tools). Run from the repository root:
#
#   sh packaging/macos/make_icns.sh
#
# packaging/rapport.spec uses the .icns when it exists.
set -eu
iconset=build/Rapport.iconset
rm -rf "$iconset"
.venv/bin/python packaging/render_icons.py --iconset "$iconset"
iconutil -c icns -o packaging/macos/Rapport.icns "$iconset"
echo "wrote packaging/macos/Rapport.icns"
