"""The query engine of a remote store: the endpoint forwards each query to a SPARQL 1.1 server.

`RemoteEngine` has the interface of `server.engine.EnginePool` that the endpoint uses (``run``,
``build_id``, ``current``, ``close``), so ``/sparql`` keeps its protocol, limits and errors: the
length limit, rate limit and SERVICE refusal are checked before a query is forwarded, the row cap is
applied here (reading stops at the cap and the connection is dropped), and writes stay refused.

Timeouts: the query is sent with a socket deadline; past it the client gets the 504 and the connection
is closed. Closing stops the work on servers that notice it; otherwise only the server's own limit does
(Oxigraph ``--timeout-s``, Fuseki ``arq:queryTimeout``, GraphDB ``query-timeout``, Virtuoso
``MaxQueryExecutionTime``): set one. At most ``--engines`` queries are forwarded at once.

Which server: ``--store-url`` when it is given (fixed), else the one the served build was loaded into
(its ``remote.json``), followed when ``CURRENT`` changes, so that two datasets used in turn give an
atomic switch as a local store does.
"""

from __future__ import annotations

import http.client
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pyoxigraph as ox

from server.engine import EngineError, EngineResult, EngineUnavailable, QueryRejected, QueryTimedOut
from vankien.remote import HttpClient, RemoteEndpoints, RemoteStoreError
from vankien.store import StoreError, current_build, pointer_stamp

FORWARD_ACCEPT = (
    "text/tab-separated-values, application/n-triples;q=0.9, application/sparql-results+json;q=0.5, "
    "application/sparql-results+xml;q=0.4, text/turtle;q=0.4"
)
STREAMED = ("text/tab-separated-values", "application/n-triples")
READ_CHUNK = 1 << 16
NO_BUILD = "remote"  # the build id when the store folder has no build (ETags then name the server only)


def configured_endpoints(config: dict[str, Any]) -> RemoteEndpoints | None:
    """The endpoints of ``STORE_URL`` in an app's config, or None."""
    url = config.get("STORE_URL") or ""
    if not url:
        return None
    return RemoteEndpoints.from_settings(
        url, config.get("STORE_QUERY"), config.get("STORE_UPDATE"), config.get("STORE_GSP")
    )


def serves_remote(config: dict[str, Any]) -> bool:
    """Whether the app reads a remote store: ``STORE_URL`` given, or the served build is remote."""
    if configured_endpoints(config) is not None:
        return True
    try:
        return current_build(Path(config["STORE"])).remote is not None
    except StoreError:
        return False


def remote_engine(config: dict[str, Any]) -> RemoteEngine | None:
    """The engine for an app whose store is remote; None when it is local (the pool of engines then)."""
    if not serves_remote(config):
        return None
    return RemoteEngine(
        Path(config["STORE"]),
        configured_endpoints(config),
        size=int(config["ENGINES"]),
        timeout=float(config["QUERY_TIMEOUT"]),
    )


class RemoteEngine:
    """Forwards queries to the SPARQL server of the store, at most `size` at once."""

    def __init__(self, root: Path, fixed: RemoteEndpoints | None, size: int = 4, timeout: float = 30.0):
        self.root = root
        self.fixed = fixed
        self.timeout = timeout
        self.kills = 0  # the pool's counter of killed engines: nothing is killed here
        self.http = HttpClient(timeout)
        self._slots = threading.BoundedSemaphore(max(1, size))
        self._lock = threading.Lock()
        self._stamp: Any = object()
        self._target: tuple[str, RemoteEndpoints] | None = None

    # --- which server ------------------------------------------------------------------------------------

    def _current_target(self) -> tuple[str, RemoteEndpoints]:
        """(build id, endpoints), re-read when CURRENT changes."""
        stamp = pointer_stamp(self.root)
        target = self._target
        if target is not None and stamp == self._stamp:
            return target
        with self._lock:
            try:
                build = current_build(self.root)
            except StoreError as e:
                if self.fixed is None:
                    raise EngineUnavailable(f"no graph to serve: {e}") from None
                build = None
            if self.fixed is not None:
                target = (build.id if build else NO_BUILD, self.fixed)
            elif build is not None and build.remote is not None:
                target = (build.id, build.remote)
            else:
                assert build is not None
                raise EngineUnavailable(
                    f"the served build {build.id} is in a local store; restart `vankien serve` to query it"
                )
            self._target, self._stamp = target, stamp
            return target

    @property
    def query_url(self) -> str:
        try:
            return self._current_target()[1].query
        except EngineUnavailable:
            return self.fixed.query if self.fixed else "(no remote build yet)"

    def build_id(self) -> str:
        return self._current_target()[0]

    def current(self) -> RemoteEngine:
        """Check that the server answers (`vankien serve` calls this at start)."""
        self.run("ASK {}", max_rows=1, timeout=min(self.timeout, 10.0))
        return self

    def engine_pids(self) -> list[int]:
        return []

    def close(self) -> None:
        """Nothing runs here between queries; connections close with their threads."""

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
        start = time.monotonic()
        deadline = start + timeout
        build_id, endpoints = self._current_target()
        if not self._slots.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise EngineUnavailable("every query slot to the SPARQL server is busy; try again shortly")
        try:
            return self._forward(
                endpoints.query,
                text,
                default_graphs or [],
                named_graphs or [],
                start,
                deadline,
                max_rows,
                build_id,
            )
        finally:
            self._slots.release()

    def _forward(
        self,
        url: str,
        text: str,
        default_graphs: list[str],
        named_graphs: list[str],
        start: float,
        deadline: float,
        max_rows: int,
        build_id: str,
    ) -> EngineResult:
        form = [("query", text)] + [("default-graph-uri", g) for g in default_graphs]
        form += [("named-graph-uri", g) for g in named_graphs]
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": FORWARD_ACCEPT}
        try:
            conn, resp = self.http.open(
                "POST", url, urlencode(form).encode("utf-8"), headers, max(0.01, deadline - time.monotonic())
            )
        except TimeoutError:
            raise QueryTimedOut(time.monotonic() - start, killed=False) from None
        except RemoteStoreError as e:
            raise EngineUnavailable(str(e)) from None
        ctype = (resp.getheader("Content-Type") or "").split(";")[0].strip().lower()
        try:
            if resp.status != 200:
                self._refused(resp, url, start)
            if ctype in STREAMED:
                header = 1 if ctype == "text/tab-separated-values" else 0  # the TSV header is not a row
                data, truncated = self._read_lines(conn, resp, deadline, max_rows + header)
            else:
                data, truncated = self._converted(resp.read(), ctype, deadline, max_rows)
        except TimeoutError:
            self.http.drop(url)
            raise QueryTimedOut(time.monotonic() - start, killed=False) from None
        except (http.client.HTTPException, OSError) as e:
            self.http.drop(url)
            raise EngineError(f"the SPARQL server's answer broke off: {e}") from None
        if truncated or resp.will_close:
            self.http.drop(url)  # stop reading: the server's writes fail and it can drop the query
        kind = "graph" if ctype in ("application/n-triples", "text/turtle") else "solutions"
        if kind == "solutions" and data.strip() in (b"true", b"false"):
            kind, data = "boolean", data.strip()
        elif data and not data.endswith(b"\n"):
            # A cut-off body: the server stopped the query (its own timeout) after sending a 200.
            raise QueryTimedOut(time.monotonic() - start, killed=False, healthy=True)
        rows = 0 if kind == "boolean" else data.count(b"\n") - (1 if kind == "solutions" else 0)
        return EngineResult(kind, data, max(rows, 0), truncated, build_id, time.monotonic() - start)

    def _refused(self, resp: http.client.HTTPResponse, url: str, start: float) -> None:
        message = resp.read().decode("utf-8", "replace").strip()
        self.http.drop(url)
        if resp.status == 400:
            raise QueryRejected(message)
        if resp.status in (408, 504):
            raise QueryTimedOut(time.monotonic() - start, killed=False, healthy=True)
        if resp.status in (429, 503):
            raise EngineUnavailable(f"the SPARQL server is busy ({resp.status}): {message[:300]}")
        raise EngineError(f"the SPARQL server at {url} answered {resp.status}: {message[:500]}")

    @staticmethod
    def _read_lines(
        conn: http.client.HTTPConnection, resp: http.client.HTTPResponse, deadline: float, limit: int
    ) -> tuple[bytes, bool]:
        """Read up to `limit` lines (the TSV header counts as one), before the deadline."""
        chunks: list[bytes] = []
        lines = 0
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            if conn.sock is not None:
                conn.sock.settimeout(remaining)
            chunk = resp.read1(READ_CHUNK)
            if not chunk:
                return b"".join(chunks), False
            chunks.append(chunk)
            lines += chunk.count(b"\n")
            if lines > limit:
                data = b"".join(chunks)
                cut = 0
                for _ in range(limit):
                    cut = data.index(b"\n", cut) + 1
                return data[:cut], True

    @staticmethod
    def _converted(body: bytes, ctype: str, deadline: float, max_rows: int) -> tuple[bytes, bool]:
        """An answer in another format (JSON, XML, Turtle) as TSV or N-Triples, cut at the row cap."""
        results = ox.QueryResultsFormat.from_media_type(ctype)
        if results is not None:
            data = ox.parse_query_results(body, format=results).serialize(format=ox.QueryResultsFormat.TSV)
            limit = max_rows + 1
        else:
            rdf = ox.RdfFormat.from_media_type(ctype)
            if rdf is None:
                raise EngineError(f"the SPARQL server answered in an unknown format {ctype!r}")
            data = ox.serialize(ox.parse(body, format=rdf), format=ox.RdfFormat.N_TRIPLES)
            limit = max_rows
        if data.count(b"\n") <= limit:
            return data, False
        cut = 0
        for _ in range(limit):
            cut = data.index(b"\n", cut) + 1
        return data[:cut], True
