"""Every page of the sample plans' graph renders, and every kind of entity negotiates parseable RDF."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pyoxigraph as ox
import pytest

from server import create_app


@pytest.fixture(scope="module")
def app(seeds_store: Path):  # type: ignore[no-untyped-def]
    return create_app({"STORE": seeds_store, "TESTING": True})


def test_every_page_renders(app) -> None:  # type: ignore[no-untyped-def]
    client = app.test_client()
    with app.test_request_context():
        from server.pages.sitemap import page_urls

        urls = page_urls(reference=False)
    kinds = {k for k, _u in urls}
    assert {"plan", "document", "body", "place", "entity", "chain"} <= kinds
    bad = []
    for kind, url in urls:
        resp = client.get(url)
        if kind == "resolve" and resp.status_code == 303:
            continue
        if resp.status_code != 200:
            bad.append((url, resp.status_code))
            continue
        page = lxml.html.fromstring(resp.get_data(as_text=True))
        if not page.cssselect("h1"):
            bad.append((url, "no h1"))
        raw = [
            a.text for a in page.cssselect("main a") if a.text and a.text.startswith(("http://", "https://"))
        ]
        if raw and kind not in ("validation",):
            bad.append((url, f"raw IRIs as link text: {raw[:3]}"))
    assert not bad, bad


def test_every_plan_page_shows_tasks_and_highlighted_source(app) -> None:  # type: ignore[no-untyped-def]
    client = app.test_client()
    plans = client.get("/plans.json").get_json()["plans"]
    assert len(plans) == 5
    for p in plans:
        page = lxml.html.fromstring(client.get(p["url"]).get_data(as_text=True))
        assert page.cssselect("#source-text .ln"), p["url"]
        assert page.cssselect("#source-text mark.fact"), p["url"]
        facts = client.get(f"/plan/{p['name']}.json").get_json()
        assert len(page.cssselect("#tasks tr.task")) == len(facts.get("tasks") or []), p["url"]


@pytest.mark.parametrize(
    "cls",
    [
        "vk:AnalysedPlan",
        "vk:Document",
        "org:Organization",
        "vk:Task",
        "foaf:Person",
        "vk:Jurisdiction",
        "vk:Section",
    ],
)
@pytest.mark.parametrize(("suffix", "media", "fmt"), [
    ("ttl", "text/turtle", ox.RdfFormat.TURTLE),
    ("jsonld", "application/ld+json", ox.RdfFormat.JSON_LD),
    ("nt", "application/n-triples", ox.RdfFormat.N_TRIPLES),
])  # fmt: skip
def test_rdf_of_every_kind(app, cls: str, suffix: str, media: str, fmt: ox.RdfFormat) -> None:  # type: ignore[no-untyped-def]
    store = app.extensions["vankien.store"].store
    from ontology.vocab import sparql_prefixes

    iris = [s["s"].value for s in store.query(
        sparql_prefixes() + f"SELECT DISTINCT ?s WHERE {{ ?s a {cls} }} ORDER BY ?s LIMIT 3")]  # fmt: skip
    assert iris, f"no {cls} in the seeds' graph"
    client = app.test_client()
    for iri in iris:
        path = iri.removeprefix("https://vankien.example.org")
        for resp in (client.get(path + "." + suffix), client.get(path, headers={"Accept": media})):
            assert resp.status_code == 200 and resp.mimetype == media, (iri, resp.status_code)
            triples = list(ox.parse(resp.data, format=fmt))
            assert any(t.subject.value == iri for t in triples)


def test_search_seeds(app) -> None:  # type: ignore[no-untyped-def]
    client = app.test_client()
    first = client.get("/search.json", query_string={"q": "tinh uy soc trang"}).get_json()["results"][0]
    assert first["label"] == "Tỉnh ủy Sóc Trăng"
    hits = client.get("/search.json", query_string={"q": "ket luan 21"}).get_json()["results"]
    assert any(h["label"] == "Kết luận số 21-KL/TW" for h in hits[:3])
