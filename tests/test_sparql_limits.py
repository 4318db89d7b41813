"""Limits and safety of /sparql: timeout, row cap, query length, rate limit, read-only, SERVICE, errors."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from conftest import start_server, stop_server
from flask import Flask
from sparql_helpers import EX, publish_store, sample_quads

from server import create_app

CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 910^3 solutions
CROSS_ORDERED = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i ?f"


@pytest.fixture(scope="module")
def store_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("limits-store")
    publish_store(root, sample_quads())
    return root


def make_app(root: Path, **config: object) -> Flask:
    return create_app({"STORE": root, "TESTING": True, "ENGINES": 2, "RATE_LIMIT": 0, **config})


@pytest.fixture(scope="module")
def app(store_root: Path) -> Iterator[Flask]:
    app = make_app(store_root, MAX_ROWS=25, MAX_QUERY_LENGTH=500)
    yield app
    app.extensions["vankien.engine"].close()


# --- timeout -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("query", [CROSS, CROSS_ORDERED], ids=["aggregate", "order-by"])
def test_timeout_stops_a_pathological_query_while_another_client_is_served(
    store_root: Path, query: str
) -> None:
    """Through the real server: the slow query gets its error within timeout + 1 s, lookups meanwhile fast,
    and the engine that ran the slow query is gone (its work really stopped)."""
    server = start_server(store_root, ["--query-timeout", "2", "--engines", "2", "--rate-limit", "0"])
    try:
        url = server.sparql
        requests.get(url, params={"query": "ASK {}"}, timeout=10)
        lookups: list[float] = []
        slow: dict[str, object] = {}

        def run_slow() -> None:
            t = time.monotonic()
            r = requests.get(url, params={"query": query}, headers={"Accept": "application/json"}, timeout=30)
            slow.update(seconds=time.monotonic() - t, status=r.status_code, body=r.json())

        thread = threading.Thread(target=run_slow)
        thread.start()
        time.sleep(0.3)
        for _ in range(5):
            t = time.monotonic()
            r = requests.get(
                url,
                params={"query": f"ASK {{ <{EX}thing/1> ?p ?o }}"},
                headers={"Accept": "application/json"},
                timeout=10,
            )
            lookups.append(time.monotonic() - t)
            assert r.json()["boolean"] is True
        thread.join(30)
        assert slow["status"] == 504
        assert slow["seconds"] < 2 + 1  # type: ignore[operator]
        assert slow["body"]["error"]["detail"]["timeout_s"] == 2  # type: ignore[index]
        assert max(lookups) < 1.0
        # the next query is served too (by the replacement engine or the other one)
        r = requests.get(
            url,
            params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"},
            headers={"Accept": "application/json"},
            timeout=10,
        )
        assert r.json()["results"]["bindings"][0]["n"]["value"] == "910"
    finally:
        stop_server(server)


def test_timeout_kills_the_engine_that_ran_the_query(store_root: Path) -> None:
    app = make_app(store_root, QUERY_TIMEOUT=1.0)
    pool = app.extensions["vankien.engine"]
    try:
        c = app.test_client()
        c.get("/sparql", query_string={"query": "ASK {}"})
        before = set(pool.engine_pids())
        resp = c.get("/sparql", query_string={"query": CROSS_ORDERED})
        assert resp.status_code == 504
        assert pool.kills == 1
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and len(pool.engine_pids()) < 2:
            time.sleep(0.05)
        after = set(pool.engine_pids())
        assert len(after) == 2 and len(before - after) == 1  # one engine was replaced
    finally:
        pool.close()


def test_a_query_after_a_long_pause_is_answered(store_root: Path) -> None:
    """The engine times out a kept-alive connection that stays idle past its timeout: the next query
    must go through a new connection, not come back as the engine's 500."""
    app = make_app(store_root, QUERY_TIMEOUT=1.0, ENGINES=1)
    pool = app.extensions["vankien.engine"]
    try:
        c = app.test_client()
        assert c.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200
        time.sleep(2.5)
        resp = c.get("/sparql", query_string={"query": "ASK {}"}, headers={"Accept": "application/json"})
        assert resp.status_code == 200, resp.get_data(as_text=True)
        assert resp.json == {"head": {}, "boolean": True}
    finally:
        pool.close()


# --- row cap, length, rate ----------------------------------------------------------------------------


def test_rows_beyond_the_cap_are_cut_and_flagged(app: Flask) -> None:
    resp = app.test_client().get(
        "/sparql",
        query_string={"query": "SELECT ?s WHERE { ?s a ?t }"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert resp.status_code == 200
    assert len(resp.get_json()["results"]["bindings"]) == 25
    assert resp.headers["Vankien-Truncated"] == "max-rows=25"


def test_rows_under_the_cap_are_not_flagged(app: Flask) -> None:
    resp = app.test_client().get(
        "/sparql",
        query_string={"query": "SELECT ?s WHERE { ?s a ?t } LIMIT 25"},
        headers={"Accept": "text/csv"},
    )
    assert resp.data.count(b"\r\n") == 26 and "Vankien-Truncated" not in resp.headers


def test_graph_results_are_capped_too(app: Flask) -> None:
    resp = app.test_client().get(
        "/sparql",
        query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
        headers={"Accept": "application/n-triples"},
    )
    assert len(list(ox.parse(resp.data, format=ox.RdfFormat.N_TRIPLES))) == 25


def test_too_long_a_query_is_413(app: Flask) -> None:
    resp = app.test_client().get("/sparql", query_string={"query": "ASK {}" + " " * 600})
    assert resp.status_code == 413
    assert resp.get_json()["error"]["detail"]["max_query_length"] == 500


def test_rate_limit_answers_429_with_retry_after(store_root: Path) -> None:
    app = make_app(store_root, RATE_LIMIT=3)
    try:
        c = app.test_client()
        codes = [c.get("/sparql", query_string={"query": "ASK {}"}).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        resp = c.get("/sparql", query_string={"query": "ASK {}"})
        assert resp.status_code == 429 and int(resp.headers["Retry-After"]) >= 1
        other = c.get("/sparql", query_string={"query": "ASK {}"}, environ_base={"REMOTE_ADDR": "10.0.0.9"})
        assert other.status_code == 200  # per client
    finally:
        app.extensions["vankien.engine"].close()


# --- read-only, SERVICE ---------------------------------------------------------------------------------


def test_update_by_form_is_refused(app: Flask) -> None:
    resp = app.test_client().post("/sparql", data={"update": f"INSERT DATA {{ <{EX}a> <{EX}b> <{EX}c> }}"})
    assert resp.status_code == 403 and resp.get_json()["error"]["detail"]["reason"] == "read-only"


def test_update_by_sparql_update_body_is_refused(app: Flask) -> None:
    resp = app.test_client().post("/sparql", data="CLEAR ALL", content_type="application/sparql-update")
    assert resp.status_code == 403


def test_graph_store_write_is_refused(app: Flask) -> None:
    resp = app.test_client().put(
        "/graph-store?default", data=f"<{EX}a> <{EX}b> <{EX}c> .", content_type="application/n-triples"
    )
    assert resp.status_code == 403


def test_update_with_the_token_makes_a_new_build(tmp_path: Path) -> None:
    publish_store(tmp_path, sample_quads(2))
    app = make_app(tmp_path, UPDATE_TOKEN="s3cret")
    try:
        c = app.test_client()
        insert = {"update": f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}a> <{EX}b> <{EX}c> }} }}"}
        assert c.post("/sparql", data=insert, headers={"Authorization": "Bearer wrong"}).status_code == 403
        resp = c.post("/sparql", data=insert, headers={"Authorization": "Bearer s3cret"})
        assert resp.status_code == 204
        deadline = time.monotonic() + 20
        found = False
        while time.monotonic() < deadline and not found:
            r = c.get(
                "/sparql",
                query_string={"query": f"ASK {{ <{EX}a> <{EX}b> <{EX}c> }}"},
                headers={"Accept": "application/json"},
            )
            found = r.get_json()["boolean"]
            time.sleep(0.05)
        assert found
    finally:
        app.extensions["vankien.engine"].close()


def test_service_is_refused(app: Flask) -> None:
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    resp = app.test_client().get("/sparql", query_string={"query": q})
    assert resp.status_code == 403 and "SERVICE" in resp.get_json()["error"]["message"]


def test_service_hidden_behind_a_prefix_and_silent_is_refused(app: Flask) -> None:
    q = "PREFIX r: <http://127.0.0.1:9/> SELECT * WHERE { service   SILENT r:sparql { ?s ?p ?o } }"
    resp = app.test_client().get("/sparql", query_string={"query": q})
    assert (
        resp.status_code == 403
        and resp.get_json()["error"]["detail"]["service"] == "http://127.0.0.1:9/sparql"
    )


def test_the_word_service_in_a_string_is_not_a_service_call(app: Flask) -> None:
    q = 'SELECT * WHERE { ?s ?p "SERVICE <http://x/>" } # SERVICE <http://y/>'
    assert app.test_client().get("/sparql", query_string={"query": q}).status_code == 200


def test_service_on_the_allow_list_is_let_through(store_root: Path) -> None:
    app = make_app(store_root, SERVICE_ALLOW="http://127.0.0.1:9/")
    try:
        q = "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
        resp = app.test_client().get(
            "/sparql", query_string={"query": q}, headers={"Accept": "application/json"}
        )
        assert resp.status_code == 200  # SILENT: the closed port yields no rows, not an error
        q2 = "SELECT * WHERE { SERVICE <http://127.0.0.2:9/sparql> { ?s ?p ?o } }"
        assert app.test_client().get("/sparql", query_string={"query": q2}).status_code == 403
    finally:
        app.extensions["vankien.engine"].close()


# --- errors ---------------------------------------------------------------------------------------------


def test_syntax_error_is_400_with_the_position(app: Flask) -> None:
    resp = app.test_client().get(
        "/sparql",
        query_string={"query": "SELECT * WHERE {\n  ?s ?p \n}"},
        headers={"Accept": "application/json"},
    )
    assert resp.status_code == 400
    err = resp.get_json()["error"]
    assert set(err) == {"status", "title", "message", "detail"}
    assert err["detail"]["line"] == 3 and err["detail"]["column"] >= 1
    assert "error at 3:" in err["message"]


def test_engine_failure_is_a_logged_500(
    app: Flask, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from server.engine import EngineError

    def broken(*args: object, **kw: object) -> None:
        raise EngineError("engine answered 500: boom")

    monkeypatch.setattr(app.extensions["vankien.engine"], "run", broken)
    monkeypatch.setitem(app.config, "PROPAGATE_EXCEPTIONS", False)
    resp = app.test_client().get(
        "/sparql", query_string={"query": "ASK {}"}, headers={"Accept": "application/json"}
    )
    assert resp.status_code == 500 and resp.get_json()["error"]["status"] == 500
    assert "boom" not in resp.get_data(as_text=True)
    assert any(r.exc_info and r.exc_info[0] is EngineError for r in caplog.records)
