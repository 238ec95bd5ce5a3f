"""The clear message shown instead of Qt's abort when a system library is missing."""

from __future__ import annotations

import ctypes.util
import sys

import pytest

from ui import platform_check


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux packages")
def test_missing_xcb_libraries_are_named_with_their_packages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":0")
    real = ctypes.util.find_library
    monkeypatch.setattr(
        ctypes.util,
        "find_library",
        lambda name: None if name in ("xcb-cursor", "xkbcommon-x11") else real(name) or name,
    )
    message = platform_check.problem()
    assert message is not None
    assert "sudo apt install" in message
    assert "libxcb-cursor0" in message and "libxkbcommon-x11-0" in message
    assert "libxcb-shape0" not in message


def test_no_display_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    if sys.platform.startswith("linux"):
        assert "graphical desktop" in (platform_check.problem() or "")


def test_offscreen_needs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert platform_check.problem() is None
