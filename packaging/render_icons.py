"""Render Rapport's icon (resources/icons/rapport.svg) for the desktops that need bitmaps.

    .venv/bin/python packaging/render_icons.py             # Linux PNGs and the Windows .ico
    .venv/bin/python packaging/render_icons.py --iconset packaging/macos/Rapport.iconset

Writes packaging/linux/icons/hicolor/<N>x<N>/apps/<id>.png for N in SIZES, the SVG
itself as the scalable icon, and packaging/windows/rapport.ico (PNG images inside,
as Windows Vista and later read them). The outputs are committed; run this again
after changing the SVG. With --iconset it writes the PNGs macOS's ``iconutil``
turns into an .icns (packaging/macos/make_icns.sh does both steps).
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "rapport.svg"
APP_ID = "org.rapport_app.Rapport"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
WINDOWS_ICO = ROOT / "packaging" / "windows" / "rapport.ico"

SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS iconset file names and their pixel sizes (the @2x images are for Retina screens).
ICONSET = {
    f"icon_{points}x{points}{suffix}.png": points * scale
    for points in (16, 32, 128, 256, 512)
    for suffix, scale in (("", 1), ("@2x", 2))
}


def render(size: int) -> bytes:
    """The SVG drawn on a transparent square of ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"could not encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG as it is (ICONDIR, ICONDIRENTRY per image, the PNGs)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 stands for 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def write_linux_and_windows() -> None:
    for size in SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render(size))
        print(f"wrote {target.relative_to(ROOT)}")
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    print(f"wrote {scalable.relative_to(ROOT)}")
    WINDOWS_ICO.parent.mkdir(parents=True, exist_ok=True)
    WINDOWS_ICO.write_bytes(ico({size: render(size) for size in ICO_SIZES}))
    print(f"wrote {WINDOWS_ICO.relative_to(ROOT)}")


def write_iconset(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, size in ICONSET.items():
        (folder / name).write_bytes(render(size))
    print(f"wrote {len(ICONSET)} images into {folder}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iconset", type=Path, help="write a macOS .iconset folder instead")
    args = parser.parse_args()
    # Rendering needs no screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs one)
    if args.iconset:
        write_iconset(args.iconset)
    else:
        write_linux_and_windows()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
