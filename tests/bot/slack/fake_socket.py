"""A loopback fake of Slack's Socket Mode endpoint: a WebSocket server (RFC 6455, on
the standard library) that the app connects to with the URL ``apps.connections.open``
gave it.

It behaves as Slack's does: the opening handshake, a ``hello`` on connect, envelopes
sent as (unmasked) text frames, pongs for the client's pings, and it records every
text frame the client sends back (the acknowledgements, ``{"envelope_id": …}``). It
insists on what a server must check: the upgrade headers and masked client frames.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import struct
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any, BinaryIO

GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
TEXT, CLOSE, PING, PONG = 0x1, 0x8, 0x9, 0xA
PATH = "/link/"


def frame(opcode: int, data: bytes) -> bytes:
    """A server frame: final, unmasked."""
    head = bytes([0x80 | opcode])
    n = len(data)
    if n <= 125:
        head += bytes([n])
    elif n <= 0xFFFF:
        head += bytes([126]) + struct.pack("!H", n)
    else:
        head += bytes([127]) + struct.pack("!Q", n)
    return head + data


def read_frame(stream: BinaryIO) -> tuple[int, bytes]:
    """One client frame; client frames must be masked (RFC 6455 §5.1)."""
    head = stream.read(2)
    if len(head) < 2:
        raise EOFError
    opcode = head[0] & 0x0F
    if not head[1] & 0x80:
        raise ValueError("client frame not masked")
    n = head[1] & 0x7F
    if n == 126:
        n = struct.unpack("!H", stream.read(2))[0]
    elif n == 127:
        n = struct.unpack("!Q", stream.read(8))[0]
    mask = stream.read(4)
    data = stream.read(n)
    if len(data) < n:
        raise EOFError
    return opcode, bytes(b ^ mask[i % 4] for i, b in enumerate(data))


@dataclass
class Received:
    message: dict[str, Any]
    at: float


@dataclass
class FakeSocketMode:
    port: int = 0
    received: list[Received] = field(default_factory=list)
    handshakes: list[dict[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Condition = field(default_factory=threading.Condition)
    _conn: socket.socket | None = None
    _send_lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self) -> str:
        """What ``apps.connections.open`` answers (a fresh ticket each time, as Slack)."""
        return f"ws://127.0.0.1:{self.port}{PATH}?ticket={uuid.uuid4()}&app_id=A0001"

    # ------------------------------------------------------------ the test's side

    def send(self, message: dict[str, Any]) -> float:
        """Send one envelope to the connected app; returns when it was sent."""
        with self.lock:
            conn = self._conn
        assert conn is not None, "the app is not connected"
        with self._send_lock:
            conn.sendall(frame(TEXT, json.dumps(message).encode()))
        return time.monotonic()

    def drop(self) -> None:
        """Cut the TCP connection without a close frame (which would make the client
        reconnect): its reader, blocked in ``recv`` for up to 3 s, wakes at once, so
        the client's own ``close()`` need not wait for that timeout."""
        with self.lock:
            conn = self._conn
        if conn is not None:
            with suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def wait_for(self, check: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        with self.lock:
            while not check():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"condition not met in {timeout}s; received "
                                         f"{[r.message for r in self.received]}; "
                                         f"errors {self.errors}")
                self.lock.wait(min(left, 0.05))

    def wait_connected(self, timeout: float = 10.0) -> None:
        self.wait_for(lambda: self._conn is not None, timeout)

    def ack_for(self, envelope_id: str, timeout: float = 10.0) -> Received:
        self.wait_for(lambda: any(r.message.get("envelope_id") == envelope_id
                                  for r in self.received), timeout)
        return next(r for r in self.received if r.message.get("envelope_id") == envelope_id)

    # ------------------------------------------------------------ the server's side

    def serve(self, listener: socket.socket) -> None:
        while True:
            try:
                conn, _addr = listener.accept()
            except OSError:
                return
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _connection(self, conn: socket.socket) -> None:
        stream = conn.makefile("rb")
        try:
            if not self._handshake(conn, stream):
                return
            with self.lock:
                self._conn = conn
                self.lock.notify_all()
            hello = {"type": "hello", "num_connections": 1,
                     "debug_info": {"host": "applink-fake", "build_number": 1,
                                    "approximate_connection_time": 18060},
                     "connection_info": {"app_id": "A0001"}}
            with self._send_lock:
                conn.sendall(frame(TEXT, json.dumps(hello).encode()))
            while True:
                opcode, data = read_frame(stream)
                if opcode == PING:
                    with self._send_lock:
                        conn.sendall(frame(PONG, data))
                elif opcode == TEXT:
                    with self.lock:
                        self.received.append(Received(json.loads(data), time.monotonic()))
                        self.lock.notify_all()
                elif opcode == CLOSE:
                    with self._send_lock:
                        conn.sendall(frame(CLOSE, data[:2]))
                    return
        except (EOFError, OSError):
            return
        except ValueError as err:
            with self.lock:
                self.errors.append(str(err))
                self.lock.notify_all()
        finally:
            with self.lock:
                if self._conn is conn:
                    self._conn = None
            stream.close()
            conn.close()

    def _handshake(self, conn: socket.socket, stream: BinaryIO) -> bool:
        request = stream.readline().decode("latin-1").strip()
        headers: dict[str, str] = {}
        while True:
            line = stream.readline().decode("latin-1").strip()
            if not line:
                break
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        method, _, rest = request.partition(" ")
        path = rest.split(" ")[0]
        key = headers.get("sec-websocket-key", "")
        problems = [p for p, bad in (
            ("not a GET", method != "GET"),
            ("wrong path", not path.startswith(PATH + "?ticket=")),
            ("no Upgrade: websocket", headers.get("upgrade", "").lower() != "websocket"),
            ("no Connection: Upgrade", "upgrade" not in headers.get("connection", "").lower()),
            ("not version 13", headers.get("sec-websocket-version") != "13"),
            ("no key", len(base64.b64decode(key or "")) != 16),
        ) if bad]
        with self.lock:
            self.handshakes.append({"request": request, **headers})
        if problems:
            with self.lock:
                self.errors.append(", ".join(problems))
                self.lock.notify_all()
            conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
            return False
        accept = base64.b64encode(hashlib.sha1((key + GUID).encode()).digest()).decode()
        conn.sendall(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                      f"Connection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n").encode())
        return True


@contextmanager
def running_socket_mode() -> Iterator[FakeSocketMode]:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    fake = FakeSocketMode(port=listener.getsockname()[1])
    thread = threading.Thread(target=fake.serve, args=(listener,), daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        with fake.lock:
            conn = fake._conn
        for sock in (listener, conn):
            if sock is None:
                continue
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked on it
            sock.close()
        thread.join(5)
