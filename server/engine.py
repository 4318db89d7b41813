"""The query engine: a small pool of Oxigraph server processes on loopback, over the served build.

Why processes, and why several: pyoxigraph's ``Store.query`` cannot be interrupted from Python, and the
Oxigraph server's own ``--timeout-s`` does not stop every query either (measured with oxigraph 0.5.13:
a streamed ``SELECT *`` over a cross product and an ``ORDER BY`` over one ran on for minutes past a 2 s
timeout). The only stop that always works is ending the process that runs the query. So each query is
sent to one engine process that runs nothing else meanwhile; when the query overruns its deadline the
front answers the client with a timeout error, kills that process (SIGKILL) and starts a fresh one
in the background. Other clients' queries run in the other engines and are not disturbed.

Each engine is ``oxigraph serve-read-only --location BUILD/oxigraph --bind 127.0.0.1:PORT
--timeout-s N``: read-only RocksDB, so the engines and the Flask process (which
keeps its own read-only pyoxigraph store for the pages) share the build safely. When a new build is
published, a new generation of engines is started on it; the old ones keep answering until the new
ones are up, then are stopped once their current query is done.

The engine is asked for SPARQL TSV (SELECT/ASK) or N-Triples (CONSTRUCT/DESCRIBE): one row or triple
per line, so that the row cap is a count of lines and a cut-off body (Oxigraph ends a cancelled stream
with its error text, after a 200 status) is detected by its unfinished last line. The query is sent as
an ``application/sparql-query`` body over a kept-alive connection (`server.loopback`); an idle engine
that answered last is lent first (LIFO: its caches are warm).
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import http.client
import logging
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from server import loopback
from vankien.store import Build, StoreError, current_build, pointer_stamp

log = logging.getLogger("vankien.engine")

ENGINE_ACCEPT = "text/tab-separated-values, application/n-triples;q=0.9"
# The query is the body as it is (no form encoding: quoting a long query costs as much as a lookup)
POINTER_CHECK_SECONDS = 0.05  # how often a query looks whether a new build was published (a stat call)
QUERY_HEADERS = f"Content-Type: application/sparql-query\r\nAccept: {ENGINE_ACCEPT}\r\n".encode("ascii")


class EngineError(Exception):
    """The engine failed in a way that is not the client's doing (a bug or a crash): a 500."""


class EngineUnavailable(Exception):
    """No engine could take the query in time (all busy, or none could start): a 503."""


class QueryRejected(Exception):
    """The engine refused the query text (syntax or evaluation error it reports as 400)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class QueryTimedOut(Exception):
    """The query ran past its deadline; the work was stopped."""

    def __init__(self, seconds: float, killed: bool, healthy: bool = False):
        super().__init__(f"timed out after {seconds:.1f} s")
        self.seconds = seconds
        self.killed = killed
        self.healthy = healthy  # the engine stopped the query itself and can take the next one


@dataclass
class EngineResult:
    kind: str  # "solutions", "boolean" or "graph"
    body: bytes  # TSV (solutions/boolean) or N-Triples (graph), complete lines only
    rows: int
    truncated: bool
    build_id: str
    seconds: float


def find_oxigraph(configured: str = "") -> str:
    """The oxigraph executable: as configured, else beside this Python (the venv), else on PATH."""
    if configured:
        return configured
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.exists():
        return str(beside)
    found = shutil.which("oxigraph")
    if not found:
        raise EngineUnavailable("the `oxigraph` server is not installed (pip install oxigraph)")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: the engine gets SIGTERM when the process that started it dies, even by SIGKILL."""
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class _Spawner:
    """Starts every engine from one long-lived thread.

    PR_SET_PDEATHSIG fires when the *thread* that forked the child ends, not the process; engines are
    started from request threads and background threads that end, so they are forked here instead.
    """

    def __init__(self) -> None:
        self._jobs: queue.Queue[tuple[list[str], dict[str, Any], Future[subprocess.Popen[bytes]]]] = (
            queue.Queue()
        )
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def popen(self, cmd: list[str], **kw: Any) -> subprocess.Popen[bytes]:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="engine-spawner", daemon=True)
                self._thread.start()
        done: Future[subprocess.Popen[bytes]] = Future()
        self._jobs.put((cmd, kw, done))
        return done.result(timeout=30)

    def _loop(self) -> None:
        while True:
            cmd, kw, done = self._jobs.get()
            try:
                done.set_result(subprocess.Popen(cmd, **kw))
            except BaseException as e:  # handed to the caller
                done.set_exception(e)


_spawner = _Spawner()


class Engine:
    """One Oxigraph server process; runs one query at a time (the pool hands it to one request)."""

    def __init__(self, exe: str, build: Build, timeout: float, generation: int):
        self.build = build
        self.generation = generation
        self.port = _free_port()
        self._log = tempfile.TemporaryFile()
        self.timeout_s = max(1, int(timeout + 0.999))
        cmd = [
            exe,
            "serve-read-only",
            "--location",
            str(build.oxigraph_dir),
            "--bind",
            f"127.0.0.1:{self.port}",
            "--timeout-s",
            str(self.timeout_s),
        ]
        self.proc = _spawner.popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=self._log,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        self._conn: loopback.Connection | None = None
        self._last_answer = 0.0  # time.monotonic() when the connection last finished an answer

    def __repr__(self) -> str:
        return f"<Engine pid={self.proc.pid} port={self.port} build={self.build.id}>"

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def output(self) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")[-2000:]

    def wait_ready(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if not self.alive:
                raise EngineUnavailable(f"oxigraph exited with {self.proc.returncode}: {self.output()}")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
                conn.request("GET", "/query?query=ASK%7B%7D", headers={"Accept": ENGINE_ACCEPT})
                resp = conn.getresponse()
                resp.read()
                conn.close()
                if resp.status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.02)
        self.kill()
        raise EngineUnavailable(f"oxigraph did not start within {seconds:.0f} s: {self.output()}")

    def _connection(self) -> loopback.Connection:
        """The kept-alive connection, or a new one when it has been idle for half the engine's timeout.

        The Oxigraph server applies its ``--timeout-s`` to reading the next request on a kept-alive
        connection too: a request sent after a longer pause is answered "500 Resource temporarily
        unavailable (os error 11)" (measured with oxigraph 0.5), which is not the client's fault."""
        if self._conn is not None and time.monotonic() - self._last_answer > self.timeout_s / 2:
            self._drop_connection()
        if self._conn is None:
            self._conn = loopback.Connection("127.0.0.1", self.port)
        return self._conn

    def _drop_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def query(
        self, text: str, default_graphs: list[str], named_graphs: list[str], deadline: float, max_rows: int
    ) -> EngineResult:
        """Run one query; raises QueryRejected, QueryTimedOut (the engine may then be dead) or EngineError."""
        start = time.monotonic()
        dataset = [("default-graph-uri", g) for g in default_graphs] + [
            ("named-graph-uri", g) for g in named_graphs
        ]
        path = "/query?" + urlencode(dataset) if dataset else "/query"
        body = text.encode("utf-8")
        for attempt in range(2):  # a kept-alive connection the engine closed meanwhile: reconnect once
            conn = self._connection()
            try:
                resp = conn.request("POST", path, QUERY_HEADERS, body, deadline)
                break
            except TimeoutError:
                self._drop_connection()
                raise QueryTimedOut(time.monotonic() - start, killed=False) from None
            except OSError as e:
                self._drop_connection()
                if attempt == 1 or not self.alive:
                    raise EngineError(f"engine connection failed: {e}") from None
        try:
            if resp.status != 200:
                message = resp.read().decode("utf-8", "replace").strip()
                self._drop_connection()
                if resp.status == 400:
                    raise QueryRejected(message)
                raise EngineError(f"engine answered {resp.status}: {message[:500]}")
            kind = "graph" if resp.media_type == "application/n-triples" else "solutions"
            chunks: list[bytes] = []
            lines = 0
            limit = max_rows + (1 if kind == "solutions" else 0)  # the TSV header line is not a row
            truncated = False
            for chunk in resp.pieces():
                chunks.append(chunk)
                lines += chunk.count(b"\n")
                if lines > limit:
                    truncated = True
                    break
        except TimeoutError:
            self._drop_connection()
            raise QueryTimedOut(time.monotonic() - start, killed=False) from None
        except OSError as e:
            self._drop_connection()
            # Oxigraph ends a stream it cancelled (its own timeout) by breaking it off.
            if time.monotonic() - start >= 0.9 * (deadline - start):
                raise QueryTimedOut(time.monotonic() - start, killed=False) from None
            raise EngineError(f"engine stream broke off: {e}") from None
        data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        self._last_answer = time.monotonic()
        if truncated or not resp.reusable:
            self._drop_connection()  # stop reading: the engine's write fails and it drops the query
        if truncated:
            cut = 0
            for _ in range(limit):
                cut = data.index(b"\n", cut) + 1
            data = data[:cut]
        elif kind == "solutions" and data.strip() in (b"true", b"false"):
            kind = "boolean"
        elif data and not data.endswith(b"\n"):
            # A cut-off body: Oxigraph cancelled the query (its timeout) and appended its error text.
            if time.monotonic() - start >= 0.9 * (deadline - start) or b"cancelled" in data[-200:]:
                raise QueryTimedOut(time.monotonic() - start, killed=False, healthy=True)
            raise EngineError(f"engine returned an unfinished body: {data[-200:]!r}")
        rows = 0 if kind == "boolean" else data.count(b"\n") - (1 if kind == "solutions" else 0)
        return EngineResult(kind, data, max(rows, 0), truncated, self.build.id, time.monotonic() - start)

    def stop(self) -> None:
        self._drop_connection()
        if self.alive:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()

    def kill(self) -> None:
        self._drop_connection()
        if self.alive:
            self.proc.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(5)


@dataclass
class Generation:
    """The engines serving one build."""

    number: int
    build: Build
    stamp: tuple[int, int] | None
    idle: queue.LifoQueue[Engine] = field(default_factory=queue.LifoQueue)  # last used first: warm caches
    engines: set[Engine] = field(default_factory=set)


_POOLS: weakref.WeakSet[EnginePool] = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    for pool in list(_POOLS):
        pool.close()


class EnginePool:
    """`size` engines over the served build; `run` lends one to a query and takes it back (or replaces it)."""

    def __init__(
        self, root: Path, size: int = 4, timeout: float = 30.0, exe: str = "", start_seconds: float = 60
    ) -> None:
        self.root = root
        self.size = max(1, size)
        self.timeout = timeout
        self.exe = exe
        self.start_seconds = start_seconds
        self._lock = threading.Lock()
        self._current: Generation | None = None
        self._switching = False
        self._closed = False
        self._numbers = 0
        self._checked = 0.0  # when CURRENT was last found unchanged
        self.kills = 0  # engines killed for overrunning a deadline (for tests and logs)
        _POOLS.add(self)

    # --- generations -------------------------------------------------------------------------------------

    def _start_generation(self, build: Build, stamp: tuple[int, int] | None) -> Generation:
        self._numbers += 1
        gen = Generation(self._numbers, build, stamp)
        exe = find_oxigraph(self.exe)
        started = [Engine(exe, build, self.timeout, gen.number) for _ in range(self.size)]
        try:
            for e in started:
                e.wait_ready(self.start_seconds)
        except EngineUnavailable:
            for e in started:
                e.kill()
            raise
        for e in started:
            gen.engines.add(e)
            gen.idle.put(e)
        log.info("query engines ready: %d over build %s", len(started), build.id)
        return gen

    def current(self) -> Generation:
        """The generation serving now; the first call starts it; a newly published build starts the next."""
        gen = self._current
        now = time.monotonic()
        if gen is not None and now - self._checked < POINTER_CHECK_SECONDS:
            return gen
        stamp = pointer_stamp(self.root)
        if gen is not None and stamp == gen.stamp:
            self._checked = now
            return gen
        with self._lock:
            if self._closed:
                raise EngineUnavailable("the server is shutting down")
            gen = self._current
            if gen is None:
                try:
                    build = current_build(self.root)
                except StoreError as e:
                    raise EngineUnavailable(f"no graph to serve: {e}") from None
                self._current = self._start_generation(build, stamp)
                return self._current
            if stamp != gen.stamp and not self._switching:
                try:
                    build = current_build(self.root)
                except StoreError:
                    return gen  # keep serving the last good build
                if build.id == gen.build.id:
                    gen.stamp = stamp
                    return gen
                self._switching = True
                threading.Thread(target=self._switch, args=(build, stamp), daemon=True).start()
            return gen

    def _switch(self, build: Build, stamp: tuple[int, int] | None) -> None:
        """Start engines on the new build, then retire the old ones (each after its current query)."""
        try:
            new = self._start_generation(build, stamp)
        except EngineUnavailable as e:
            log.error("could not start query engines on build %s: %s", build.id, e)
            with self._lock:
                self._switching = False
            return
        with self._lock:
            old, self._current, self._switching = self._current, new, False
            if self._closed:
                self._current = None
                old = new
        if old is not None:
            self._retire_idle(old)

    def _retire_idle(self, gen: Generation) -> None:
        while True:
            try:
                e = gen.idle.get_nowait()
            except queue.Empty:
                return
            gen.engines.discard(e)
            e.stop()

    def _replace(self, gen: Generation, dead: Engine) -> None:
        """Start a fresh engine in place of one that was killed or died (in the background)."""
        gen.engines.discard(dead)

        def run() -> None:
            try:
                e = Engine(find_oxigraph(self.exe), gen.build, self.timeout, gen.number)
                e.wait_ready(self.start_seconds)
            except EngineUnavailable as err:
                log.error("could not restart a query engine: %s", err)
                return
            with self._lock:
                if gen is self._current and not self._closed:
                    gen.engines.add(e)
                    gen.idle.put(e)
                    return
            e.stop()

        threading.Thread(target=run, daemon=True).start()

    # --- queries -----------------------------------------------------------------------------------------

    def run(
        self,
        text: str,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        max_rows: int = 10000,
        timeout: float | None = None,
    ) -> EngineResult:
        timeout = self.timeout if timeout is None else timeout
        deadline = time.monotonic() + timeout
        gen = self.current()
        try:
            engine = gen.idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise EngineUnavailable("every query engine is busy; try again shortly") from None
        if not engine.alive:
            log.error("a query engine had died: %s\n%s", engine, engine.output())
            self._replace(gen, engine)
            left = max(0.01, deadline - time.monotonic())
            return self.run(text, default_graphs, named_graphs, max_rows, left)
        try:
            return engine.query(text, default_graphs or [], named_graphs or [], deadline, max_rows)
        except QueryTimedOut as e:
            if e.healthy:
                raise
            # The engine may still be computing (its own timeout does not stop every query): end it.
            engine.kill()
            self.kills += 1
            log.warning("query stopped after %.1f s; engine %s killed and replaced", e.seconds, engine)
            self._replace(gen, engine)
            engine = None  # type: ignore[assignment]
            raise QueryTimedOut(e.seconds, killed=True) from None
        except EngineError:
            if not engine.alive:
                self._replace(gen, engine)
                engine = None  # type: ignore[assignment]
            raise
        finally:
            if engine is not None:
                self._give_back(gen, engine)

    def _give_back(self, gen: Generation, engine: Engine) -> None:
        with self._lock:
            if gen is self._current and not self._closed:  # if it died since, `run` replaces it
                gen.idle.put(engine)
                return
            gen.engines.discard(engine)
        engine.stop()

    def build_id(self) -> str:
        return self.current().build.id

    def engine_pids(self) -> list[int]:
        gen = self._current
        return sorted(e.proc.pid for e in gen.engines) if gen else []

    def close(self) -> None:
        with self._lock:
            self._closed = True
            gen, self._current = self._current, None
        if gen is not None:
            for e in list(gen.engines):
                e.kill()
            gen.engines.clear()


def stop_on_signals() -> None:
    """`vankien serve`: stop the engines when the server is told to stop (SIGTERM), not only at exit."""

    def handler(signum: int, frame: object) -> None:
        _close_all()
        os._exit(0)

    signal.signal(signal.SIGTERM, handler)
