"""Starting Rapport again for an open practice brings the open window forward.

The running Rapport listens on a local socket (a Unix socket or a Windows named
pipe — never the network) named from the data folder and the user; a second
start sends one fixed message and exits once the first says it has heard. Only
that message and its fixed answer cross: nothing about the practice or a client.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

log = logging.getLogger("rapport")

#: What a second start says, and what the running Rapport answers.
MESSAGE = b"rapport:raise\n"
ANSWER = b"rapport:ok\n"

#: How long a second start waits for the running Rapport before saying "already open".
ANSWER_MS = 1000


def _user_id() -> str:
    getuid = getattr(os, "getuid", None)
    return str(getuid()) if getuid is not None else getpass.getuser()


def server_name(data_dir: Path) -> str:
    """The socket's name: the same for one user's one data folder, however it was spelled."""
    key = f"{_user_id()}\0{data_dir.expanduser().resolve()}"
    return "rapport-" + hashlib.sha256(key.encode()).hexdigest()[:24]


class InstanceServer(QObject):
    """Listens while Rapport runs; says when a second start asks for the window."""

    sig_raise_requested = Signal()
    """A second start of Rapport for this practice asked for the window to come forward."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket left by a Rapport that crashed is removed first."""
        if self._server.listen(self.name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            # Nobody answered this name before we got here (main asks first), so the
            # socket file is a crash's leftover.
            QLocalServer.removeServer(self.name)
            if self._server.listen(self.name):
                log.info("A stale single-instance socket was removed")
                return True
        log.warning("A second start will not find this window (%s)", self._server.errorString())
        return False

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        """Stop listening and remove the socket (at quit)."""
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            received = bytearray()
            socket.readyRead.connect(lambda s=socket, r=received: self._read(s, r))
            socket.disconnected.connect(socket.deleteLater)
            # A client that never speaks is dropped.
            QTimer.singleShot(ANSWER_MS * 2, socket, socket.abort)
            if socket.bytesAvailable():
                self._read(socket, received)

    def _read(self, socket: QLocalSocket, received: bytearray) -> None:
        received += bytes(socket.read(len(MESSAGE) - len(received)).data())
        if len(received) < len(MESSAGE):
            return
        if bytes(received) == MESSAGE:
            socket.write(ANSWER)
            socket.flush()
            socket.disconnectFromServer()
            self.sig_raise_requested.emit()
        else:
            socket.abort()


def ask_running_instance(name: str, timeout_ms: int = ANSWER_MS) -> bool:
    """Ask the Rapport listening on ``name`` to show its window; True once it has answered.

    Runs a local event loop (so it also works when the server is in this process,
    as in the tests); returns False at once when nobody listens.
    """
    socket = QLocalSocket()
    loop = QEventLoop()
    reply = bytearray()
    finished = False

    def finish() -> None:
        nonlocal finished
        finished = True
        loop.quit()

    def read() -> None:
        reply.extend(bytes(socket.readAll().data()))
        if len(reply) >= len(ANSWER):
            finish()

    socket.connected.connect(lambda: socket.write(MESSAGE))
    socket.readyRead.connect(read)
    socket.errorOccurred.connect(lambda _error: finish())
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(finish)
    timer.start(timeout_ms)
    socket.connectToServer(name)
    if not finished:
        loop.exec()
    timer.stop()
    if socket.bytesAvailable():
        reply.extend(bytes(socket.readAll().data()))
    socket.abort()
    return bytes(reply[: len(ANSWER)]) == ANSWER
