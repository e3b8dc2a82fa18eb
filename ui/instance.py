"""One running app per workspace: a second launch hands its file to the first and exits.

The first instance listens on a local socket (QLocalServer) whose name is derived from the workspace
and the user; a later ``hubdesk FILE.asice`` on the same workspace connects, sends the file path (or
an empty line: "just come to the front") and exits once the first instance acknowledged it.
"""

from __future__ import annotations

import getpass
import hashlib
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("hubdesk.ui")
ACK = b"ok\n"


def server_name(workspace: str) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    digest = hashlib.sha256(f"{user}\0{workspace}".encode()).hexdigest()[:20]
    return f"hubdesk-{digest}"


def hand_over(workspace: str, file: str | None, timeout_ms: int = 2000) -> bool:
    """Send ``file`` to an instance already running on ``workspace``; True when one took it."""
    sock = QLocalSocket()
    sock.connectToServer(server_name(workspace))
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write((file or "").encode("utf-8") + b"\n")
    sock.flush()
    while sock.bytesToWrite() > 0:
        if not sock.waitForBytesWritten(timeout_ms):
            break
    answer = b""
    while b"\n" not in answer:
        if not sock.bytesAvailable() and not sock.waitForReadyRead(timeout_ms):
            break
        answer += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    if answer != ACK:
        log.warning("the running instance did not acknowledge the file %s", file)
        return False
    log.info("handed %s to the running instance", file or "(activation)")
    return True


class InstanceServer(QObject):
    """Listens for later launches; emits the file each one hands over ("" to bring the app forward)."""

    sig_file = Signal(str)

    def __init__(self, workspace: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(workspace)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            # No one answered hand_over(), so the socket is left over from a crashed run.
            QLocalServer.removeServer(self.name)
            if not self.server.listen(self.name):
                log.warning("cannot listen on %s: %s", self.name, self.server.errorString())
        self.server.newConnection.connect(self._on_connection)

    def listening(self) -> bool:
        return self.server.isListening()

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            buffer = bytearray()

            def on_ready(sock: QLocalSocket = sock, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(sock.readAll().data()))
                if b"\n" not in buffer:
                    return
                line = bytes(buffer).split(b"\n", 1)[0].decode("utf-8", "replace")
                sock.write(ACK)
                sock.flush()
                sock.disconnectFromServer()
                self.sig_file.emit(line)

            sock.readyRead.connect(on_ready)
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                on_ready()

    def close(self) -> None:
        self.server.close()
