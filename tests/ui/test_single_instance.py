"""A second start for the same practice brings the running window forward, over a local socket."""

from __future__ import annotations

import socket
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from ui import main as entry
from ui import single_instance
from ui.controller import Controller
from ui.single_instance import MESSAGE, InstanceServer, ask_running_instance, server_name


@pytest.fixture
def server(tmp_path: Path) -> Iterator[InstanceServer]:
    running = InstanceServer(server_name(tmp_path / "practice"))
    assert running.listen()
    yield running
    running.close()


def test_the_name_is_one_per_folder_and_says_nothing_of_it(tmp_path: Path) -> None:
    folder = tmp_path / "Canary Practice ZQX"
    folder.mkdir()
    name = server_name(folder)
    assert name == server_name(tmp_path / "x" / ".." / "Canary Practice ZQX")
    assert name != server_name(tmp_path / "another")
    assert "Canary" not in name and str(tmp_path) not in name
    assert len(name) < 40  # fits a Unix socket path in any temporary folder


def test_a_second_start_brings_the_window_forward(qtbot: QtBot, server: InstanceServer) -> None:
    raised: list[bool] = []
    server.sig_raise_requested.connect(lambda: raised.append(True))
    assert ask_running_instance(server.name)
    qtbot.waitUntil(lambda: raised == [True], timeout=2000)


def test_the_fixed_message_is_all_that_is_heard(qtbot: QtBot, server: InstanceServer) -> None:
    raised: list[bool] = []
    server.sig_raise_requested.connect(lambda: raised.append(True))
    client = QLocalSocket()
    with qtbot.waitSignal(client.disconnected, timeout=5000):
        client.connectToServer(server.name)
        client.write(b"open client 42 please\n")
    assert raised == []


def test_nobody_listening_answers_no_at_once(tmp_path: Path) -> None:
    assert not ask_running_instance(server_name(tmp_path / "none"), timeout_ms=5000)


def test_a_server_that_does_not_answer_is_given_up_on(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtNetwork import QLocalServer

    mute = QLocalServer()
    name = server_name(tmp_path / "mute")
    assert mute.listen(name)  # accepts, never answers
    try:
        assert not ask_running_instance(name, timeout_ms=200)
    finally:
        mute.close()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_a_socket_left_by_a_crash_is_removed(tmp_path: Path) -> None:
    name = server_name(tmp_path / "crashed")
    path = Path(QDir.tempPath()) / name
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(str(path))  # bound and closed: the file stays, nobody listens
    leftover.close()
    assert path.exists()
    running = InstanceServer(name)
    try:
        assert running.listen()
        assert running.listening
    finally:
        running.close()
    assert not path.exists()  # removed at quit


def test_main_forwards_to_the_running_instance(
    qtbot: QtBot,
    locked_controller: Controller,
    closed_vault: Path,
) -> None:
    """ui.main's second-start path: the running practice's unlock screen comes forward."""
    window = locked_controller.unlock_window
    assert window is not None
    window.hide()  # e.g. behind other windows or minimised
    running = InstanceServer(server_name(closed_vault))
    running.sig_raise_requested.connect(locked_controller.bring_forward)
    assert running.listen()
    try:
        assert entry.forward_to_running_instance(closed_vault)
        qtbot.waitUntil(window.isVisible, timeout=2000)
    finally:
        running.close()
    # Once it has quit, the next start opens the practice itself.
    assert not entry.forward_to_running_instance(closed_vault)


def test_the_main_window_comes_forward_when_unlocked(
    qtbot: QtBot,
    controller_factory: Callable[[Path], Controller],
    closed_vault: Path,
    passphrase: str,
    type_and_unlock: Callable[[Controller, str], None],
) -> None:
    from app.vault import Vault

    controller = controller_factory(closed_vault)
    controller.start(Vault.open(closed_vault))
    type_and_unlock(controller, passphrase)
    window = controller.main_window
    assert window is not None
    window.showMinimized()
    assert controller.current_window() is window
    controller.bring_forward()
    assert not window.isMinimized()
    assert controller.unlock_window is not None and not controller.unlock_window.isVisible()


def test_without_an_answer_main_falls_back(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(single_instance, "ask_running_instance", lambda _name, _ms: False)
    assert not entry.forward_to_running_instance(tmp_path)
    assert MESSAGE.endswith(b"\n")
