"""Locking when the screen locks or the computer sleeps, announced over a real D-Bus."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from ui.session_watch import SessionWatch


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A D-Bus daemon of the test's own; skipped where the system has none."""
    if shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None:
        pytest.skip("dbus-daemon is not installed (Debian package: dbus-daemon)")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)


def _send(address: str, path: str, member: str, value: str) -> None:
    subprocess.run(
        ["dbus-send", f"--bus={address}", "--type=signal", path, member, f"boolean:{value}"],
        check=True,
        timeout=10,
    )


@pytest.mark.parametrize(
    ("path", "member"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged"),
        ("/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep"),
    ],
)
def test_screen_lock_and_sleep_announcements_ask_for_a_lock(
    qtbot: QtBot, private_bus: str, path: str, member: str
) -> None:
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.connectToBus(private_bus, f"test-{member}")
    assert bus.isConnected()
    watch = SessionWatch(session_bus=bus, system_bus=bus)
    assert len(watch.watching) == 3

    fired: list[bool] = []
    watch.sig_lock_now.connect(lambda: fired.append(True))
    _send(private_bus, path, member, "false")  # unlocking or waking: nothing to do
    qtbot.wait(300)
    assert fired == []
    with qtbot.waitSignal(watch.sig_lock_now, timeout=5_000):
        _send(private_bus, path, member, "true")
    QDBusConnection.disconnectFromBus(f"test-{member}")
