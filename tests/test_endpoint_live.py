"""The real server in a subprocess, queried over HTTP by real clients."""

from __future__ import annotations

import lxml.html
import requests
from conftest import LiveServer
from SPARQLWrapper import JSON, SPARQLWrapper


def test_sparqlwrapper_counts_quads_over_http(live_server: LiveServer) -> None:
    client = SPARQLWrapper(live_server.sparql)
    client.setQuery("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    client.setReturnFormat(JSON)
    result = client.query().convert()
    assert int(result["results"]["bindings"][0]["n"]["value"]) > 1000


def test_sparqlwrapper_post_sees_the_union_default_graph(live_server: LiveServer) -> None:
    client = SPARQLWrapper(live_server.sparql)
    client.setMethod("POST")
    client.setQuery("ASK { ?s ?p ?o }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True


def test_curl_style_form_post_of_the_readme(live_server: LiveServer) -> None:
    resp = requests.post(
        live_server.sparql,
        data={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=10,
    )
    assert resp.status_code == 200
    assert resp.headers["Content-Type"].startswith("application/sparql-results+json")
    assert int(resp.json()["results"]["bindings"][0]["n"]["value"]) > 0


def test_home_page_lists_the_five_plans_with_links(live_server: LiveServer) -> None:
    resp = requests.get(live_server.url + "/", headers={"Accept": "text/html"}, timeout=10)
    assert resp.status_code == 200
    page = lxml.html.fromstring(resp.text)
    rows = page.cssselect("table#plans tr.plan")
    assert len(rows) == 5
    for link in page.cssselect("table#plans tr.plan a"):
        plan = requests.get(live_server.url + link.get("href"), timeout=10)
        assert plan.status_code == 200
        plan_page = lxml.html.fromstring(plan.text)
        assert plan_page.cssselect("h1")[0].text_content().strip()
        assert plan_page.cssselect('link[rel="alternate"]')
    twin = page.cssselect('link[rel="alternate"]')[0].get("href")
    assert len(requests.get(live_server.url + twin, timeout=10).json()["plans"]) == 5
