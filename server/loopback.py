"""A minimal HTTP/1.1 client for the query engines on loopback: one kept-alive connection, no frills.

`http.client` spends about 0.15 ms a request building headers and parsing the answer's headers with the
e-mail parser; for a lookup that is as long as the query itself. This client sends a prepared request
in one write, reads the status line and the headers it needs, and hands the body on piece by piece as
it arrives (chunked, sized, or up to the end of the connection), so that the caller can count rows and
stop reading early. Every read is bounded by the caller's deadline (``TimeoutError`` past it).
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

READ_SIZE = 1 << 16
MAX_HEAD = 1 << 16


class ConnectionLost(OSError):
    """The engine closed the connection before its answer was complete."""

    def __init__(self, message: str, answered: bool):
        super().__init__(message)
        self.answered = answered  # some of the answer had arrived (the request reached the engine)


class Response:
    """The status and headers of an answer; its body through `pieces()` or `read()`."""

    def __init__(self, conn: Connection, status: int, headers: dict[str, str], deadline: float):
        self._conn = conn
        self.status = status
        self.headers = headers  # lower-case names
        self.deadline = deadline
        self.complete = False  # the whole body has been read
        self.reusable = headers.get("connection", "").lower() != "close"

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def pieces(self) -> Iterator[bytes]:
        """The body as it arrives; `complete` is True once it has all been read."""
        conn = self._conn
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            yield from conn.chunked_body(self.deadline)
        elif "content-length" in self.headers:
            try:
                size = int(self.headers["content-length"])
            except ValueError:
                raise ConnectionLost("unreadable Content-Length", True) from None
            yield from conn.sized_body(size, self.deadline)
        else:
            self.reusable = False
            yield from conn.body_to_close(self.deadline)
        self.complete = True

    def read(self) -> bytes:
        return b"".join(self.pieces())


class Connection:
    """One kept-alive connection to ``host:port``; one request at a time."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.sock: socket.socket | None = None
        self._buf = bytearray()
        self._head = f"Host: {host}:{port}\r\n".encode("ascii")

    def connect(self, deadline: float) -> None:
        self.sock = socket.create_connection((self.host, self.port), timeout=_left(deadline))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no Nagle delay per query
        self._buf.clear()

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None
        self._buf.clear()

    def request(self, method: str, path: str, headers: bytes, body: bytes, deadline: float) -> Response:
        """Send a request (`headers`: prepared ``Name: value\\r\\n`` lines) and read the answer's head."""
        if self.sock is None:
            self.connect(deadline)
        assert self.sock is not None
        self._buf.clear()
        self.sock.settimeout(_left(deadline))
        self.sock.sendall(
            b"%s %s HTTP/1.1\r\n%s%sContent-Length: %d\r\n\r\n%s"
            % (method.encode("ascii"), path.encode("ascii"), self._head, headers, len(body), body)
        )
        return self._read_head(deadline)

    # --- reading -----------------------------------------------------------------------------------------

    def _fill(self, deadline: float) -> bool:
        """Read what has arrived into the buffer; False at the end of the connection."""
        assert self.sock is not None
        self.sock.settimeout(_left(deadline))
        data = self.sock.recv(READ_SIZE)
        if not data:
            return False
        self._buf += data
        return True

    def _read_head(self, deadline: float) -> Response:
        buf = self._buf
        while True:
            end = buf.find(b"\r\n\r\n")
            if end >= 0:
                break
            if len(buf) > MAX_HEAD:
                raise ConnectionLost("the answer's head is too long", True)
            if not self._fill(deadline):
                raise ConnectionLost("the engine closed the connection", bool(buf))
        lines = bytes(buf[:end]).decode("latin-1").split("\r\n")
        del buf[: end + 4]
        parts = lines[0].split(" ", 2)
        if len(parts) < 2 or not parts[0].startswith("HTTP/") or not parts[1].isdigit():
            raise ConnectionLost(f"not an HTTP status line: {lines[0][:80]!r}", True)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if sep:
                headers[name.strip().lower()] = value.strip()
        return Response(self, int(parts[1]), headers, deadline)

    def chunked_body(self, deadline: float) -> Iterator[bytes]:
        buf = self._buf
        while True:
            while (eol := buf.find(b"\r\n")) < 0:
                if not self._fill(deadline):
                    raise ConnectionLost("the body was cut off (in a chunk size)", True)
            try:
                size = int(bytes(buf[:eol]).split(b";")[0], 16)
            except ValueError:
                raise ConnectionLost(f"unreadable chunk size {bytes(buf[:eol])[:40]!r}", True) from None
            del buf[: eol + 2]
            if size == 0:  # the last chunk, then trailers (none expected) up to an empty line
                while True:
                    while (eol := buf.find(b"\r\n")) < 0:
                        if not self._fill(deadline):
                            raise ConnectionLost("the body was cut off (after the last chunk)", True)
                    line_empty = eol == 0
                    del buf[: eol + 2]
                    if line_empty:
                        return
            while size > 0:
                if not buf and not self._fill(deadline):
                    raise ConnectionLost("the body was cut off (in a chunk)", True)
                piece = bytes(buf[:size])
                del buf[: len(piece)]
                size -= len(piece)
                yield piece
            while len(buf) < 2:
                if not self._fill(deadline):
                    raise ConnectionLost("the body was cut off (after a chunk)", True)
            del buf[:2]

    def sized_body(self, size: int, deadline: float) -> Iterator[bytes]:
        buf = self._buf
        while size > 0:
            if not buf and not self._fill(deadline):
                raise ConnectionLost("the body was cut off", True)
            piece = bytes(buf[:size])
            del buf[: len(piece)]
            size -= len(piece)
            yield piece

    def body_to_close(self, deadline: float) -> Iterator[bytes]:
        buf = self._buf
        while True:
            if buf:
                piece = bytes(buf)
                buf.clear()
                yield piece
            if not self._fill(deadline):
                return


def _left(deadline: float) -> float:
    """Seconds until the deadline; past it, TimeoutError (what a socket read raises when it times out)."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("deadline passed")
    return left
