"""Facts -> RDF: IRIs from identity, provenance to file and line, labels as written, docs page."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF, SKOS

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "shapes"))
import shape_fixtures as fx

from ontology.bodies import Context, resolve_body
from ontology.docs import ontology_html
from ontology.iris import plan_graph_iri
from ontology.places import Place, parse_jurisdiction
from ontology.rdf import ontology_graph, plan_to_graph, plan_to_ntriples, reference_graph
from ontology.vocab import ELI, ORG, VK

B = "https://vankien.example.org/"


def test_same_document_cited_by_two_plans_is_one_node() -> None:
    a = fx.province_plan(cites=[fx.central("20-KL/TW", "2022-03-01", "p_tinh.txt", 30)])
    b = fx.district_plan(cites=[fx.central("20-KL/TW", "2022-03-01", "p_huyen.txt", 31)])
    _, ga = plan_to_graph(a)
    _, gb = plan_to_graph(b)
    node = URIRef(B + "doc/vn/20-kl-tw/khoa-xiii")
    assert (None, ELI.cites, node) in ga and (None, ELI.cites, node) in gb


def test_same_key_in_two_provinces_is_two_nodes() -> None:
    a = fx.province_plan(
        cites=[
            fx.cited(
                "70-KH/TU",
                "Kế hoạch",
                "2023-05-23",
                "Ban Thường vụ Tỉnh ủy",
                "province:Sóc Trăng",
                "a.txt",
                5,
            )
        ]
    )
    b = fx.province_plan(
        cites=[
            fx.cited(
                "70-KH/TU",
                "Kế hoạch",
                "2023-05-23",
                "Ban Thường vụ Tỉnh ủy",
                "province:Thanh Hóa",
                "b.txt",
                5,
            )
        ]
    )
    docs = {str(o) for facts in (a, b) for o in plan_to_graph(facts)[1].objects(None, ELI.cites)}
    assert B + "doc/soc-trang/70-kh-tu/2023" in docs and B + "doc/thanh-hoa/70-kh-tu/2023" in docs


def test_numbering_restarts_per_term() -> None:
    a = fx.province_plan(cites=[fx.central("18-NQ/TW", "2017-10-25"), fx.central("18-NQ/TW", "2022-06-16")])
    cited = {str(o) for o in plan_to_graph(a)[1].objects(None, ELI.cites)}
    assert {B + "doc/vn/18-nq-tw/khoa-xii", B + "doc/vn/18-nq-tw/khoa-xiii"} <= cited


def test_base_is_configurable_and_graph_iri_stable() -> None:
    facts = fx.province_plan()
    assert plan_graph_iri(facts) == B + "graph/nghe-an/12-kh-tu/2023"
    iri, g = plan_to_graph(facts, base="http://example.com/kg/")
    assert iri == "http://example.com/kg/graph/nghe-an/12-kh-tu/2023"
    assert all(not str(s).startswith(B) for s in g.subjects())
    unnumbered = fx.province_plan(key=None)
    assert plan_graph_iri(unnumbered) == plan_graph_iri(json.loads(json.dumps(unnumbered)))
    assert "/ke-hoach/" in plan_graph_iri(unnumbered)


def test_sparql_from_a_task_to_its_file_line_and_quote() -> None:
    iri, g = plan_to_graph(fx.province_plan())
    store = ox.Store()
    store.load(g.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri))
    q = """PREFIX vk: <https://vankien.example.org/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
    SELECT ?name ?file ?line ?quote WHERE { GRAPH ?g {
        ?task a vk:Task ; vk:assigneeName ?name ; prov:wasDerivedFrom ?ex .
        ?ex vk:sourceFile ?file ; vk:firstLine ?line ; prov:value ?quote } }"""
    rows = [
        (r["name"].value, r["file"].value, int(r["line"].value), r["quote"].value) for r in store.query(q)
    ]
    assert rows == [("Ban Tuyên giáo Tỉnh ủy", "p_tinh.txt", 59, "Ban Tuyên giáo Tỉnh ủy")]


def test_bodies_keep_the_spelling_and_resolve_in_context() -> None:
    _, g = plan_to_graph(fx.district_plan())
    body = URIRef(B + "body/nghe-an/nam-dan/party/ban-tuyen-giao")
    assert (body, SKOS.altLabel, Literal("Ban Tuyên giáo Huyện ủy", lang="vi")) in g
    assert (body, VK.level, VK["level-district"]) in g
    ref = resolve_body("UBND huyện", Context(Place("district", "Hậu Lộc", "Thanh Hóa"), "party"))
    assert ref.resolved and ref.kind is not None and ref.kind.cls == "PeoplesCommittee"
    ref = resolve_body("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng")
    assert (
        ref.kind is not None
        and ref.kind.cls == "FrontStandingBoard"
        and ref.place == Place("province", "Sóc Trăng")
    )
    assert not resolve_body("Ban Thường vụ Tỉnh ủy", Context(None, "party")).resolved


def test_jurisdiction_strings() -> None:
    assert parse_jurisdiction("district:Hậu Lộc, Thanh Hóa") == Place("district", "Hậu Lộc", "Thanh Hóa")
    assert parse_jurisdiction("bloc:Đảng bộ Khối các cơ quan tỉnh, Quảng Nam").level == "province"  # type: ignore[union-attr]
    assert parse_jurisdiction("unknown") is None


def test_reference_graph_has_central_and_provincial_bodies() -> None:
    g = reference_graph()
    assert (URIRef(B + "body/vn/party/bo-chinh-tri"), RDF.type, VK.Politburo) in g
    # the 63 provinces of 2023 and the 23 formed by merging on 1 July 2025 (11 were left as they were)
    assert len(set(g.subjects(RDF.type, VK.PeoplesCommittee))) == 63 + 23
    district = reference_graph(places=[Place("district", "Hậu Lộc", "Thanh Hóa")])
    assert (
        URIRef(B + "body/thanh-hoa/hau-loc/state/uy-ban-nhan-dan"),
        RDF.type,
        VK.PeoplesCommittee,
    ) in district


def test_ontology_labels_in_two_languages_and_docs_page() -> None:
    g = ontology_graph()
    from rdflib.namespace import OWL, RDFS

    for c in g.subjects(RDF.type, OWL.Class):
        if str(c).startswith(str(VK)):
            langs = {lit.language for lit in g.objects(c, RDFS.label)}
            assert {"vi", "en"} <= langs, c
            dlangs = {lit.language for lit in g.objects(c, SKOS.definition)}
            assert {"vi", "en"} <= dlangs, c
    html = ontology_html()
    assert "vk:carriesOut" in html and "Kế hoạch" in html and html.startswith("<!doctype html>")


def test_gold_files_map_without_error(gold_dir: Path) -> None:
    files = sorted(gold_dir.glob("*.json"))
    assert files
    for f in files:
        iri, g = plan_to_graph(json.loads(f.read_text(encoding="utf-8")))
        assert iri.startswith(B + "graph/") and len(g) > 200


def test_the_builds_ntriples_are_the_graph_of_the_plan(gold_dir: Path) -> None:
    # the build writes N-Triples itself (no rdflib graph): they must parse to exactly plan_to_graph's triples
    for f in sorted(gold_dir.glob("*.json")):
        facts = json.loads(f.read_text(encoding="utf-8"))
        iri, own, shared = plan_to_ntriples(facts)
        nt = own + shared
        parsed = Graph().parse(data=nt.decode("utf-8"), format="nt")
        iri2, g = plan_to_graph(facts)
        assert iri == iri2 and len(parsed) == len(g) > 200
        assert isomorphic(parsed, g)
        ox_triples = list(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES))
        assert len(ox_triples) == len(g)


def test_bodies_and_places_are_described_apart_and_what_the_plan_says_of_them_stays(gold_dir: Path) -> None:
    for f in sorted(gold_dir.glob("*.json")):
        made = plan_to_ntriples(json.loads(f.read_text(encoding="utf-8")))
        own = Graph().parse(data=made.own.decode("utf-8"), format="nt")
        shared = Graph().parse(data=made.shared.decode("utf-8"), format="nt")
        described = set(shared.subjects(RDF.type, ORG.Organization)) | set(
            shared.subjects(RDF.type, VK.Jurisdiction)
        )
        assert described
        # the shared part holds the reference descriptions, and nothing read from the plan
        assert not set(shared.subjects(PROV.wasDerivedFrom, None))
        assert not [
            b for b in shared.subjects(RDF.type, ORG.Organization) if (b, SKOS.altLabel, None) in shared
        ]
        assert not set(own.subjects(RDF.type, VK.Jurisdiction))
        # the bodies the plan names keep, in its graph, the spelling it used
        issuers = set(own.objects(None, ELI.passed_by))
        assert issuers and issuers <= described | set(own.subjects(RDF.type, VK.Body))
        assert all(own.value(b, SKOS.altLabel) is not None for b in issuers)


def test_labels_keep_correct_spelling_and_modernise_only_old_tone_marks() -> None:
    from ontology.text import nfc

    assert nfc("Kế hoạch") == "Kế hoạch" and nfc("Quý IV") == "Quý IV" and nfc("hoàng") == "hoàng"
    assert nfc("Thanh  Hoá, Huyện uỷ") == "Thanh Hóa, Huyện ủy"


def test_ntriples_writer_escapes_what_ntriples_must() -> None:
    from ontology.triples import TripleSet

    ts = TripleSet()
    s = URIRef(B + "x")
    text = 'a "quoted" \\ back\nslash\r end — Tỉnh ủy'
    ts.add((s, SKOS.prefLabel, Literal(text, lang="vi")))
    ts.add((s, VK.firstLine, Literal(12)))
    ts.add((s, VK.sourceFile, Literal("plain")))
    ts.add((s, SKOS.note, URIRef(B + "source/a file{1}.txt")))
    ts.add((s, SKOS.note, URIRef(B + "x")))  # a repeated triple is written once
    ts.add((s, SKOS.note, URIRef(B + "x")))
    quads = list(ox.parse(ts.ntriples(), format=ox.RdfFormat.N_TRIPLES))
    assert len(quads) == 5
    objects = {q.object for q in quads}
    assert ox.Literal(text, language="vi") in objects
    assert ox.Literal("12", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")) in objects
    assert ox.Literal("plain") in objects
    assert ox.NamedNode(B + "source/a%20file%7B1%7D.txt") in objects


def test_boards_of_member_organisations_and_forces_are_not_the_places_committees() -> None:
    # "Ban Thường vụ" alone is the Party committee's standing board of the place ...
    province = Context(Place("province", "Quảng Bình"), "party")
    ref = resolve_body("Ban Thường vụ Tỉnh ủy Quảng Bình", province)
    assert ref.resolved and ref.kind is not None and ref.system == "party"
    # ... but a member organisation's board, or the police's Party committee, is a body of its own
    for name in ("Ban Thường vụ Tỉnh đoàn Quảng Bình", "Ban Thường vụ Hội LHPN huyện Minh Hóa"):
        ref = resolve_body(name, province)
        assert not ref.resolved and ref.system == "front", name
    assert not resolve_body("Đảng ủy Công an tỉnh Quảng Bình", province).resolved
    assert not resolve_body("Ban Thường vụ Đảng ủy Quân sự tỉnh", province).resolved
    assert resolve_body("Đảng ủy xã Quảng Hòa", province).resolved  # a commune's Party committee is
