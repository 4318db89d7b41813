"""A newly served build's pages wait for its catalog (minutes at 100,000 plans); /sparql does not."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pages_helpers import build_ui_store

from server import create_app, warm_up
from server.pages import catalog


def test_pages_answer_503_while_the_catalog_loads_and_sparql_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = build_ui_store(tmp_path / "store")
    app = create_app({"STORE": root, "TESTING": True, "CATALOG_WAIT": 0.2, "RATE_LIMIT": 0})
    release, loading = threading.Event(), threading.Event()
    real_load = catalog.load

    def slow_load(*args, **kwargs):  # type: ignore[no-untyped-def]
        loading.set()
        release.wait(30)
        return real_load(*args, **kwargs)

    monkeypatch.setattr(catalog, "load", slow_load)
    warming = threading.Thread(target=warm_up, args=(app,))
    warming.start()
    try:
        assert loading.wait(10)
        client = app.test_client()
        page = client.get("/documents", headers={"Accept": "application/json"})
        assert page.status_code == 503
        assert page.headers["Retry-After"] == "10"
        error = page.get_json()["error"]
        assert error["status"] == 503 and "catalog" in error["message"]
        answer = client.get(
            "/sparql",
            query_string={"query": "ASK { ?s ?p ?o }"},
            headers={"Accept": "application/sparql-results+json"},
        )
        assert answer.status_code == 200 and answer.get_json()["boolean"] is True
    finally:
        release.set()
        warming.join(30)
    assert app.test_client().get("/documents").status_code == 200
