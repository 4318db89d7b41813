"""Every query of the library runs on the seeds through the endpoint and gives its expected result.

The expected results are `queries/NAME.expected.json`; regenerate them with `python -m queries.regenerate`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask

from queries import LibraryQuery, expected_cell, library
from server import create_app

QUERIES = library()


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
