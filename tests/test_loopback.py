"""The engines' HTTP client (server.loopback) against a scripted server on a real loopback socket.

The server answers each request with bytes cut into pieces at chosen places (inside chunk sizes,
inside the head, between a chunk and its CRLF), so that every way an answer can arrive is read.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from server.loopback import Connection, ConnectionLost

CHUNKED_HEAD = (
    b"HTTP/1.1 200 OK\r\ncontent-type: text/tab-separated-values; charset=utf-8\r\n"
    b"transfer-encoding: chunked\r\n\r\n"
)


class Scripted:
    """A loopback server: for each request on the connection, the next answer, sent piece by piece."""

    def __init__(self, answers: list[list[bytes]], pause: float = 0.005, close_after: bool = False):
        self.answers = answers
        self.pause = pause
        self.close_after = close_after
        self.requests: list[bytes] = []
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(1)
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        with conn:
            for pieces in self.answers:
                data = b""
                while b"\r\n\r\n" not in data:
                    data += conn.recv(65536)
                head, _, body = data.partition(b"\r\n\r\n")
                length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
                while len(body) < length:
                    body += conn.recv(65536)
                self.requests.append(head + b"\r\n\r\n" + body)
                for piece in pieces:
                    conn.sendall(piece)
                    time.sleep(self.pause)
            if not self.close_after:
                time.sleep(0.5)


@pytest.fixture()
def deadline() -> float:
    return time.monotonic() + 5


def chunked(*chunks: bytes) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks) + b"0\r\n\r\n"


def split_every(data: bytes, n: int) -> list[bytes]:
    return [data[i : i + n] for i in range(0, len(data), n)]


def ask(port: int, deadline: float) -> Iterator[tuple[int, bytes]]:
    conn = Connection("127.0.0.1", port)
    while True:
        resp = conn.request(
            "POST", "/query", b"Accept: text/tab-separated-values\r\n", b"query=ASK%7B%7D", deadline
        )
        yield resp.status, resp.read()


def test_a_chunked_answer_cut_anywhere_is_read_whole(deadline: float) -> None:
    body = chunked(b"?s\n", b"<http://example.org/a>\n" * 40, b"<http://example.org/b>\n")
    answer = CHUNKED_HEAD + body
    server = Scripted([split_every(answer, n) for n in (1, 2, 7, 64, len(answer))], pause=0)
    answers = ask(server.port, deadline)
    for _ in range(5):  # the same kept-alive connection each time
        status, data = next(answers)
        assert status == 200
        assert data == b"?s\n" + b"<http://example.org/a>\n" * 40 + b"<http://example.org/b>\n"
    assert len(server.requests) == 5
    first = server.requests[0]
    assert first.startswith(b"POST /query HTTP/1.1\r\n") and first.endswith(b"\r\n\r\nquery=ASK%7B%7D")
    assert b"Content-Length: 15\r\n" in first and b"Host: 127.0.0.1:" in first


def test_a_sized_answer_and_its_headers(deadline: float) -> None:
    answer = b"HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nerror at 1:"
    server = Scripted([[answer[:30], answer[30:]]])
    conn = Connection("127.0.0.1", server.port)
    resp = conn.request("POST", "/query", b"", b"query=x", deadline)
    assert resp.status == 400 and resp.media_type == "text/plain"
    assert resp.read() == b"error at 1:" and resp.complete and resp.reusable


def test_pieces_arrive_before_the_answer_ends(deadline: float) -> None:
    server = Scripted([[CHUNKED_HEAD, b"4\r\n?s\nx\r\n", b"4\r\nyz\nw\r\n", b"0\r\n\r\n"]], pause=0.2)
    conn = Connection("127.0.0.1", server.port)
    resp = conn.request("POST", "/query", b"", b"query=x", deadline)
    pieces = resp.pieces()
    assert next(pieces) == b"?s\nx" and not resp.complete  # handed on before the rest has come
    assert b"".join(pieces) == b"yz\nw" and resp.complete


def test_a_body_broken_off_is_an_error_not_a_short_answer(deadline: float) -> None:
    server = Scripted([[CHUNKED_HEAD, b"40\r\n?s\n<http://example.org/a>\n"]], close_after=True)
    conn = Connection("127.0.0.1", server.port)
    resp = conn.request("POST", "/query", b"", b"query=x", deadline)
    with pytest.raises(ConnectionLost) as e:
        resp.read()
    assert e.value.answered


def test_a_connection_closed_before_answering_says_so(deadline: float) -> None:
    server = Scripted([[]], close_after=True)
    conn = Connection("127.0.0.1", server.port)
    with pytest.raises(ConnectionLost) as e:
        conn.request("POST", "/query", b"", b"query=x", deadline)
    assert not e.value.answered  # nothing came: the caller may send the request again


def test_the_deadline_bounds_every_read() -> None:
    server = Scripted([[CHUNKED_HEAD, b"4\r\n?s\nx\r\n"]], pause=3)
    conn = Connection("127.0.0.1", server.port)
    start = time.monotonic()
    resp = conn.request("POST", "/query", b"", b"query=x", start + 0.5)
    with pytest.raises(TimeoutError):
        resp.read()
    assert time.monotonic() - start < 1.5
