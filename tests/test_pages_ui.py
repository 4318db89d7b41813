"""Pages of the invented UI corpus (tests/fixtures/ui): content checked with CSS selectors."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from pages_helpers import KH12, KH30, KH70, KL21, build_ui_store, html, texts, ui_plans

from server import create_app


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    root = build_ui_store(tmp_path_factory.mktemp("ui-store"))
    return create_app({"STORE": root, "TESTING": True})


@pytest.fixture
def client(app):  # type: ignore[no-untyped-def]
    return app.test_client()  # a new one per test: no language cookie left over


def path(iri: str) -> str:
    return iri.removeprefix("https://vankien.example.org")


def test_home_counts_and_recent_plans(client) -> None:  # type: ignore[no-untyped-def]
    doc = html(client.get("/"))
    assert texts(doc, "[data-count=plans] .n") == ["4"]
    assert texts(doc, "[data-count=tasks] .n") == ["8"]
    recent = texts(doc, "#plans tr.plan td:first-child a")
    assert recent[0] == "Kế hoạch số 12-KH/HU"  # newest first (15/06/2023)
    assert "Kế hoạch số 30-KH/TU" in recent
    by_province = dict(zip(texts(doc, "#by-province td a"), texts(doc, "#by-province td.num"), strict=True))
    assert by_province["Sóc Trăng"] == "3" and by_province["Bạc Liêu"] == "1"
    assert doc.cssselect("#entry-points a[href='/editor']")


def test_home_counts_the_triples_of_the_named_graphs(app, client) -> None:  # type: ignore[no-untyped-def]
    """Not the store's quads: the default graph repeats every triple of the named graphs."""
    from vankien.store import count_named_quads, current_build

    store = current_build(app.config["STORE"]).open()
    shown = texts(html(client.get("/")), "[data-count=triples] .n")
    assert shown == [str(count_named_quads(store))]
    assert count_named_quads(store) < len(store)


def test_documents_facets_filter_and_count(client) -> None:  # type: ignore[no-untyped-def]
    doc = html(client.get("/documents?level=district"))
    assert texts(doc, "#total") == ["2"]
    assert sorted(texts(doc, "#documents td:first-child > a")) == [
        "Kế hoạch số 05-KH/HU",
        "Kế hoạch số 12-KH/HU",
    ]
    level = {li.get("data-value"): li for li in doc.cssselect("[data-facet=level] li")}
    assert "selected" in level["district"].get("class")
    # the counts of one facet do not depend on its own selection
    assert " ".join(level["province"].text_content().split()).endswith("2")
    years = {
        li.get("data-value"): li.cssselect(".count")[0].text for li in doc.cssselect("[data-facet=year] li")
    }
    assert years == {"2023": "2"}
    link = doc.cssselect("[data-facet=year] li a")[0].get("href")
    assert "level=district" in link and "year=2023" in link  # bookmarkable, filters kept
    data = client.get("/documents?type=Kết luận&format=json").get_json()
    assert {d["key"] for d in data["documents"]} == {"21-KL/TW"}


def test_bodies_facets(client) -> None:  # type: ignore[no-untyped-def]
    doc = html(
        client.get("/bodies?level=district&system=party&province=https://vankien.example.org/place/soc-trang")
    )
    names = texts(doc, "#bodies td:first-child a")
    assert "Huyện ủy Mỹ Tú" in names and "Tỉnh ủy Sóc Trăng" not in names
    doc_en = html(client.get("/bodies?level=central&lang=en"))
    assert "Politburo" in texts(doc_en, "#bodies td:first-child a")


def test_hierarchy_tree_and_breadcrumbs(client) -> None:  # type: ignore[no-untyped-def]
    doc = html(client.get("/hierarchy"))
    country = doc.cssselect("#tree > ul > li.place")[0]
    assert country.get("data-iri").endswith("/place/vn")
    soc_trang = doc.cssselect("li.place[data-iri$='/place/soc-trang']")[0]
    assert soc_trang.cssselect("li.place[data-iri$='/place/soc-trang/my-tu']")
    assert soc_trang.cssselect("details[open]")
    # a district body's page has its places as breadcrumbs
    page = html(client.get("/body/soc-trang/my-tu/party/ban-tuyen-giao"))
    assert texts(page, ".crumbs li a")[:3] == ["Việt Nam", "Sóc Trăng", "Mỹ Tú"]
    assert texts(page, "h1") == ["Ban Tuyên giáo Huyện ủy Mỹ Tú"]


def test_plan_page(client) -> None:  # type: ignore[no-untyped-def]
    doc = html(client.get(path(KH70)))
    assert texts(doc, "h1") == ["Kế hoạch số 70-KH/TU"]
    assert texts(doc, "#metadata .date") == ["23/05/2023"]
    assert texts(doc, "#metadata .issuer a") == ["Ban Thường vụ Tỉnh ủy Sóc Trăng"]
    carries = doc.cssselect("ul.implements a.carries-out")
    assert [a.text for a in carries] == ["Kết luận số 21-KL/TW"] and carries[0].get("href") == path(KL21)
    rows = doc.cssselect("#tasks tr.task")
    assert len(rows) == 3
    first = rows[0]
    assert texts(first, ".assignee") == ["Ban Tuyên giáo Tỉnh ủy"]
    assert first.cssselect(".assignee a")[0].get("href") == "/body/soc-trang/party/ban-tuyen-giao"
    assert texts(first, ".coordinators") == ["Ban Tổ chức Tỉnh ủy"]
    assert len(first.cssselect(".duties li")) == 2 and texts(first, ".deadline") == ["2023-11-30"]
    assert texts(first, ".reports a") == ["Ban Thường vụ Tỉnh ủy"]
    # the task's source link points at the line it was read from, which is highlighted there
    href = first.cssselect("a.src")[-1].get("href")
    line = doc.cssselect(href)[0]
    assert "Ban Tuyên giáo Tỉnh ủy chủ trì" in line.text_content()
    assert line.cssselect("mark.fact[data-facts~=fact-task-1]")
    assert doc.cssselect("#L8 mark.k-implements")  # "Thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021"
    assert doc.cssselect("#L8 mark[data-facts~=fact-cited-1]")
    assert texts(doc, "#recipients li")[0].startswith("Ban Bí thư Trung ương Đảng")
    assert doc.cssselect("link[rel=alternate][type='text/turtle']")[0].get("href") == path(KH70) + ".ttl"
    # incoming: the district plan carries it out
    assert path(KH12) in [a.get("href") for a in doc.cssselect(".facts.in a")]


def test_entity_page_labels_not_iris(client) -> None:  # type: ignore[no-untyped-def]
    doc = html(client.get(path(KL21)))
    assert texts(doc, "h1") == ["Kết luận số 21-KL/TW"]
    incoming = {dt.text.strip(): dt for dt in doc.cssselect("#incoming dt")}
    assert "Được thực hiện bởi" in incoming
    carried = texts(doc, "#incoming dt[data-predicate$='carriesOut'] + dd a")
    assert sorted(carried) == ["Kế hoạch số 30-KH/TU", "Kế hoạch số 70-KH/TU"]
    assert not [a for a in doc.cssselect("#outgoing a, #incoming a") if a.text and a.text.startswith("http")]
    for media in ("text/turtle", "application/ld+json", "application/n-triples"):
        assert doc.cssselect(f"link[rel=alternate][type='{media}']")
    body = html(client.get("/body/soc-trang/party/ban-tuyen-giao"))
    received = texts(body, "#incoming dt[data-predicate$='#assignee'] + dd a")
    assert received == ["Nhiệm vụ 1 — Kế hoạch số 70-KH/TU"]
    members = texts(
        html(client.get("/body/soc-trang/party/ban-chap-hanh")),
        "#incoming dt[data-predicate$='subOrganizationOf'] + dd a",
    )
    assert "Ban Tuyên giáo Tỉnh ủy Sóc Trăng" in members


ENTITIES = {
    "document": KL21,
    "plan": KH70,
    "body": "https://vankien.example.org/body/soc-trang/party/ban-tuyen-giao",
    "task": KH70 + "/task/1",
    "person": "https://vankien.example.org/person/soc-trang/lam-van-man",
    "place": "https://vankien.example.org/place/soc-trang/my-tu",
}
FORMATS = {
    "ttl": ("text/turtle", ox.RdfFormat.TURTLE),
    "jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD),
    "nt": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
}


@pytest.mark.parametrize("kind", ENTITIES)
@pytest.mark.parametrize("fmt", FORMATS)
def test_content_negotiation_parses(client, kind: str, fmt: str) -> None:  # type: ignore[no-untyped-def]
    iri = ENTITIES[kind]
    media, rdf_format = FORMATS[fmt]
    for resp in (client.get(path(iri) + "." + fmt), client.get(path(iri), headers={"Accept": media})):
        assert resp.status_code == 200 and resp.mimetype == media
        triples = list(ox.parse(resp.data, format=rdf_format))
        assert any(t.subject == ox.NamedNode(iri) for t in triples), kind
    browser = client.get(path(iri), headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert browser.mimetype == "text/html"


def test_iri_lookup_and_unknown(client) -> None:  # type: ignore[no-untyped-def]
    resp = client.get("/id", query_string={"iri": KL21})
    assert resp.status_code == 303 and resp.headers["Location"].endswith(path(KL21))
    onto = html(client.get("/id", query_string={"iri": "https://vankien.example.org/ontology#Plan"}))
    assert texts(onto, "h1") == ["Kế hoạch"]
    assert client.get("/doc/vn/no-such-doc").status_code == 404
    assert client.get("/plan/tu-soc-trang-kh-70").headers["Location"].endswith(path(KH70))


def test_chain_of_implementation(client) -> None:  # type: ignore[no-untyped-def]
    doc = html(client.get("/chain", query_string={"iri": KL21}))
    steps = {r.cssselect("a")[0].text: r for r in doc.cssselect("#chain-table tr.step")}
    assert set(steps) == {"Kế hoạch số 30-KH/TU", "Kế hoạch số 70-KH/TU", "Kế hoạch số 12-KH/HU"}
    assert texts(steps["Kế hoạch số 70-KH/TU"], ".lag-days") == ["575"]  # 25/10/2021 -> 23/05/2023
    assert texts(steps["Kế hoạch số 12-KH/HU"], ".lag-days") == ["23"]  # 23/05/2023 -> 15/06/2023
    assert steps["Kế hoạch số 12-KH/HU"].get("data-level") == "district"
    assert texts(doc, "#missing li a") == [
        "Kế Sách"
    ]  # a district with plans in the graph, none of this chain
    svg = doc.cssselect("#graph-view svg")[0]
    assert len(svg.cssselect("g.node")) >= 4 and svg.cssselect("line.carries")
    data = client.get("/chain", query_string={"iri": KH70, "format": "json"}).get_json()
    assert [s["label"] for s in data["chain"]] == ["Kế hoạch số 12-KH/HU"] and data["without_plan"][0][
        "label"
    ] == "Kế Sách"


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("tinh uy soc trang", "Tỉnh ủy Sóc Trăng"),
        ("ket luan 21", "Kết luận số 21-KL/TW"),
        ("HUYEN UY MY TU", "Huyện ủy Mỹ Tú"),
    ],
)
def test_search_ignores_diacritics_and_case(client, query: str, first: str) -> None:  # type: ignore[no-untyped-def]
    doc = html(client.get("/search", query_string={"q": query}))
    hits = doc.cssselect("#hits li.hit")
    assert " ".join(hits[0].cssselect("a")[0].text_content().split()) == first
    assert hits[0].cssselect("mark")
    data = client.get("/search.json", query_string={"q": query}).get_json()
    assert data["results"][0]["label"] == first and data["results"][0]["url"].startswith("/")


def test_search_finds_plan_lines(client) -> None:  # type: ignore[no-untyped-def]
    data = client.get("/search.json", query_string={"q": "bien soan tai lieu", "kind": "line"}).get_json()
    line = ui_plans.src("hu-my-tu-kh-12.txt", "Biên soạn tài liệu")["lines"][0]
    assert data["results"] and data["results"][0]["url"] == path(KH12) + f"#L{line}"


def test_resolver(client) -> None:  # type: ignore[no-untyped-def]
    text = "Kế hoạch số 70-KH/TU ngày 23/5/2023 của Ban Thường vụ Tỉnh ủy Sóc Trăng"
    resp = client.get("/resolve", query_string={"text": text})
    assert resp.status_code == 303 and resp.headers["Location"].endswith(path(KH70))
    # "70-KH/TU" alone is unique here; "21-KL/TW" names two documents (one cited without a date)
    doc = html(client.get("/resolve", query_string={"text": "Kết luận 21-KL/TW"}))
    assert len(doc.cssselect("#candidates li.candidate")) == 2
    data = client.get(
        "/resolve", query_string={"text": "Kế hoạch số 30-KH/TU của Tỉnh ủy Bạc Liêu", "format": "json"}
    ).get_json()
    assert data["match"] == KH30


def test_editor_serves_yasgui_and_examples(client) -> None:  # type: ignore[no-untyped-def]
    doc = html(client.get("/editor"))
    assert not doc.cssselect("#assets-missing"), "YASGUI is not installed: run `make setup` (npm install)"
    scripts = [s.get("src") for s in doc.cssselect("script[src]")]
    assert "/assets/yasgui/yasgui.min.js" in scripts and all(s.startswith("/") for s in scripts)
    assert client.get("/assets/yasgui/yasgui.min.js").status_code == 200
    import queries

    titles = [b.text_content() for b in doc.cssselect("#examples button.example")]
    assert titles == [q.title for q in queries.library()] and len(titles) >= 15
    assert not any(t.lower().startswith("title:") for t in titles)


def test_validation_links(client) -> None:  # type: ignore[no-untyped-def]
    doc = html(client.get("/validation"))
    for a in doc.cssselect("a.focus"):
        assert not a.text.startswith("http")


def test_english_switch(client) -> None:  # type: ignore[no-untyped-def]
    resp = client.get("/?lang=en")
    doc = html(resp)
    assert doc.get("lang") == "en" and "What the graph holds" in texts(doc, "h2")
    assert "lang=en" in resp.headers.get("Set-Cookie", "")
    assert html(client.get("/")).get("lang") == "en"  # remembered
    assert html(client.get("/?lang=vi")).get("lang") == "vi"


def test_phone_viewport(client) -> None:  # type: ignore[no-untyped-def]
    doc = html(client.get("/"))
    assert doc.cssselect("meta[name=viewport][content*='width=device-width']")


def test_pages_are_autoescaped(client) -> None:  # type: ignore[no-untyped-def]
    doc = html(client.get("/search", query_string={"q": "<script>alert(1)</script>"}))
    assert not doc.cssselect("main script")


def test_ontology_documentation_page_and_its_turtle(client) -> None:  # type: ignore[no-untyped-def]
    from rdflib import Graph

    doc = html(client.get("/ontology"))
    assert "Vankien" in doc.cssselect("title")[0].text_content()
    twin = doc.cssselect('link[rel="alternate"][type="text/turtle"]')[0].get("href")
    g = Graph().parse(data=client.get(twin).get_data(as_text=True), format="turtle")
    labels = {str(o) for o in g.objects(None, None) if getattr(o, "language", None) == "en"}
    body = doc.text_content()
    assert "Task" in body and any(label in body for label in labels)
