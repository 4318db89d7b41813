"""`vankien export` and the dumps the server offers: what a dump holds, read back with rdflib.

Quad formats (nq, trig, jsonld) hold the named graphs, graph by graph, and not the default graph (the
union, which would repeat them); triple formats (ttl, nt) hold the default graph, the union.
"""

from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from flask import Flask
from flask.testing import FlaskClient
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from server import create_app
from vankien import cli
from vankien.build import count_named_quads
from vankien.derive import derive_build
from vankien.export import FORMATS, DumpMaker, cached_dump, cached_dump_path, export, load_dump
from vankien.store import Build, current_build

RDFLIB_FORMAT = {"nq": "nquads", "trig": "trig", "jsonld": "json-ld", "ttl": "turtle", "nt": "nt"}
VOID = "http://rdfs.org/ns/void#"


def quads_per_graph(store: ox.Store) -> dict[str, int]:
    rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {sol["g"].value: int(sol["n"].value) for sol in rows}


def default_graph_size(store: ox.Store) -> int:
    return int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)


def parsed_graphs(data: bytes, fmt: str) -> tuple[dict[str, int], int]:
    """Triples per named graph, and in the default graph, of a quad dump parsed by rdflib."""
    ds = rdflib.Dataset()
    ds.parse(data=data, format=RDFLIB_FORMAT[fmt])
    named = {str(g.identifier): len(g) for g in ds.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID}
    return {g: n for g, n in named.items() if n}, len(ds.graph(DATASET_DEFAULT_GRAPH_ID))


@pytest.fixture(scope="module")
def seeds(seeds_store: Path) -> ox.Store:
    return current_build(seeds_store).open()


@pytest.mark.parametrize("fmt", ["nq", "trig", "jsonld"])
def test_quad_dump_parses_back_into_every_named_graph(
    seeds_store: Path, seeds: ox.Store, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"vankien.{fmt}.gz"
    assert cli.main(["export", "--store", str(seeds_store), "--format", fmt, "--out", str(out)]) == 0
    per_graph, in_default = parsed_graphs(gzip.decompress(out.read_bytes()), fmt)
    expected = quads_per_graph(seeds)
    assert per_graph == expected  # every named graph, each with as many triples as in the store
    assert sum(per_graph.values()) == count_named_quads(seeds) > 10000
    assert in_default == 0  # the default graph (the union) is not repeated in a quad dump
    assert any("/graph/soc-trang/" in g for g in per_graph) and any(
        g.endswith("/graph/reference") for g in per_graph
    )


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_triple_dump_holds_the_union_once(
    seeds_store: Path, seeds: ox.Store, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"vankien.{fmt}"
    assert cli.main(["export", "--store", str(seeds_store), "--format", fmt, "--out", str(out)]) == 0
    g = rdflib.Graph()
    g.parse(out, format=RDFLIB_FORMAT[fmt])
    distinct = int(
        next(
            iter(
                seeds.query(
                    "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"
                )
            )
        )["n"].value
    )
    assert len(g) == default_graph_size(seeds) == distinct
    assert distinct < count_named_quads(seeds)  # the plans share triples: the union is smaller than the sum


def test_export_to_standard_output_streams_n_triples(seeds_store: Path, seeds: ox.Store) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "vankien", "export", "--store", str(seeds_store), "--format", "nt"],
        capture_output=True,
        check=True,
    )
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert len(lines) == default_graph_size(seeds)
    assert b"exported" in done.stderr and b"\r" not in done.stderr  # no progress bar when not on a terminal


def test_progress_bar_when_asked(seeds: ox.Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = export(seeds, "nq", tmp_path / "d.nq", progress=True)
    err = capsys.readouterr().err
    assert "export nq [" in err and f"/{result.statements}" in err


def test_loading_a_quad_dump_rebuilds_the_union(seeds: ox.Store, tmp_path: Path) -> None:
    out = tmp_path / "d.nq.gz"
    export(seeds, "nq", out)
    copy = ox.Store()
    assert load_dump(copy, out, "nq") == count_named_quads(seeds)
    assert default_graph_size(copy) == default_graph_size(seeds)
    assert quads_per_graph(copy) == quads_per_graph(seeds)


def test_unwritable_output_is_a_clear_error(
    seeds_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing-folder" / "d.nq"
    assert cli.main(["export", "--store", str(seeds_store), "--out", str(target)]) == cli.EXIT_FAILED
    assert "cannot write the dump" in capsys.readouterr().err
    assert not target.parent.exists()


# --- the dumps served by the app ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def store_copy(seeds_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the seeds' store folder: the server writes its dumps into the served build's folder."""
    root = tmp_path_factory.mktemp("dumps") / "store"
    shutil.copytree(seeds_store, root)
    return root


@pytest.fixture(scope="module")
def app(store_copy: Path) -> Iterator[Flask]:
    # the dumps are waited for (a busy test machine may take more than the default 5 s to make one)
    app = create_app({"STORE": store_copy, "TESTING": True, "ENGINES": 1, "RATE_LIMIT": 0, "DUMP_WAIT": 120})
    yield app
    app.extensions["vankien.engine"].close()


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def test_dump_download_is_the_served_build(client: FlaskClient, store_copy: Path) -> None:
    build = current_build(store_copy)
    resp = client.get("/dumps/vankien.nq.gz")
    assert resp.status_code == 200 and resp.mimetype == "application/gzip"
    assert resp.headers["Vankien-Build"] == build.id
    per_graph, in_default = parsed_graphs(gzip.decompress(resp.data), "nq")
    assert per_graph == quads_per_graph(build.open()) and in_default == 0
    assert cached_dump_path(build, "nq").is_file()  # kept with the build
    again = client.get("/dumps/vankien.nq.gz", headers={"If-None-Match": resp.headers["ETag"]})
    assert again.status_code == 304


def test_a_new_build_gets_its_own_dump(client: FlaskClient, store_copy: Path) -> None:
    first = client.get("/dumps/vankien.nt.gz")
    extra = ox.Quad(
        ox.NamedNode("https://vankien.example.org/place/soc-trang"),
        ox.NamedNode("http://www.w3.org/2004/02/skos/core#exactMatch"),
        ox.NamedNode("http://example.org/unit/94"),
        ox.NamedNode("https://vankien.example.org/graph/links/test"),
    )

    def add(store: ox.Store) -> None:
        store.add(extra)
        store.add(ox.Quad(extra.subject, extra.predicate, extra.object, ox.DefaultGraph()))

    derived = derive_build(store_copy, add, "test", "https://vankien.example.org/")
    second = client.get("/dumps/vankien.nt.gz")
    assert second.headers["Vankien-Build"] == derived.build_id != first.headers["Vankien-Build"]
    old, new = gzip.decompress(first.data), gzip.decompress(second.data)
    assert b"<http://example.org/unit/94>" in new and b"<http://example.org/unit/94>" not in old
    assert len(new.splitlines()) == len(old.splitlines()) + 1
    assert not (store_copy / "builds" / derived.build_id / "dumps" / "vankien.nq.gz").exists()  # not copied


def test_void_describes_every_dump_and_they_download(client: FlaskClient) -> None:
    resp = client.get("/.well-known/void", headers={"Accept": "application/n-triples"})
    assert resp.status_code == 200
    g = rdflib.Graph().parse(data=resp.data, format="nt")
    dumps = {str(o) for o in g.objects(None, rdflib.URIRef(VOID + "dataDump"))}
    assert {d.rsplit("/", 1)[1] for d in dumps} == {f"vankien.{f.extension}.gz" for f in FORMATS.values()}
    for d in dumps:
        fmt = g.value(rdflib.URIRef(d), rdflib.URIRef("http://purl.org/dc/terms/format"))
        assert fmt is not None and str(fmt).startswith("http://www.w3.org/ns/formats/")
        path = "/" + d.split("/", 3)[3]
        got = client.get(path)
        assert got.status_code == 200 and len(gzip.decompress(got.data)) > 1000, path


def test_dumps_page_and_home_link(client: FlaskClient) -> None:
    home = client.get("/")
    assert b'href="/dumps/"' in home.data
    page = client.get("/dumps/")
    assert page.status_code == 200
    for f in FORMATS.values():
        assert f'href="/dumps/vankien.{f.extension}.gz"'.encode() in page.data
    missing = client.get("/dumps/vankien.csv.gz", headers={"Accept": "application/json"})
    assert missing.status_code == 404 and "vankien.nq.gz" in missing.get_json()["error"]["message"]


def test_a_dump_not_made_yet_is_made_in_the_background(seeds_store: Path, tmp_path: Path) -> None:
    """A first download does not hold its request while the dump is made: it waits DUMP_WAIT seconds,
    then gets a 503 saying how far the dump got, and the file once it is made."""
    root = tmp_path / "store"
    shutil.copytree(seeds_store, root)
    release = threading.Event()

    def held(build: Build, fmt: str, tick: Callable[[int], None] | None = None) -> Path:
        release.wait(30)  # the dump stays "being made" until the test lets it go
        return cached_dump(build, fmt, tick=tick)

    app = create_app({"STORE": root, "TESTING": True, "ENGINES": 1, "RATE_LIMIT": 0, "DUMP_WAIT": 0.2})
    app.extensions["vankien.dumps"] = DumpMaker(held)
    client = app.test_client()
    try:
        build = current_build(root)
        first = client.get("/dumps/vankien.nq.gz", headers={"Accept": "application/json"})
        assert first.status_code == 503 and first.headers["Retry-After"] == "30"
        error = first.get_json()["error"]
        assert "is being made" in error["message"]
        assert error["detail"] == {
            "build": build.id,
            "dump": "vankien.nq.gz",
            "written": 0,
            "total": build.summary()["triples"],
        }
        page = client.get("/dumps/")
        assert b'class="muted making"' in page.data
        release.set()
        for _ in range(100):
            done = client.get("/dumps/vankien.nq.gz")
            if done.status_code == 200:
                break
            time.sleep(0.1)
        assert done.status_code == 200 and done.headers["Vankien-Build"] == build.id
        per_graph, _ = parsed_graphs(gzip.decompress(done.data), "nq")
        assert per_graph == quads_per_graph(build.open())
        assert b'class="muted making"' not in client.get("/dumps/").data
    finally:
        release.set()
        app.extensions["vankien.engine"].close()
