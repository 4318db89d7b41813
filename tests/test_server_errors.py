"""One error shape for JSON clients, pinned; browsers get HTML; our bugs are 500s that are logged."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from server import create_app


@pytest.fixture()
def app(seeds_store: Path) -> Flask:
    app = create_app({"STORE": seeds_store, "TESTING": True})

    @app.route("/boom")
    def boom() -> str:
        raise ZeroDivisionError("a bug of ours")

    return app


def test_syntax_error_has_the_documented_json_shape(app: Flask) -> None:
    resp = app.test_client().get(
        "/sparql", query_string={"query": "SELECT WHERE"}, headers={"Accept": "application/json"}
    )
    assert resp.status_code == 400
    body = resp.get_json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "title", "message", "detail"}
    assert body["error"]["status"] == 400 and body["error"]["title"] == "Bad Request"
    assert "error at 1:" in body["error"]["message"]


def test_browsers_get_the_error_as_a_page(app: Flask) -> None:
    resp = app.test_client().get("/plan/nothing-here", headers={"Accept": "text/html"})
    assert resp.status_code == 404
    assert resp.mimetype == "text/html" and "404 Not Found" in resp.get_data(as_text=True)


def test_a_bug_is_a_logged_500_not_a_client_error(app: Flask, caplog: pytest.LogCaptureFixture) -> None:
    app.config["PROPAGATE_EXCEPTIONS"] = False
    resp = app.test_client().get("/boom", headers={"Accept": "application/json"})
    assert resp.status_code == 500
    assert resp.get_json()["error"]["status"] == 500
    assert "a bug of ours" not in resp.get_data(as_text=True)
    assert any("ZeroDivisionError" in (r.exc_text or "") or r.exc_info for r in caplog.records)


def test_update_is_refused(app: Flask) -> None:
    resp = app.test_client().post("/sparql", data={"update": "INSERT DATA { <a:a> <a:b> <a:c> }"})
    assert resp.status_code == 403


def test_no_store_yet_is_a_503_with_advice(tmp_path: Path) -> None:
    resp = create_app({"STORE": tmp_path}).test_client().get("/sparql?query=ASK{}")
    assert resp.status_code == 503
    assert "vankien build" in resp.get_json()["error"]["message"]
