"""Every query of the library runs on the seeds through the endpoint and gives its expected result.

The expected results are `queries/NAME.expected.json`; regenerate them with `python -m queries.regenerate`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask

from ontology.rdf import reference_graph
from queries import LibraryQuery, expected_cell, library
from server import create_app

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "shapes"))
import shape_fixtures as fx

QUERIES = library()
ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "vankien.ttl"


@pytest.fixture(scope="module")
def app(seeds_store: Path) -> Iterator[Flask]:
    app = create_app({"STORE": seeds_store, "TESTING": True, "RATE_LIMIT": 0, "ENGINES": 2})
    yield app
    app.extensions["vankien.engine"].close()


def test_the_library_has_at_least_fifteen_documented_queries() -> None:
    assert len(QUERIES) >= 15
    for q in QUERIES:
        assert q.title != q.name and q.description and q.parameters, q.name
        assert q.expected_path.exists(), f"{q.expected_path.name} missing: run python -m queries.regenerate"


@pytest.mark.parametrize("q", QUERIES, ids=lambda q: q.name)
def test_query_gives_its_expected_result(app: Flask, q: LibraryQuery) -> None:
    expected = json.loads(q.expected_path.read_text(encoding="utf-8"))
    resp = app.test_client().post(
        "/sparql", data={"query": q.text}, headers={"Accept": "application/sparql-results+json"}
    )
    assert resp.status_code == 200, resp.get_data(as_text=True)
    parsed = ox.parse_query_results(resp.data, format=ox.QueryResultsFormat.JSON)
    names = [v.value for v in parsed.variables]
    assert names == expected["variables"]
    rows = [[expected_cell(None if s[n] is None else str(s[n])) for n in names] for s in parsed]
    if expected["ordered"]:
        assert rows == expected["rows"]
    else:
        assert sorted(rows, key=json.dumps) == sorted(expected["rows"], key=json.dumps)


# The seeds break no hierarchy rule, so hierarchy-warnings is also run on the shapes' fixtures: a plan
# that breaks each rule and one that keeps it, with the ontology and reference data (levels and their
# ranks, places) in the default graph as a build writes them.
@pytest.mark.parametrize(
    ("rule", "label"),
    [("r1", "1 carries out a lower level"), ("r2", "2 not of its own line"), ("r3", "3 dated before")],
)
def test_hierarchy_warnings_finds_each_rule_broken_and_only_then(rule: str, label: str) -> None:
    (query,) = [q for q in QUERIES if q.name == "hierarchy-warnings"]
    reference = reference_graph().serialize(format="nt").encode()
    found = {}
    for case in ("break", "keep"):
        store = fx.store(fx.scenarios()[f"{rule}_{case}"])
        store.load(reference, format=ox.RdfFormat.N_TRIPLES)
        store.load(ONTOLOGY.read_bytes(), format=ox.RdfFormat.TURTLE)
        found[case] = [str(row["rule"].value) for row in store.query(query.text)]
    assert len(found["break"]) == 1 and found["break"][0].startswith(label)
    assert found["keep"] == []
