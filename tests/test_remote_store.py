"""`--store-url`: build, validate, query and serve against a real Oxigraph server started by the test.

The reference is the local build of the same plans (`seeds_store`): the remote dataset, the validation
findings, the query library and the pages must come out the same.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from conftest import LiveServer, free_port, start_server, stop_server
from SPARQLWrapper import JSON, SPARQLWrapper

from queries import LibraryQuery, library
from server.engine import find_oxigraph
from vankien.remote import RECORD, RemoteEndpoints, RemoteStore
from vankien.store import current_build

BASE = "https://vankien.example.org/"
VK = BASE + "ontology#"
FOREIGN_GRAPH = "http://example.org/not-vankien/graph"


@dataclass
class OxigraphServer:
    url: str
    process: subprocess.Popen

    @property
    def endpoints(self) -> RemoteEndpoints:
        return RemoteEndpoints.from_settings(self.url)

    def dump(self) -> list[ox.Quad]:
        """The whole dataset, as the server itself writes it (Oxigraph: GET /store in N-Quads)."""
        r = requests.get(self.url + "/store", headers={"Accept": "application/n-quads"}, timeout=60)
        assert r.status_code == 200, r.text
        return list(ox.parse(r.content, format=ox.RdfFormat.N_QUADS))

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(10)


def start_oxigraph(location: Path | None = None) -> OxigraphServer:
    """`oxigraph serve` (read-write) on a free loopback port; in memory when no location is given."""
    port = free_port()
    cmd = [find_oxigraph(), "serve", "--bind", f"127.0.0.1:{port}"]
    if location is not None:
        cmd += ["--location", str(location)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited with {proc.returncode}")
        try:
            requests.get(url + "/query", params={"query": "ASK {}"}, timeout=1)
            return OxigraphServer(url, proc)
        except requests.ConnectionError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError(f"oxigraph did not answer on {url}")


def vankien(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vankien", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ},
    )


def remote_build(plans: list[Path], root: Path, server: OxigraphServer) -> subprocess.CompletedProcess[str]:
    done = vankien(
        "build", *map(str, plans), "--store", str(root), "--store-url", server.url, "--no-progress"
    )
    assert done.returncode == 0, done.stderr
    return done


def remote_build_here(plans: list[Path], root: Path, server: OxigraphServer) -> None:
    """The same build, run in this process (quicker than the command, which the fixture already runs)."""
    from vankien.build import build

    result = build(plans, root, progress=False, jobs=1, remote=server.endpoints)
    assert not result.skipped


def blank_free(quads: list[ox.Quad]) -> set[ox.Quad]:
    return {
        q for q in quads if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)
    }


def default_and_union(quads: list[ox.Quad]) -> tuple[set[ox.Triple], set[ox.Triple]]:
    default = {q.triple for q in quads if isinstance(q.graph_name, ox.DefaultGraph)}
    union = {q.triple for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)}
    return default, union


def rows(result: ox.QuerySolutions | ox.QueryBoolean) -> list[tuple[str | None, ...]]:
    if isinstance(result, ox.QueryBoolean):
        return [(str(bool(result)),)]
    names = [v.value for v in result.variables]
    return [tuple(None if s[n] is None else str(s[n]) for n in names) for s in result]


def same_rows(q: LibraryQuery, a: list[tuple[str | None, ...]], b: list[tuple[str | None, ...]]) -> bool:
    return a == b if q.ordered else sorted(a, key=json.dumps) == sorted(b, key=json.dumps)


# --- fixtures ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph-remote"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def remote_root(
    seeds_dir: Path, oxigraph: OxigraphServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """The seeds built into the Oxigraph server; the store folder keeps the build's files."""
    root = tmp_path_factory.mktemp("remote-store")
    done = remote_build([seeds_dir], root, oxigraph)
    assert "triples in " + oxigraph.url + "/query" in done.stdout
    yield root


@pytest.fixture(scope="module")
def served(remote_root: Path) -> Iterator[LiveServer]:
    """`vankien serve --store DIR`, DIR's served build being the remote one."""
    server = start_server(remote_root, ["--rate-limit", "0", "--max-rows", "200", "--update-token", "secret"])
    yield server
    stop_server(server)


@pytest.fixture(scope="module")
def local_store(seeds_store: Path) -> ox.Store:
    store = current_build(seeds_store).open()
    assert isinstance(store, ox.Store)
    return store


# --- build -------------------------------------------------------------------------------------------------


def test_the_build_folder_keeps_the_files_and_records_the_server(remote_root: Path, oxigraph: OxigraphServer):
    build = current_build(remote_root)
    assert not build.oxigraph_dir.exists()
    for name in ("build.json", "validation.json", "validation.ttl", "search.sqlite", RECORD):
        assert (build.root / name).is_file(), name
    assert len(list(build.facts_dir.glob("*.json"))) == 5
    assert len(list(build.sources_dir.iterdir())) == 5
    record = json.loads((build.root / RECORD).read_text(encoding="utf-8"))
    assert record["state"] == "loaded"
    assert record["endpoints"] == {
        "query": oxigraph.url + "/query",
        "update": oxigraph.url + "/update",
        "gsp": oxigraph.url + "/store",
    }
    assert build.remote == oxigraph.endpoints
    assert isinstance(build.open(), RemoteStore)


def test_the_server_holds_the_same_dataset_as_a_local_build(
    remote_root: Path, oxigraph: OxigraphServer, local_store: ox.Store
) -> None:
    remote = oxigraph.dump()
    local = list(local_store)
    assert len(remote) == len(local)
    assert blank_free(remote) == blank_free(local)

    # blank nodes (the ontology's) may get the server's labels: the same number of them in each graph
    def blanks(quads: list[ox.Quad]) -> dict[str, int]:
        out: dict[str, int] = {}
        for q in quads:
            if isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode):
                out[str(q.graph_name)] = out.get(str(q.graph_name), 0) + 1
        return out

    assert blanks(remote) == blanks(local) != {}
    # the default graph is the set union of the named graphs, blank nodes included (copied on the server)
    default, union = default_and_union(remote)
    assert default == union


def test_summary_counts_match_the_local_build(remote_root: Path, seeds_store: Path) -> None:
    remote, local = current_build(remote_root).summary(), current_build(seeds_store).summary()
    assert remote["triples"] == local["triples"] > 10000
    assert len(remote["plans"]) == len(local["plans"]) == 5
    assert remote["validation"].split(" in ")[0] == local["validation"].split(" in ")[0]


def test_rebuild_replaces_graphs_drops_stale_ones_and_keeps_other_graphs(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """Five plans, then three: two plan graphs dropped, the default graph exactly the new union, a graph
    outside the base's graph/ left alone; the result equals a local build of the three."""
    from vankien.build import build

    server = start_oxigraph()
    try:
        foreign = f'<http://example.org/x> <http://example.org/p> "kept" <{FOREIGN_GRAPH}> .\n'
        requests.post(
            server.url + "/store",
            data=foreign.encode(),
            headers={"Content-Type": "application/n-quads"},
            timeout=10,
        ).raise_for_status()
        root = tmp_path / "store"
        remote_build_here([seeds_dir], root, server)
        three = sorted(seeds_dir.glob("*.txt"))[:3]
        remote_build_here(three, root, server)
        record = json.loads((current_build(root).root / RECORD).read_text(encoding="utf-8"))
        assert record["stale_graphs_dropped"] == 2
        quads = server.dump()
    finally:
        server.stop()
    local_root = tmp_path / "local"
    build(three, local_root, progress=False, jobs=1)
    local = list(current_build(local_root).open())
    ours = [q for q in quads if q.graph_name != ox.NamedNode(FOREIGN_GRAPH)]
    assert [q for q in quads if q.graph_name == ox.NamedNode(FOREIGN_GRAPH)]  # not Vankien's: kept
    assert blank_free(ours) == blank_free(local)
    default, union = default_and_union(ours)
    assert default == union
    assert len(ours) == len(local)


# --- validate and query ------------------------------------------------------------------------------------


def _findings(report: dict) -> list[tuple]:
    keys = ("severity", "shape", "focus", "path", "value", "plan", "source_file", "source_line")
    return sorted(tuple(f.get(k) for k in keys) for f in report["findings"])


@pytest.mark.parametrize("where", ["record", "url"])
def test_validate_runs_the_checks_over_http(
    where: str, remote_root: Path, oxigraph: OxigraphServer, seeds_store: Path
) -> None:
    target = ["--store", str(remote_root)] if where == "record" else ["--store-url", oxigraph.url]
    done = vankien("validate", *target, "--format", "json")
    local = vankien("validate", "--store", str(seeds_store), "--format", "json")
    assert done.returncode == local.returncode == 0, done.stderr
    remote_report, local_report = json.loads(done.stdout), json.loads(local.stdout)
    assert _findings(remote_report) == _findings(local_report)
    assert len(remote_report["findings"]) > 0  # the seeds have warnings: the comparison is not empty


@pytest.mark.parametrize("q", library()[:6], ids=lambda q: q.name)
def test_query_command_over_http_matches_the_local_store(
    q: LibraryQuery, remote_root: Path, oxigraph: OxigraphServer, seeds_store: Path
) -> None:
    remote = vankien("query", str(q.path), "--store-url", oxigraph.url, "--format", "json")
    local = vankien("query", str(q.path), "--store", str(seeds_store), "--format", "json")
    assert remote.returncode == local.returncode == 0, remote.stderr
    a = rows(ox.parse_query_results(remote.stdout, format=ox.QueryResultsFormat.JSON))
    b = rows(ox.parse_query_results(local.stdout, format=ox.QueryResultsFormat.JSON))
    assert same_rows(q, a, b)


def test_remote_store_answers_like_a_pyoxigraph_store(
    remote_root: Path, oxigraph: OxigraphServer, local_store: ox.Store
) -> None:
    remote = RemoteStore(oxigraph.endpoints)
    assert len(remote) == len(local_store)
    plan = next(iter(local_store.query(f"SELECT ?p WHERE {{ ?p a <{VK}AnalysedPlan> }} LIMIT 1")))["p"]
    for graph in (ox.DefaultGraph(), None):
        a = set(remote.quads_for_pattern(plan, None, None, graph))
        b = set(local_store.quads_for_pattern(plan, None, None, graph))
        assert a == b and a
    assert {g.value for g in remote.named_graphs()} == {
        g.value for g in local_store.named_graphs() if isinstance(g, ox.NamedNode)
    }
    constructed = remote.query(f"CONSTRUCT {{ ?p a <{VK}AnalysedPlan> }} WHERE {{ ?p a <{VK}AnalysedPlan> }}")
    assert isinstance(constructed, ox.QueryTriples) and len(list(constructed)) == 5
    with pytest.raises(SyntaxError, match="1:"):
        remote.query("SELEC ?x")


def test_bad_store_options_are_refused_with_a_clear_message(tmp_path: Path) -> None:
    done = vankien("query", "-e", "ASK {}", "--store-url", "ftp://example.org/sparql")
    assert done.returncode == 2 and "must start with http:// or https://" in done.stderr
    done = vankien("validate", "--store", "http://127.0.0.1:1/")
    assert done.returncode == 2 and "--store-url" in done.stderr
    done = vankien("query", "-e", "ASK {}", "--store-url", f"http://127.0.0.1:{free_port()}")
    assert done.returncode == 2 and "cannot reach the SPARQL server" in done.stderr
    done = vankien("build", "--store", str(tmp_path), "--store-url", "localhost:7878")
    assert done.returncode == 2 and "must start with http:// or https://" in done.stderr


# --- serve -------------------------------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        out += [int(c) for c in (task / "children").read_text().split()]
    return out


def _descendant_commands(pid: int) -> list[str]:
    """The command lines of every process below `pid` (the HTTP server's worker, engines …)."""
    out = []
    for child in _children(pid):
        out.append((Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ")).decode())
        out += _descendant_commands(child)
    return out


def test_serve_forwards_to_the_server_and_starts_no_engines(served: LiveServer) -> None:
    r = requests.get(served.sparql, params={"query": f"ASK {{ ?p a <{VK}AnalysedPlan> }}"}, timeout=30)
    assert r.status_code == 200 and r.json()["boolean"] is True
    # no Oxigraph engine processes (an HTTP server's own worker process may be there): the remote answers
    commands = _descendant_commands(served.process.pid)
    assert not [c for c in commands if "oxigraph" in c], commands


@pytest.mark.parametrize("q", library(), ids=lambda q: q.name)
def test_library_through_the_served_remote_store_matches_the_local_store(
    q: LibraryQuery, served: LiveServer, local_store: ox.Store
) -> None:
    client = SPARQLWrapper(served.sparql)
    # SPARQLWrapper guesses the query form from the first keyword it finds, comments included (it takes
    # "addressed" for ADD and sends the query as an update): the library's comment lines are left out.
    client.setQuery("\n".join(line for line in q.text.splitlines() if not line.startswith("#")))
    client.setReturnFormat(JSON)
    client.setMethod("POST")
    body = client.query().response.read()
    ours = rows(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))
    expected = rows(local_store.query(q.text))
    assert len(expected) <= 200, "raise --max-rows of the fixture"
    assert same_rows(q, ours, expected)


def test_served_remote_store_keeps_the_limits(served: LiveServer) -> None:
    accept = {"Accept": "application/sparql-results+json"}
    r = requests.post(
        served.sparql, data={"query": "SELECT * WHERE { ?s ?p ?o }"}, headers=accept, timeout=30
    )
    assert r.status_code == 200
    assert r.headers["Vankien-Truncated"] == "max-rows=200"
    assert len(r.json()["results"]["bindings"]) == 200
    r = requests.post(
        served.sparql,
        data={"query": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"},
        headers=accept,
        timeout=30,
    )
    assert r.status_code == 403
    r = requests.post(
        served.sparql, data={"query": "SELECT ?x WHERE {\n  ?x ?y\n}"}, headers=accept, timeout=30
    )
    assert r.status_code == 400 and r.json()["error"]["detail"]["line"] == 3
    # read-only even with an update token: writes would bypass the build
    r = requests.post(
        served.sparql,
        data={"update": "INSERT DATA { <http://e/s> <http://e/p> 1 }"},
        headers={"Authorization": "Bearer secret"},
        timeout=30,
    )
    assert r.status_code == 403
    r = requests.post(
        served.sparql,
        data={"query": "SELECT ?s WHERE { <http://e/s> ?p ?o }"},
        headers=accept,
        timeout=30,
    )
    assert r.json()["results"]["bindings"] == []


def _page(url: str) -> str:
    r = requests.get(url, timeout=60)
    assert r.status_code == 200, url
    return r.text


def test_pages_read_through_the_remote_store(served: LiveServer, live_server: LiveServer) -> None:
    """The browsing pages of the remote build are those of the local build of the same plans."""
    paths = ["/documents", "/bodies", "/hierarchy", "/search?q=ket+luan+21", "/documents?lang=en"]
    listing = _page(live_server.url + "/documents")
    paths += sorted(set(re.findall(r'href="(/doc/[^"#?]+)"', listing)))[:12]
    assert len(paths) > 10
    for path in paths:
        assert _page(served.url + path) == _page(live_server.url + path), path


def test_serve_follows_current_to_another_dataset(seeds_dir: Path, tmp_path: Path) -> None:
    """Two datasets used in turn: the endpoint moves to the second when its build is published."""
    first, second = start_oxigraph(), start_oxigraph()
    root = tmp_path / "store"
    server = None
    try:
        remote_build_here([seeds_dir], root, first)
        server = start_server(root, ["--rate-limit", "0"])
        count = f"SELECT (COUNT(?p) AS ?n) WHERE {{ ?p a <{VK}AnalysedPlan> }}"

        def plans() -> int:
            r = requests.get(
                server.sparql, params={"query": count}, headers={"Accept": "text/csv"}, timeout=30
            )
            assert r.status_code == 200, r.text
            return int(r.text.split()[-1])

        assert plans() == 5
        remote_build_here(sorted(seeds_dir.glob("*.txt"))[:2], root, second)
        assert plans() == 2
        assert requests.get(server.url + "/documents", timeout=30).status_code == 200
        # the first dataset was not touched by the second build
        ask = requests.get(
            first.url + "/query", params={"query": count}, headers={"Accept": "text/csv"}, timeout=30
        )
        assert int(ask.text.split()[-1]) == 5
    finally:
        if server is not None:
            stop_server(server)
        first.stop()
        second.stop()


def test_a_query_past_the_timeout_is_504_and_others_are_still_served(tmp_path: Path) -> None:
    """The deadline is kept by the HTTP client: the slow query's client gets its 504 on time."""
    oxi = start_oxigraph()
    server = None
    try:
        triples = "".join(f"<http://e/s{i}> <http://e/p> {i} .\n" for i in range(2000))
        requests.post(
            oxi.url + "/store?default",
            data=triples.encode(),
            headers={"Content-Type": "text/turtle"},
        ).raise_for_status()
        server = start_server(
            tmp_path,
            ["--store-url", oxi.url, "--query-timeout", "1.5", "--rate-limit", "0", "--engines", "2"],
        )
        url = server.sparql
        slow: dict[str, object] = {}

        def run_slow() -> None:
            started = time.monotonic()
            r = requests.get(
                url,
                params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"},
                headers={"Accept": "application/json"},
                timeout=30,
            )
            slow.update(status=r.status_code, body=r.json(), seconds=time.monotonic() - started)

        thread = threading.Thread(target=run_slow)
        thread.start()
        time.sleep(0.3)
        quick = requests.get(url, params={"query": "ASK { <http://e/s7> ?p 7 }"}, timeout=10)
        assert quick.status_code == 200 and quick.json()["boolean"] is True
        thread.join(30)
        assert slow["status"] == 504, slow
        assert slow["seconds"] < 4.0  # type: ignore[operator]
        assert slow["body"]["error"]["detail"]["timeout_s"] == 1.5  # type: ignore[index]
    finally:
        if server is not None:
            stop_server(server)
        oxi.stop()  # it may still be counting: the server's own limit is what stops such a query
