#!/bin/sh
# Install this Rapport bundle for the current user, or remove it again.
#
#   ./install.sh                    # into ~/.local (no administrator rights needed)
#   ./install.sh --prefix /opt/rapport-root   # somewhere else (may need sudo)
#   ./install.sh --uninstall        # remove the program; the practice data stay
#
# The program goes to PREFIX/lib/rapport, the commands rapport and rapport-admin
# to PREFIX/bin, the menu entry, icons and AppStream metadata to PREFIX/share.
# Uninstalling never touches the practice's data folder (~/.local/share/Rapport
# unless you chose another one), its backups or its logs.
set -eu

APP_ID=org.rapport_app.Rapport
here=$(cd "$(dirname "$0")" && pwd)
prefix="${HOME}/.local"
action=install

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
                  prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        --uninstall) action=uninstall; shift ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

case "$prefix" in
    /*) ;;
    *) prefix="$(pwd)/$prefix" ;;
esac
case "$prefix" in
    *[\"\`\$\\\|\&]*)
        echo "install.sh: the folder's name may not contain any of: \" \` \$ \\ | &" >&2
        exit 2 ;;
esac

lib="$prefix/lib/rapport"
bin="$prefix/bin"
share="$prefix/share"
sizes="16x16 32x32 48x48 64x64 128x128 256x256 512x512"

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$share/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "$action" = uninstall ]; then
    rm -rf "$lib"
    for name in rapport rapport-admin; do
        if [ -L "$bin/$name" ]; then rm -f "$bin/$name"; fi
    done
    rm -f "$share/applications/$APP_ID.desktop" "$share/metainfo/$APP_ID.metainfo.xml"
    for size in $sizes; do
        rm -f "$share/icons/hicolor/$size/apps/$APP_ID.png"
    done
    rm -f "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
    # Remove the folders this script made, if nothing else is in them.
    for dir in "$share/icons/hicolor/"*/apps "$share/icons/hicolor/"* "$share/icons/hicolor" \
               "$share/icons" "$share/applications" "$share/metainfo" "$share" "$bin" \
               "$prefix/lib" "$prefix"; do
        if [ -d "$dir" ]; then rmdir "$dir" 2>/dev/null || true; fi
    done
    refresh_caches
    echo "Rapport is removed. Your practice, its backups and logs are kept where they were."
    exit 0
fi

if [ ! -x "$here/rapport" ] || [ ! -x "$here/rapport-admin" ]; then
    echo "install.sh: run it from the unpacked Rapport bundle (rapport is not next to it)" >&2
    exit 1
fi

mkdir -p "$prefix/lib" "$bin" "$share/applications" "$share/metainfo"
# Copy next to the old version first, then swap, so an interrupted copy leaves the old one.
rm -rf "$lib.new"
mkdir "$lib.new"
cp -R "$here/rapport" "$here/rapport-admin" "$here/_internal" "$lib.new/"
rm -rf "$lib"
mv "$lib.new" "$lib"
ln -sf "$lib/rapport" "$bin/rapport"
ln -sf "$lib/rapport-admin" "$bin/rapport-admin"

# The menu entry runs the installed program by its full path (~/.local/bin is not
# always on the desktop session's PATH); a path with spaces is quoted.
program="$lib/rapport"
case "$program" in
    *" "*) program="\"$program\"" ;;
esac
sed "s|^Exec=rapport\$|Exec=$program|" "$here/share/applications/$APP_ID.desktop" \
    > "$share/applications/$APP_ID.desktop"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$share/metainfo/"
for size in $sizes scalable; do
    mkdir -p "$share/icons/hicolor/$size/apps"
    cp "$here/share/icons/hicolor/$size/apps/$APP_ID."* "$share/icons/hicolor/$size/apps/"
done
refresh_caches

echo "Rapport is installed in $lib."
echo "Start it from your applications menu, or with: $bin/rapport"
