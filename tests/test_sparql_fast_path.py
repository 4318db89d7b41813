"""The fast path of /sparql (server.sparql.fast) answers exactly as the Flask view does, and is taken.

Two apps over the same store, one with the fast path and one without; each request is sent to both and
the status, the headers and the bytes must be the same. The queries run in real engine processes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

import pytest
import werkzeug.urls  # noqa: F401  (the "werkzeug.url_quote" error handler)
from flask import Flask, request_started
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st
from sparql_helpers import EX, G1, G2, publish_store, sample_quads

from server import create_app
from server.sparql import fast

SELECT = f"SELECT ?s ?n WHERE {{ ?s <{EX}n> ?n }} ORDER BY ?n LIMIT 5"
MANY = "SELECT ?s WHERE { ?s a ?t } ORDER BY ?s"  # 300 rows, over the cap of 25
CONSTRUCT = f"CONSTRUCT {{ ?s <{EX}linksTo> ?o }} WHERE {{ ?s <{EX}linksTo> ?o }}"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture(scope="module")
def store_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fast-path-store")
    publish_store(root, sample_quads())
    return root


def make_app(root: Path, fast: bool) -> Flask:
    return create_app(
        {
            "STORE": root,
            "TESTING": True,
            "ENGINES": 1,
            "RATE_LIMIT": 0,
            "MAX_ROWS": 25,
            "SPARQL_FAST_PATH": fast,
        }
    )


@pytest.fixture(scope="module")
def apps(store_root: Path) -> Iterator[tuple[Flask, Flask]]:
    fast, view = make_app(store_root, True), make_app(store_root, False)
    yield fast, view
    for app in (fast, view):
        app.extensions["vankien.engine"].close()


REQUESTS: dict[str, dict[str, Any]] = {
    "get-json": {"query_string": {"query": SELECT}, "headers": {"Accept": "application/sparql-results+json"}},
    "get-xml": {"query_string": {"query": SELECT}, "headers": {"Accept": "application/sparql-results+xml"}},
    "get-csv": {"query_string": {"query": SELECT}, "headers": {"Accept": "text/csv"}},
    "get-tsv": {"query_string": {"query": SELECT}, "headers": {"Accept": "text/tab-separated-values"}},
    "no-accept": {"query_string": {"query": SELECT}},
    "star-star": {"query_string": {"query": SELECT}, "headers": {"Accept": "*/*"}},
    "q-values": {
        "query_string": {"query": SELECT},
        "headers": {"Accept": "application/sparql-results+json;q=0.5, text/csv;q=0.9"},
    },
    "format-param": {"query_string": {"query": SELECT, "format": "xml"}, "headers": {"Accept": "text/csv"}},
    "post-form": {
        "method": "POST",
        "data": {"query": SELECT},
        "headers": {"Accept": "application/sparql-results+json"},
    },
    "post-form-format": {"method": "POST", "data": {"query": SELECT, "format": "csv"}},
    "post-body": {
        "method": "POST",
        "data": SELECT,
        "content_type": "application/sparql-query",
        "headers": {"Accept": "text/tab-separated-values"},
    },
    "head": {"method": "HEAD", "query_string": {"query": SELECT}},
    "ask": {"query_string": {"query": f"ASK {{ <{EX}thing/1> ?p ?o }}"}, "headers": {"Accept": "text/csv"}},
    "default-graph-uri": {
        "query_string": {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "default-graph-uri": G2.value}
    },
    "named-graph-uri": {
        "query_string": {
            "query": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
            "named-graph-uri": [G1.value, G2.value],
        }
    },
    "truncated": {"query_string": {"query": MANY}, "headers": {"Accept": "application/sparql-results+json"}},
    "construct-turtle": {"query_string": {"query": CONSTRUCT}, "headers": {"Accept": "text/turtle"}},
    "construct-ntriples": {
        "query_string": {"query": CONSTRUCT},
        "headers": {"Accept": "application/n-triples"},
    },
    "construct-nquads": {"query_string": {"query": CONSTRUCT}, "headers": {"Accept": "application/n-quads"}},
    "construct-jsonld": {"query_string": {"query": CONSTRUCT, "format": "json"}},
    "construct-rdfxml": {"query_string": {"query": CONSTRUCT}, "headers": {"Accept": "application/rdf+xml"}},
    "construct-truncated": {"query_string": {"query": "CONSTRUCT WHERE { ?s ?p ?o }", "format": "nt"}},
    # errors met after the query ran: rendered by the view in both apps
    "syntax-error": {
        "query_string": {"query": "SELECT * WHERE {\n ?s ?p \n}"},
        "headers": {"Accept": "application/json"},
    },
    "graph-format-for-select": {"query_string": {"query": SELECT}, "headers": {"Accept": "text/turtle"}},
    "syntax-error-for-a-browser": {"query_string": {"query": "SELECT * {"}, "headers": {"Accept": BROWSER}},
    # requests the fast path leaves to the view
    "browser": {"query_string": {"query": SELECT}, "headers": {"Accept": BROWSER}},
    "not-acceptable": {"query_string": {"query": SELECT}, "headers": {"Accept": "image/png"}},
    "service": {"query_string": {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}},
    "update": {"method": "POST", "data": {"update": f"INSERT DATA {{ <{EX}a> <{EX}b> <{EX}c> }}"}},
    "two-queries": {"query_string": {"query": [SELECT, SELECT]}},
    "no-query": {"headers": {"Accept": "text/turtle"}},
    "too-long": {"query_string": {"query": "ASK {}" + " " * 30000}},
    "other-content-type": {"method": "POST", "data": SELECT, "content_type": "text/plain"},
}


def send(client: FlaskClient, spec: dict[str, Any]) -> Any:
    spec = dict(spec)
    method = spec.pop("method", "GET")
    return client.open("/sparql", method=method, **spec)


@pytest.mark.parametrize("name", list(REQUESTS))
def test_the_fast_path_answers_as_the_view_does(apps: tuple[Flask, Flask], name: str) -> None:
    fast, view = apps
    a = send(fast.test_client(), REQUESTS[name])
    b = send(view.test_client(), REQUESTS[name])
    assert a.status_code == b.status_code
    assert sorted(a.headers.items()) == sorted(b.headers.items())
    assert without_timing(a.data) == without_timing(b.data)


def without_timing(body: bytes) -> bytes:
    """The HTML page of results tells how long the query took: the one part allowed to differ."""
    return re.sub(rb" in \d+\.\d+ s<", b" in - s<", body)


def flask_requests(app: Flask, client: FlaskClient, spec: dict[str, Any]) -> tuple[int, int]:
    """(status, how many times Flask dispatched a request) for one request."""
    seen: list[str] = []

    def started(sender: Flask, **extra: object) -> None:
        seen.append("request")

    request_started.connect(started, app)
    try:
        resp = send(client, spec)
    finally:
        request_started.disconnect(started, app)
    return resp.status_code, len(seen)


@pytest.mark.parametrize(
    "name",
    ["get-json", "post-form", "post-body", "head", "construct-turtle", "truncated", "default-graph-uri"],
)
def test_a_plain_query_does_not_go_through_flask(apps: tuple[Flask, Flask], name: str) -> None:
    fast, _ = apps
    assert flask_requests(fast, fast.test_client(), REQUESTS[name]) == (200, 0)


@pytest.mark.parametrize(
    "name",
    ["browser", "service", "update", "no-query", "too-long", "syntax-error", "graph-format-for-select"],
)
def test_other_requests_and_errors_go_to_the_view(apps: tuple[Flask, Flask], name: str) -> None:
    fast, _ = apps
    _, dispatched = flask_requests(fast, fast.test_client(), REQUESTS[name])
    assert dispatched == 1


def test_a_conditional_request_goes_to_the_view_and_gets_304(apps: tuple[Flask, Flask]) -> None:
    fast, _ = apps
    c = fast.test_client()
    etag = send(c, REQUESTS["get-json"]).headers["ETag"]
    spec = {**REQUESTS["get-json"], "headers": {**REQUESTS["get-json"]["headers"], "If-None-Match": etag}}
    assert flask_requests(fast, c, spec) == (304, 1)


def test_the_rate_limit_takes_one_token_per_request_on_the_fast_path(store_root: Path) -> None:
    app = create_app({"STORE": store_root, "TESTING": True, "ENGINES": 1, "RATE_LIMIT": 2})
    try:
        c = app.test_client()
        codes = [send(c, REQUESTS["get-json"]).status_code for _ in range(3)]
        assert codes == [200, 200, 429]
        refused = send(c, REQUESTS["get-json"])
        assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
        assert refused.get_json()["error"]["detail"]["limit_per_minute"] == 2
        assert refused.headers["Access-Control-Allow-Origin"] == "*"
    finally:
        app.extensions["vankien.engine"].close()


# --- the form decoding of the fast path ----------------------------------------------------------------

PIECES = st.sampled_from(
    [
        *"aqz09AF%+=&; \n\t/é",
        "%2",
        "%41",
        "%2B",
        "%3D",
        "%26",
        "%e1%ba%a1",
        "%zz",
        "%C3",
        "%ff",
        "中",
        "query",
    ]
)


@given(st.lists(PIECES, max_size=40).map("".join))
def test_a_form_value_is_decoded_as_the_standard_library_does(text: str) -> None:
    assert fast.unquote_plus(text) == unquote(text.replace("+", " "), errors="werkzeug.url_quote")


@given(st.lists(PIECES, max_size=40).map("".join))
def test_form_fields_are_read_as_werkzeug_reads_them(text: str) -> None:
    expected = parse_qsl(text, keep_blank_values=True, errors="werkzeug.url_quote")
    got = fast._params(text)
    if got is None:  # a field this path does not take: the view gets the request
        assert any(name not in fast.KNOWN for name, _ in expected)
    else:
        assert got == expected
