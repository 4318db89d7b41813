"""The SPARQL 1.1 Protocol of /sparql, one behaviour per test, through Flask's test client.

The queries run in real Oxigraph engine processes over a small store made here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient
from sparql_helpers import EX, G1, G2, publish_store, sample_quads

from server import create_app

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
CONSTRUCT = f"CONSTRUCT {{ ?s <{EX}linksTo> ?o }} WHERE {{ ?s <{EX}linksTo> ?o }}"
TOTAL = 300 * 3 + 10


@pytest.fixture(scope="module")
def store_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("protocol-store")
    publish_store(root, sample_quads())
    return root


@pytest.fixture(scope="module")
def app(store_root: Path) -> Iterator[Flask]:
    app = create_app({"STORE": store_root, "TESTING": True, "ENGINES": 2, "RATE_LIMIT": 0})
    yield app
    app.extensions["vankien.engine"].close()


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def count_of(resp) -> int:
    return int(resp.get_json()["results"]["bindings"][0]["n"]["value"])


# --- the three ways to send a query, HEAD, and the dataset parameters ------------------------------------


def test_get_with_query_parameter(client: FlaskClient) -> None:
    resp = client.get(
        "/sparql", query_string={"query": COUNT}, headers={"Accept": "application/sparql-results+json"}
    )
    assert resp.status_code == 200 and count_of(resp) == TOTAL


def test_post_form_encoded(client: FlaskClient) -> None:
    resp = client.post(
        "/sparql", data={"query": COUNT}, headers={"Accept": "application/sparql-results+json"}
    )
    assert resp.status_code == 200 and count_of(resp) == TOTAL


def test_post_sparql_query_body(client: FlaskClient) -> None:
    resp = client.post(
        "/sparql",
        data=COUNT.encode(),
        content_type="application/sparql-query",
        headers={"Accept": "application/sparql-results+json"},
    )
    assert resp.status_code == 200 and count_of(resp) == TOTAL


def test_post_of_another_content_type_is_415(client: FlaskClient) -> None:
    resp = client.post("/sparql", data=COUNT, content_type="text/plain")
    assert resp.status_code == 415


def test_two_queries_in_one_request_is_400(client: FlaskClient) -> None:
    resp = client.get("/sparql?query=ASK{}&query=ASK{}")
    assert resp.status_code == 400


def test_head_has_the_headers_and_no_body(client: FlaskClient) -> None:
    resp = client.head("/sparql", query_string={"query": COUNT}, headers={"Accept": "text/csv"})
    assert resp.status_code == 200 and resp.mimetype == "text/csv" and resp.data == b""
    assert resp.headers["ETag"]


def test_default_graph_uri_restricts_the_default_graph(client: FlaskClient) -> None:
    resp = client.get(
        "/sparql",
        query_string={"query": COUNT, "default-graph-uri": G2.value},
        headers={"Accept": "application/json"},
    )
    assert count_of(resp) == 10


def test_named_graph_uri_restricts_the_named_graphs(client: FlaskClient) -> None:
    q = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    resp = client.post(
        "/sparql", data={"query": q, "named-graph-uri": G1.value}, headers={"Accept": "application/json"}
    )
    assert count_of(resp) == 1


def test_without_dataset_parameters_the_default_graph_is_the_union(client: FlaskClient) -> None:
    resp = client.get(
        "/sparql",
        query_string={"query": f"ASK {{ <{EX}thing/1> <{EX}linksTo> ?x ; <{EX}label> ?l }}"},
        headers={"Accept": "application/json"},
    )
    assert resp.get_json()["boolean"] is True


# --- result formats ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "mimetype", "check"),
    [
        (
            "application/sparql-results+json",
            "application/sparql-results+json",
            lambda b: json.loads(b)["head"],
        ),
        ("application/sparql-results+xml", "application/sparql-results+xml", lambda b: b"<sparql" in b),
        ("text/csv", "text/csv", lambda b: b.startswith(b"n\r\n")),
        ("text/tab-separated-values", "text/tab-separated-values", lambda b: b.startswith(b"?n\n")),
    ],
)
def test_select_in_each_results_format(client: FlaskClient, accept: str, mimetype: str, check) -> None:
    resp = client.get("/sparql", query_string={"query": COUNT}, headers={"Accept": accept})
    assert resp.status_code == 200 and resp.mimetype == mimetype
    assert check(resp.data) and str(TOTAL).encode() in resp.data


@pytest.mark.parametrize(
    ("accept", "mimetype", "fmt"),
    [
        ("text/turtle", "text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/n-quads", "application/n-quads", ox.RdfFormat.N_QUADS),
        ("application/ld+json", "application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
    ],
)
def test_construct_in_each_rdf_format(
    client: FlaskClient, accept: str, mimetype: str, fmt: ox.RdfFormat
) -> None:
    resp = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": accept})
    assert resp.status_code == 200 and resp.mimetype == mimetype
    assert len(list(ox.parse(resp.data, format=fmt))) == 10


def test_ask_in_xml(client: FlaskClient) -> None:
    resp = client.get(
        "/sparql",
        query_string={"query": "ASK { ?s ?p ?o }"},
        headers={"Accept": "application/sparql-results+xml"},
    )
    assert b"<boolean>true</boolean>" in resp.data


def test_describe_returns_the_resource(client: FlaskClient) -> None:
    resp = client.get(
        "/sparql",
        query_string={"query": f"DESCRIBE <{EX}thing/3>"},
        headers={"Accept": "application/n-triples"},
    )
    triples = list(ox.parse(resp.data, format=ox.RdfFormat.N_TRIPLES))
    assert {t.predicate.value for t in triples} == {
        EX + "label",
        EX + "n",
        EX + "linksTo",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
    }


# --- content negotiation -------------------------------------------------------------------------------


def test_q_values_pick_the_preferred_format(client: FlaskClient) -> None:
    resp = client.get(
        "/sparql",
        query_string={"query": COUNT},
        headers={"Accept": "application/sparql-results+json;q=0.5, text/csv;q=0.9"},
    )
    assert resp.mimetype == "text/csv"


def test_star_star_gets_json_for_select(client: FlaskClient) -> None:
    resp = client.get("/sparql", query_string={"query": COUNT}, headers={"Accept": "*/*"})
    assert resp.mimetype == "application/sparql-results+json"


def test_star_star_gets_turtle_for_construct(client: FlaskClient) -> None:
    resp = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": "*/*"})
    assert resp.mimetype == "text/turtle"


def test_application_star_gets_an_application_format(client: FlaskClient) -> None:
    resp = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": "application/*"})
    assert resp.mimetype.startswith("application/")


def test_browser_accept_header_gets_an_html_table(client: FlaskClient) -> None:
    resp = client.get(
        "/sparql",
        query_string={"query": f"SELECT ?s WHERE {{ ?s <{EX}linksTo> ?o }}"},
        headers={"Accept": BROWSER},
    )
    assert resp.mimetype == "text/html"
    assert resp.get_data(as_text=True).count("<tr><td>") == 10


def test_format_parameter_overrides_accept(client: FlaskClient) -> None:
    resp = client.get("/sparql", query_string={"query": COUNT, "format": "tsv"}, headers={"Accept": BROWSER})
    assert resp.mimetype == "text/tab-separated-values"


def test_format_json_for_a_graph_means_json_ld(client: FlaskClient) -> None:
    resp = client.get("/sparql", query_string={"query": CONSTRUCT, "format": "json"})
    assert resp.mimetype == "application/ld+json"


def test_unacceptable_accept_is_406(client: FlaskClient) -> None:
    resp = client.get("/sparql", query_string={"query": COUNT}, headers={"Accept": "image/png"})
    assert resp.status_code == 406
    assert resp.get_json()["error"]["status"] == 406


def test_graph_format_for_a_select_is_406(client: FlaskClient) -> None:
    resp = client.get("/sparql", query_string={"query": COUNT}, headers={"Accept": "text/turtle"})
    assert resp.status_code == 406


def test_unknown_format_parameter_is_406(client: FlaskClient) -> None:
    resp = client.get("/sparql", query_string={"query": COUNT, "format": "yaml"})
    assert resp.status_code == 406


# --- descriptions ---------------------------------------------------------------------------------------


def test_service_description_in_turtle(client: FlaskClient) -> None:
    resp = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert resp.mimetype == "text/turtle"
    g = list(ox.parse(resp.data, format=ox.RdfFormat.TURTLE))
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert any(t.predicate.value == sd + "endpoint" for t in g)
    assert any(t.object == ox.NamedNode(sd + "UnionDefaultGraph") for t in g)


def test_service_description_in_json_ld(client: FlaskClient) -> None:
    resp = client.get("/sparql", headers={"Accept": "application/ld+json"})
    assert resp.mimetype == "application/ld+json"
    assert list(ox.parse(resp.data, format=ox.RdfFormat.JSON_LD))


def test_service_description_for_a_browser_is_a_page(client: FlaskClient) -> None:
    resp = client.get("/sparql", headers={"Accept": BROWSER})
    assert resp.mimetype == "text/html" and "sd:Service" in resp.get_data(as_text=True)


def test_void_counts_classes_and_named_graphs(client: FlaskClient) -> None:
    resp = client.get("/.well-known/void", headers={"Accept": "application/n-triples"})
    assert resp.status_code == 200
    g = list(ox.parse(resp.data, format=ox.RdfFormat.N_TRIPLES))
    void = "http://rdfs.org/ns/void#"
    triples_of = {t.subject: int(t.object.value) for t in g if t.predicate.value == void + "triples"}
    assert triples_of[G1] == 900 and triples_of[G2] == 10
    partitions = {t.object for t in g if t.predicate.value == void + "classPartition"}
    entities = [t for t in g if t.subject in partitions and t.predicate.value == void + "entities"]
    assert [int(t.object.value) for t in entities] == [300]


# --- CORS and caching ----------------------------------------------------------------------------------


def test_cors_allows_any_origin(client: FlaskClient) -> None:
    resp = client.get(
        "/sparql", query_string={"query": COUNT}, headers={"Origin": "https://elsewhere.example"}
    )
    assert resp.headers["Access-Control-Allow-Origin"] == "*"


def test_cors_preflight(client: FlaskClient) -> None:
    resp = client.options(
        "/sparql", headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"}
    )
    assert resp.status_code == 200
    assert "POST" in resp.headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in resp.headers["Access-Control-Allow-Headers"]


def test_etag_revalidation_answers_304(client: FlaskClient) -> None:
    first = client.get("/sparql", query_string={"query": COUNT})
    etag = first.headers["ETag"]
    again = client.get("/sparql", query_string={"query": COUNT}, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""


def test_etag_differs_per_query(client: FlaskClient) -> None:
    a = client.get("/sparql", query_string={"query": COUNT}).headers["ETag"]
    b = client.get("/sparql", query_string={"query": "ASK {}"}).headers["ETag"]
    assert a != b


def test_last_modified_revalidation_answers_304(client: FlaskClient) -> None:
    first = client.get("/sparql", query_string={"query": COUNT})
    again = client.get(
        "/sparql",
        query_string={"query": COUNT},
        headers={"If-Modified-Since": first.headers["Last-Modified"]},
    )
    assert again.status_code == 304


def test_a_new_build_changes_the_answer_and_the_etag(tmp_path: Path) -> None:
    publish_store(tmp_path, sample_quads(5))
    app = create_app({"STORE": tmp_path, "TESTING": True, "ENGINES": 1, "RATE_LIMIT": 0})
    try:
        c = app.test_client()
        first = c.get("/sparql", query_string={"query": COUNT}, headers={"Accept": "application/json"})
        assert count_of(first) == 25
        publish_store(tmp_path, sample_quads(7))
        import time

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # the old engines answer until the new ones are up
            resp = c.get("/sparql", query_string={"query": COUNT}, headers={"Accept": "application/json"})
            if count_of(resp) == 31:
                break
            time.sleep(0.05)
        assert count_of(resp) == 31
        assert resp.headers["ETag"] != first.headers["ETag"]
    finally:
        app.extensions["vankien.engine"].close()


# --- Graph Store Protocol reads ------------------------------------------------------------------------


def test_graph_store_get_of_a_named_graph(client: FlaskClient) -> None:
    resp = client.get(
        "/graph-store", query_string={"graph": G2.value}, headers={"Accept": "application/n-triples"}
    )
    assert resp.status_code == 200
    assert len(list(ox.parse(resp.data, format=ox.RdfFormat.N_TRIPLES))) == 10


def test_graph_store_get_of_a_missing_graph_is_404(client: FlaskClient) -> None:
    resp = client.get("/graph-store", query_string={"graph": EX + "nothing"})
    assert resp.status_code == 404
