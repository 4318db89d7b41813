"""A remote store: any SPARQL 1.1 server holds the triples of a build instead of a local Oxigraph store.

`--store-url URL` (or ``VANKIEN_STORE_URL``) names the server; it must start with ``http://`` or
``https://`` (`RemoteEndpoints.from_settings` refuses anything else). Three endpoints are configured once:

- query: the SPARQL 1.1 Protocol (POST form ``query=``), default ``URL/query``;
- update: SPARQL 1.1 Update (POST ``application/sparql-update``), default ``URL/update``;
- gsp: the SPARQL 1.1 Graph Store Protocol (``?graph=IRI`` / ``?default``), default ``URL/store``.

The defaults are the layout of the Oxigraph server; each can be a path under the URL or a full URL
(Fuseki: ``/query``, ``/update``, ``/data``; GraphDB: the repository URL with ``""``,
``/statements``, ``/rdf-graphs/service``).

`RemoteStore` answers the part of pyoxigraph's ``Store`` interface the rest of Vankien uses (``query``,
``update``, ``load``, ``quads_for_pattern``, ``len`` …) with HTTP requests, so validation, the search index,
`vankien query` and the pages run unchanged over a remote server. `RemoteLoader` is the build's side:
it writes the graphs of a build into the server (see its docstring for what a reader sees meanwhile).

The local store folder (``--store DIR``) still keeps each build's files (facts, sources, validation
report, search index, build.json); a remote build has ``remote.json`` (`RECORD`) in place of ``oxigraph/``.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox

from vankien.store import StoreError

RECORD = "remote.json"
SCHEMES = ("http://", "https://")
DEFAULT_PATHS = {"query": "/query", "update": "/update", "gsp": "/store"}
RESULTS_ACCEPT = (
    "application/sparql-results+json, application/sparql-results+xml;q=0.9, "
    "text/tab-separated-values;q=0.8, application/n-triples;q=0.9, text/turtle;q=0.8"
)
NTRIPLES = "application/n-triples"


class RemoteStoreError(StoreError):
    """The SPARQL server could not be reached, or refused a request (its answer is in the message)."""


def _join(url: str, part: str) -> str:
    """A full URL as given, else a path appended to the server's URL ("" is the URL itself)."""
    if part.startswith(SCHEMES):
        return part
    if not part:
        return url
    return url.rstrip("/") + "/" + part.lstrip("/")


@dataclass(frozen=True)
class RemoteEndpoints:
    """Where the three protocols of one SPARQL 1.1 server answer."""

    query: str
    update: str
    gsp: str

    @classmethod
    def from_settings(
        cls, url: str, query: str | None = None, update: str | None = None, gsp: str | None = None
    ) -> RemoteEndpoints:
        """The endpoints of the server at `url` (rule: it starts with http:// or https://)."""
        if not url.startswith(SCHEMES):
            raise ValueError(f"--store-url must start with http:// or https://, not {url!r}")
        given = {"query": query, "update": update, "gsp": gsp}
        parts = {k: _join(url, DEFAULT_PATHS[k] if v is None else v) for k, v in given.items()}
        for name, value in parts.items():
            if not value.startswith(SCHEMES):
                raise ValueError(f"the {name} endpoint must be an http(s) URL, not {value!r}")
        return cls(**parts)

    def to_dict(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RemoteEndpoints:
        return cls(query=data["query"], update=data["update"], gsp=data["gsp"])

    def graph_url(self, graph: str | None) -> str:
        """The Graph Store URL of a named graph (None: the default graph)."""
        sep = "&" if "?" in self.gsp else "?"
        return self.gsp + sep + ("default" if graph is None else urlencode({"graph": graph}))


def read_record(build_root: Path) -> RemoteEndpoints | None:
    """The endpoints a build was loaded into, or None for a local build."""
    try:
        data = json.loads((build_root / RECORD).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return RemoteEndpoints.from_dict(data["endpoints"])


def write_record(build_root: Path, endpoints: RemoteEndpoints, **extra: Any) -> None:
    data = {"endpoints": endpoints.to_dict(), **extra}
    (build_root / RECORD).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


# --- HTTP -----------------------------------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    content_type: str  # the media type, lower case, without parameters
    body: bytes


class HttpClient:
    """Keep-alive HTTP/1.1 connections from the standard library, one per thread and server."""

    def __init__(self, timeout: float = 300.0):
        self.timeout = timeout
        self._local = threading.local()

    def _connections(self) -> dict[tuple[str, str, int], http.client.HTTPConnection]:
        conns = getattr(self._local, "conns", None)
        if conns is None:
            conns = self._local.conns = {}
        return conns

    def open(
        self, method: str, url: str, body: bytes | None, headers: dict[str, str], timeout: float | None = None
    ) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        """Send a request and return its response unread (the caller reads it, then `release`s)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise RemoteStoreError(f"{url}: not an http(s) URL")
        https = parts.scheme == "https"
        key = (parts.scheme, parts.hostname, parts.port or (443 if https else 80))
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        conns = self._connections()
        for attempt in range(2):  # a kept-alive connection the server closed meanwhile: reconnect once
            conn = conns.get(key)
            fresh = conn is None
            if conn is None:
                cls = http.client.HTTPSConnection if https else http.client.HTTPConnection
                conn = cls(key[1], key[2], timeout=timeout or self.timeout)
                conns[key] = conn
            try:
                if conn.sock is None:
                    conn.connect()
                    conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                conn.sock.settimeout(timeout or self.timeout)
                conn.request(method, target, body=body, headers=headers)
                return conn, conn.getresponse()
            except TimeoutError:
                self.drop(url)
                raise
            except (ConnectionError, http.client.HTTPException, OSError) as e:
                self.drop(url)
                if fresh or attempt == 1:
                    raise RemoteStoreError(f"cannot reach the SPARQL server at {url}: {e}") from None
        raise AssertionError("unreachable")

    def drop(self, url: str) -> None:
        """Close the connection to `url`'s server (after a timeout, or a response not read to its end)."""
        parts = urlsplit(url)
        https = parts.scheme == "https"
        key = (parts.scheme, parts.hostname or "", parts.port or (443 if https else 80))
        conn = self._connections().pop(key, None)
        if conn is not None:
            conn.close()

    def request(
        self,
        method: str,
        url: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout: float | None = None,
    ) -> Answer:
        try:
            _conn, resp = self.open(method, url, body, headers or {}, timeout)
            data = resp.read()
        except TimeoutError:
            self.drop(url)
            raise RemoteStoreError(
                f"{method} {url}: no answer within {timeout or self.timeout:g} s"
            ) from None
        except (http.client.HTTPException, OSError) as e:
            self.drop(url)
            raise RemoteStoreError(f"{method} {url}: the answer broke off: {e}") from None
        if resp.will_close:
            self.drop(url)
        ctype = (resp.getheader("Content-Type") or "").split(";")[0].strip().lower()
        return Answer(resp.status, ctype, data)


def _message(answer: Answer) -> str:
    return answer.body.decode("utf-8", "replace").strip()[:1000]


# --- the store ------------------------------------------------------------------------------------------


def _n3(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None, name: str) -> str:
    if term is None:
        return f"?{name}"
    if isinstance(term, ox.BlankNode):
        raise ValueError("a blank node cannot be looked up on a remote store (its label is the server's)")
    return str(term)


class RemoteStore:
    """The subset of ``pyoxigraph.Store`` that Vankien uses, over a SPARQL 1.1 server.

    Like a build's local store, the server's default graph holds the set union of the named graphs
    (`RemoteLoader` keeps it so), so ``use_default_graph_as_union`` is accepted and has nothing to do.
    """

    def __init__(self, endpoints: RemoteEndpoints, client: HttpClient | None = None, timeout: float = 300.0):
        self.endpoints = endpoints
        self.http = client or HttpClient(timeout)

    def __repr__(self) -> str:
        return f"<RemoteStore {self.endpoints.query}>"

    # -- queries --
    def query(
        self,
        query: str,
        *,
        use_default_graph_as_union: bool = False,
        substitutions: dict[ox.Variable, Any] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a query on the server: solutions and booleans as pyoxigraph parses them, graphs as a
        pyoxigraph ``QueryTriples`` (made by a CONSTRUCT over the triples received)."""
        if substitutions:
            raise ValueError("a remote store cannot bind variables beforehand: write the values in the query")
        answer = self.http.request(
            "POST",
            self.endpoints.query,
            urlencode({"query": query}).encode("utf-8"),
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": RESULTS_ACCEPT},
        )
        if answer.status == 400:
            raise SyntaxError(_message(answer))
        if answer.status != 200:
            raise RemoteStoreError(
                f"query at {self.endpoints.query}: HTTP {answer.status}: {_message(answer)}"
            )
        results_format = ox.QueryResultsFormat.from_media_type(answer.content_type)
        if results_format is not None:
            return ox.parse_query_results(answer.body, format=results_format)
        rdf_format = ox.RdfFormat.from_media_type(answer.content_type)
        if rdf_format is None:
            raise RemoteStoreError(
                f"query at {self.endpoints.query}: answer of unknown type {answer.content_type!r}"
            )
        graph = ox.Store()
        graph.bulk_load(answer.body, format=rdf_format)
        return graph.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")

    def update(self, update: str) -> None:
        answer = self.http.request(
            "POST",
            self.endpoints.update,
            update.encode("utf-8"),
            {"Content-Type": "application/sparql-update", "Accept": "*/*"},
        )
        if answer.status == 400:
            raise SyntaxError(_message(answer))
        if answer.status not in (200, 204):
            raise RemoteStoreError(
                f"update at {self.endpoints.update}: HTTP {answer.status}: {_message(answer)}"
            )

    def _scalar(self, query: str) -> int:
        result = self.query(query)
        assert isinstance(result, ox.QuerySolutions)
        for sol in result:
            return int(sol[0].value)
        return 0

    def __len__(self) -> int:
        """Quads in the dataset, the default graph's included (as ``len`` of a pyoxigraph store)."""
        return self._scalar("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")

    def quads_for_pattern(
        self,
        subject: ox.NamedNode | ox.BlankNode | None,
        predicate: ox.NamedNode | None,
        object: ox.NamedNode | ox.BlankNode | ox.Literal | None,
        graph_name: ox.NamedNode | ox.BlankNode | ox.DefaultGraph | None = None,
    ) -> Iterator[ox.Quad]:
        s, p, o = _n3(subject, "s"), _n3(predicate, "p"), _n3(object, "o")
        pattern = f"{s} {p} {o}"
        if isinstance(graph_name, ox.DefaultGraph):
            where = pattern
        elif isinstance(graph_name, ox.NamedNode):
            where = f"GRAPH {graph_name} {{ {pattern} }}"
        elif graph_name is None:
            where = f"{{ {pattern} }} UNION {{ GRAPH ?g {{ {pattern} }} }}"
        else:
            raise ValueError("a blank node graph name cannot be looked up on a remote store")
        result = self.query(f"SELECT * WHERE {{ {where} }}")
        assert isinstance(result, ox.QuerySolutions)
        for sol in result:
            graph = sol["g"] if graph_name is None else graph_name
            yield ox.Quad(
                sol["s"] if subject is None else subject,
                sol["p"] if predicate is None else predicate,
                sol["o"] if object is None else object,
                ox.DefaultGraph() if graph is None else graph,
            )

    def __iter__(self) -> Iterator[ox.Quad]:
        return self.quads_for_pattern(None, None, None, None)

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        assert isinstance(result, ox.QuerySolutions)
        for sol in result:
            if isinstance(sol["g"], ox.NamedNode):
                yield sol["g"]

    def contains_named_graph(self, graph_name: ox.NamedNode) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {graph_name} {{ }} }}"))

    # -- writes (Graph Store Protocol) --
    def put_graph(self, graph: str | None, ntriples: bytes) -> None:
        """Replace a graph (None: the default graph) by the N-Triples given."""
        self._write("PUT", graph, ntriples)

    def post_graph(self, graph: str | None, ntriples: bytes) -> None:
        """Add the N-Triples given to a graph (None: the default graph)."""
        self._write("POST", graph, ntriples)

    def _write(self, method: str, graph: str | None, data: bytes) -> None:
        url = self.endpoints.graph_url(graph)
        answer = self.http.request(method, url, data, {"Content-Type": NTRIPLES, "Accept": "*/*"})
        if answer.status not in (200, 201, 204):
            raise RemoteStoreError(f"{method} {url}: HTTP {answer.status}: {_message(answer)}")

    def add_graph(self, graph_name: ox.NamedNode) -> None:
        self.update(f"CREATE SILENT GRAPH {graph_name}")

    def remove_graph(self, graph_name: ox.NamedNode) -> None:
        """Drop a named graph (its triples stay in the default graph: see `vankien.link.remove_links`)."""
        self.update(f"DROP SILENT GRAPH {graph_name}")

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads, one Graph Store Protocol request per graph."""
        by_graph: dict[str | None, list[ox.Triple]] = {}
        for q in quads:
            graph = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None
            by_graph.setdefault(graph, []).append(q.triple)
        for graph, triples in by_graph.items():
            self.post_graph(graph, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))

    def load(
        self,
        input: bytes | str,
        format: ox.RdfFormat,
        *,
        to_graph: ox.NamedNode | ox.DefaultGraph | None = None,
    ) -> None:
        """Add RDF to the server (a dataset format is sent one graph at a time)."""
        data = input.encode("utf-8") if isinstance(input, str) else input
        quads = ox.parse(data, format=format)
        if to_graph is not None:
            quads = (ox.Quad(q.subject, q.predicate, q.object, to_graph) for q in quads)
        self.extend(quads)

    bulk_load = load

    def backup(self, target_directory: str) -> None:
        """A remote store is not copied into a local build: a derived build changes the server in place
        (`vankien.derive`), and writes through the endpoint need a local store."""
        raise RemoteStoreError(
            f"the served build's triples are on {self.endpoints.query}; they cannot be copied into a new "
            "local build (writes through the endpoint need a local store)"
        )

    def optimize(self) -> None:
        """Nothing to do: the server manages its own storage."""

    def flush(self) -> None:
        """Nothing to do: every write is sent when it is made."""


# --- the build's side -----------------------------------------------------------------------------------


class RemoteLoader:
    """Writes the graphs of a build into a remote server, replacing what the previous build put there.

    Vankien owns, on that server, the default graph and every named graph under ``<base>graph/``.
    A build, in this order:

    1. writes each graph with the Graph Store Protocol: ``PUT`` replaces a graph the server holds,
       ``POST`` creates the others (and adds to a plan graph met twice in one build, which a local build
       merges too); then copies each batch of graphs into the default graph with one SPARQL Update of
       ``ADD GRAPH <g> TO DEFAULT`` (a copy made on the server, so blank nodes stay the same nodes);
    2. ``finish``: drops the graphs under ``<base>graph/`` that this build did not make, then deletes
       from the default graph every triple no named graph states any more.

    The default graph is thus the set union of the named graphs, as in a local build, whatever the
    server's own "union default graph" option does. There is no atomic switch: while a build runs a
    reader sees each plan graph either as it was or as it is now, and the default graph as a superset
    of the old and the new union until the last step. A build that fails leaves that mix; running the
    build again repairs it. (For an atomic switch, alternate between two datasets: see the README.)
    """

    def __init__(self, endpoints: RemoteEndpoints, base: str, batch: int = 200):
        self.store = RemoteStore(endpoints)
        self.prefix = (base if base.endswith(("/", "#")) else base + "/") + "graph/"
        self.batch = batch
        self.graphs: set[str] = set()
        self._pending: list[str] = []
        self.requests = 0
        # Graphs already on the server are replaced (PUT); the others are created with POST, which costs
        # a server one write instead of two (Oxigraph: 55 ms against 110 ms for a graph of 1000 triples).
        self._existing = {g.value for g in self.store.named_graphs()}

    def add(self, graph_iri: str, ntriples: bytes) -> None:
        if graph_iri in self.graphs or graph_iri not in self._existing:
            self.store.post_graph(graph_iri, ntriples)
        else:
            self.store.put_graph(graph_iri, ntriples)
        self.graphs.add(graph_iri)
        self._pending.append(graph_iri)
        self.requests += 1
        if len(self._pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        """Copy the graphs written since the last flush into the default graph."""
        if self._pending:
            self.store.update(" ;\n".join(f"ADD SILENT GRAPH <{g}> TO DEFAULT" for g in self._pending))
            self._pending = []
            self.requests += 1

    def stale_graphs(self) -> list[str]:
        """Graphs under the prefix that this build did not write (left by earlier builds)."""
        return sorted(
            g.value
            for g in self.store.named_graphs()
            if g.value.startswith(self.prefix) and g.value not in self.graphs
        )

    def finish(self) -> dict[str, Any]:
        """Drop stale graphs, then make the default graph exactly the union; what was done."""
        started = time.monotonic()
        self.flush()
        stale = self.stale_graphs()
        for i in range(0, len(stale), 500):
            self.store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in stale[i : i + 500]))
            self.requests += 1
        self.store.update(
            "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"
        )
        self.requests += 1
        return {
            "graphs": len(self.graphs),
            "stale_graphs_dropped": len(stale),
            "finish_seconds": round(time.monotonic() - started, 3),
        }
