"""The real server in a subprocess, used by real SPARQL clients, and compared with a bare Oxigraph server."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from conftest import LiveServer, free_port, start_server, stop_server
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, N3, TSV, TURTLE, XML, SPARQLWrapper

from queries import library
from server.engine import find_oxigraph
from vankien.store import current_build

VK = "https://vankien.example.org/ontology#"
SELECT = f"SELECT ?plan WHERE {{ ?plan a <{VK}AnalysedPlan> }} ORDER BY ?plan"
CONSTRUCT = f"CONSTRUCT {{ ?plan a <{VK}AnalysedPlan> }} WHERE {{ ?plan a <{VK}AnalysedPlan> }}"


@pytest.fixture(scope="module")
def server(seeds_store: Path) -> Iterator[LiveServer]:
    s = start_server(seeds_store, ["--rate-limit", "0"])
    yield s
    stop_server(s)


@pytest.fixture(scope="module")
def bare_oxigraph(seeds_store: Path) -> Iterator[str]:
    """A bare Oxigraph server over the same build, on loopback: the reference of the differential test."""
    port = free_port()
    proc = subprocess.Popen(
        [
            find_oxigraph(),
            "serve-read-only",
            "--location",
            str(current_build(seeds_store).oxigraph_dir),
            "--bind",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            requests.get(url, params={"query": "ASK {}"}, timeout=1)
            break
        except requests.ConnectionError:
            time.sleep(0.05)
    yield url
    proc.terminate()
    proc.wait(10)


def plans(rows: list[str]) -> list[str]:
    return sorted(r for r in rows if r.startswith("https://"))


def client(server: LiveServer, query: str, fmt: str) -> SPARQLWrapper:
    c = SPARQLWrapper(server.sparql)
    c.setQuery(query)
    c.setReturnFormat(fmt)
    return c


def test_sparqlwrapper_json(server: LiveServer) -> None:
    res = client(server, SELECT, JSON).query().convert()
    assert len(res["results"]["bindings"]) == 5


def test_sparqlwrapper_xml(server: LiveServer) -> None:
    doc = client(server, SELECT, XML).query().convert()
    assert len(doc.getElementsByTagName("result")) == 5


def test_sparqlwrapper_csv(server: LiveServer) -> None:
    text = client(server, SELECT, CSV).query().convert().decode()
    assert len(plans(text.split("\r\n"))) == 5


def test_sparqlwrapper_tsv(server: LiveServer) -> None:
    text = client(server, SELECT, TSV).query().convert().decode()
    assert len([ln for ln in text.splitlines() if ln.startswith("<https://")]) == 5


def test_sparqlwrapper_ask_json(server: LiveServer) -> None:
    assert client(server, f"ASK {{ ?p a <{VK}AnalysedPlan> }}", JSON).query().convert()["boolean"] is True


@pytest.mark.parametrize("fmt", [TURTLE, N3, XML, JSONLD])
def test_sparqlwrapper_construct(server: LiveServer, fmt: str) -> None:
    c = client(server, CONSTRUCT, fmt)
    c.setMethod("POST")
    g = c.query().convert()
    if not isinstance(g, Graph):
        g = Graph().parse(data=g, format="json-ld" if fmt == JSONLD else "turtle")
    assert len(set(g.subjects())) == 5


def test_rdflib_sparqlstore_as_a_remote_store(server: LiveServer) -> None:
    g = Graph(store=SPARQLStore(server.sparql, returnFormat="json"))
    plans_ = set(
        g.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(VK + "AnalysedPlan"))
    )
    assert len(plans_) == 5
    rows = list(g.query(SELECT))
    assert len(rows) == 5
    assert g.query(f"ASK {{ ?p a <{VK}AnalysedPlan> }}").askAnswer is True


def _rows(body: bytes) -> list[tuple[str | None, ...]]:
    parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
    if isinstance(parsed, ox.QueryBoolean):
        return [(str(bool(parsed)),)]
    names = [v.value for v in parsed.variables]
    return [tuple(None if s[n] is None else str(s[n]) for n in names) for s in parsed]


@pytest.mark.parametrize("q", library(), ids=lambda q: q.name)
def test_library_query_matches_a_bare_oxigraph_server(server: LiveServer, bare_oxigraph: str, q) -> None:
    accept = {"Accept": "application/sparql-results+json"}
    ours = requests.post(server.sparql, data={"query": q.text}, headers=accept, timeout=60)
    theirs = requests.post(bare_oxigraph, data={"query": q.text}, headers=accept, timeout=60)
    assert ours.status_code == theirs.status_code == 200
    a, b = _rows(ours.content), _rows(theirs.content)
    if q.ordered:
        assert a == b
    else:
        assert sorted(a, key=json.dumps) == sorted(b, key=json.dumps)
