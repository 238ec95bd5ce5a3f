"""Before Qt starts: say clearly which system package is missing, instead of Qt aborting.

Qt's Linux window-system plugin (xcb) needs a few libraries that a minimal
system may lack; without them Qt stops with "could not load the Qt platform
plugin". This check finds them first and names the packages to install.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

# library name (as ctypes finds it) → Debian/Ubuntu package
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-shape": "libxcb-shape0",
}
QT_GUI_LIBRARIES = {"EGL": "libegl1", "GL": "libgl1", "fontconfig": "libfontconfig1"}


def platform_name() -> str:
    explicit = os.environ.get("QT_QPA_PLATFORM", "")
    if explicit:
        return explicit.split(":", 1)[0]
    if sys.platform.startswith("linux"):
        if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
            return "wayland"
        return "xcb"
    return "native"


def missing_packages() -> list[str]:
    """Debian package names of libraries the chosen Qt platform needs but cannot find."""
    if not sys.platform.startswith("linux"):
        return []
    needed = dict(QT_GUI_LIBRARIES)
    if platform_name() == "xcb":
        needed.update(XCB_LIBRARIES)
    return [package for lib, package in needed.items() if ctypes.util.find_library(lib) is None]


def problem() -> str | None:
    """A message for the clinician if Rapport's window cannot open here, else None."""
    name = platform_name()
    if name in ("offscreen", "minimal"):
        return None
    if sys.platform.startswith("linux") and name == "xcb" and not os.environ.get("DISPLAY"):
        return (
            "Rapport needs a graphical desktop, and none was found (DISPLAY is not set). "
            "Start it from your desktop session."
        )
    missing = missing_packages()
    if missing:
        return (
            "Rapport's window needs some system libraries that are not installed. "
            "On Debian or Ubuntu, install them with:\n\n"
            f"    sudo apt install {' '.join(missing)}\n"
        )
    return None
