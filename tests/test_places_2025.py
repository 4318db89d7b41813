"""Names read on the document's date: from 1 July 2025 a plan names the units formed that day.

The fixtures in `tests/fixtures/places-2025/` are short plans of our own wording, dated 2026:

- `can-tho-2026.txt`: the Standing Committee of the Cần Thơ City Party Committee, which carries out
  a resolution of 20 August 2025 and cites a plan of May 2025; a ward (Phường Ninh Kiều) gets a task;
- `thanh-hoa-2026.txt`: the Thanh Hóa Provincial Party Committee (a province the reform left as it
  was), with a commune of 2025 (Xã Hậu Lộc) among its assignees and recipients;
- `soc-trang-2026.txt`: issued in the name of the Sóc Trăng Provincial Party Committee, which ended
  on 1 July 2025 when Sóc Trăng was merged into Cần Thơ;
- `phuong-ninh-kieu-2026.txt`: a ward of 2025 of Cần Thơ (no district above it) carries out the
  plan of `can-tho-2026.txt`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from ingest import extract_plan, extract_text
from ingest.extract import REFORM_DAY
from ontology import iris
from ontology.bodies import Context, canonical_body_path, resolve_body
from ontology.places import Place, commune_2025, parse_jurisdiction, place_for, province_on
from ontology.rdf import plan_to_graph
from ontology.triples import TripleSet
from ontology.units import CHANGE_DATE
from ontology.vocab import ELI, VK
from shapes.validate import validate_store
from vankien.store import materialise_union

FIXTURES = Path(__file__).parent / "fixtures" / "places-2025"
BASE = "https://vankien.example.org/"
TIME_RULES = {"IssuerExistsOnDate", "IssuerFoundedByDate"}
BEFORE, ON, AFTER = date(2025, 6, 30), date(2025, 7, 1), date(2026, 3, 16)


def _p(path: str) -> str:
    return BASE + path


# -- the rule ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "day", "path"),
    [
        ("Cần Thơ", AFTER, "can-tho-2025"),
        ("Cần Thơ", ON, "can-tho-2025"),
        ("TP. Hồ Chí Minh", AFTER, "thanh-pho-ho-chi-minh-2025"),  # took in Bình Dương, Bà Rịa - Vũng Tàu
        ("Cần Thơ", BEFORE, "can-tho"),
        ("Cần Thơ", None, "can-tho"),
        ("Gia Lai", AFTER, "gia-lai-2025"),  # merged with Bình Định, keeping the name of Gia Lai
        ("Sóc Trăng", AFTER, "soc-trang"),  # merged away: no province of 2025 has the name
        ("Hậu Giang", AFTER, "hau-giang"),
        ("Thanh Hóa", AFTER, "thanh-hoa"),  # left as it was: one place in both periods
        ("Thanh Hóa", BEFORE, "thanh-hoa"),
    ],
)
def test_province_on(name: str, day: date | None, path: str) -> None:
    place = province_on(name, day)
    assert place is not None and place.path == path
    assert place.since_2025 == path.endswith("-2025")


def test_the_layers_agree_on_the_day() -> None:
    assert REFORM_DAY == CHANGE_DATE.isoformat() == ON.isoformat()


def test_province_on_unknown_name() -> None:
    assert province_on("Atlantis", AFTER) is None and province_on(None, AFTER) is None


def test_parse_jurisdiction_on_a_date() -> None:
    can_tho_2025 = Place("province", "Cần Thơ", since_2025=True)
    assert parse_jurisdiction("province:Cần Thơ", AFTER) == can_tho_2025
    assert parse_jurisdiction("province:Cần Thơ", BEFORE) == Place("province", "Cần Thơ")
    assert parse_jurisdiction("province:Cần Thơ") == Place("province", "Cần Thơ")
    assert parse_jurisdiction("province-2025:Cần Thơ") == can_tho_2025
    # districts and communes of 2023 name a district: units of 2023 whatever the date
    assert parse_jurisdiction("district:Hậu Lộc, Thanh Hóa", AFTER) == Place(
        "district", "Hậu Lộc", "Thanh Hóa"
    )
    assert place_for("province", "Cần Thơ", None, AFTER) == can_tho_2025
    assert place_for("province", "Cần Thơ", None, BEFORE) == Place("province", "Cần Thơ")


def test_communes_and_wards_named_with_their_district_or_their_province_only() -> None:
    # with its district: a unit of 2023; with its province only: a unit of 2025 (no district then)
    old = parse_jurisdiction("commune:Hậu Lộc, Hậu Lộc, Thanh Hóa")
    assert old is not None and (old.kind, old.district, old.since_2025) == ("commune", "Hậu Lộc", False)
    ward = parse_jurisdiction("ward:Ninh Kiều, Cần Thơ")
    assert ward == parse_jurisdiction("commune-2025:Phường Ninh Kiều, Cần Thơ")
    assert ward is not None and ward.since_2025 and ward.district is None
    assert ward.name == "Phường Ninh Kiều"  # the register's name: the ward, not a commune of that name
    commune = parse_jurisdiction("commune:Hậu Lộc, Thanh Hóa")
    assert commune is not None and commune.since_2025 and commune.name == "Xã Hậu Lộc"


def test_commune_2025_only_when_the_register_has_exactly_that_one() -> None:
    hau_loc = commune_2025("xã Hậu Lộc", "Thanh Hóa")
    assert hau_loc is not None and hau_loc.path == "thanh-hoa/xa-hau-loc" and hau_loc.unit is not None
    assert hau_loc.unit.code == "16012"
    assert commune_2025("Hậu Lộc", "Thanh Hóa") == hau_loc
    ninh_kieu = commune_2025("phường Ninh Kiều", "Cần Thơ")
    assert ninh_kieu is not None and ninh_kieu.path == "can-tho-2025/phuong-ninh-kieu"
    assert commune_2025("phường Hậu Lộc", "Thanh Hóa") is None  # a ward of that name: none
    assert commune_2025("xã Hòa Lộc", "Thanh Hóa") is None  # a commune of 2023, gone
    assert commune_2025("phường Ninh Kiều", "Sóc Trăng") is None  # no province of 2025 of that name


def test_resolve_body_reads_names_on_the_context_date() -> None:
    def path(name: str, ctx: Context) -> str | None:
        return canonical_body_path(resolve_body(name, ctx))

    after = Context(parse_jurisdiction("province:Cần Thơ", AFTER), "party", AFTER)
    before = Context(parse_jurisdiction("province:Cần Thơ", BEFORE), "party", BEFORE)
    assert path("Ban Thường vụ Thành ủy Cần Thơ", after) == "can-tho-2025/party/ban-thuong-vu"
    assert path("Ban Thường vụ Thành ủy", after) == "can-tho-2025/party/ban-thuong-vu"
    assert path("Ủy ban nhân dân thành phố", after) == "can-tho-2025/state/uy-ban-nhan-dan"
    assert path("Ban Thường vụ Thành ủy Cần Thơ", before) == "can-tho/party/ban-thuong-vu"
    assert path("Ban Thường vụ Thành ủy", before) == "can-tho/party/ban-thuong-vu"
    # a province named in another province's plan, on the plan's date
    thanh_hoa = Context(parse_jurisdiction("province:Thanh Hóa", AFTER), "party", AFTER)
    assert path("Thành ủy Cần Thơ", thanh_hoa) == "can-tho-2025/party/ban-chap-hanh"
    assert path("Tỉnh ủy Sóc Trăng", thanh_hoa) == "soc-trang/party/ban-chap-hanh"
    # no date: the place of the document decides (a unit of 2025 names those of 2025)
    assert (
        path("Tỉnh ủy Thanh Hóa", Context(Place("province", "Thanh Hóa"))) == "thanh-hoa/party/ban-chap-hanh"
    )
    assert path("Thành ủy Cần Thơ", Context(None, "party")) == "can-tho/party/ban-chap-hanh"
    undated_2025 = Context(parse_jurisdiction("province-2025:Cần Thơ"), "party")
    assert path("Ban Thường vụ Thành ủy", undated_2025) == "can-tho-2025/party/ban-thuong-vu"


def test_resolve_body_reads_communes_of_2025() -> None:
    def path(name: str, ctx: Context) -> str | None:
        return canonical_body_path(resolve_body(name, ctx))

    thanh_hoa = Context(Place("province", "Thanh Hóa"), "party", AFTER)
    assert path("UBND xã Hậu Lộc", thanh_hoa) == "thanh-hoa/xa-hau-loc/state/uy-ban-nhan-dan"
    assert path("Đảng ủy xã Hậu Lộc", thanh_hoa) == "thanh-hoa/xa-hau-loc/party/ban-chap-hanh"
    assert path("UBND xã Hòa Lộc", thanh_hoa) is None  # no commune of 2025 has that name
    assert path("UBND các xã", thanh_hoa) is None  # a group is not one commune
    # before the reform a province's plan cannot tell which district a commune is in
    assert path("UBND xã Hậu Lộc", Context(Place("province", "Thanh Hóa"), "party", BEFORE)) is None
    # the commune of 2025 a plan is of, and its neighbours
    xa = Context(parse_jurisdiction("commune-2025:Hậu Lộc, Thanh Hóa"), "party", AFTER)
    assert path("Ban Thường vụ Đảng ủy xã", xa) == "thanh-hoa/xa-hau-loc/party/ban-thuong-vu"
    assert path("UBND xã Triệu Lộc", xa) == "thanh-hoa/xa-trieu-loc/state/uy-ban-nhan-dan"
    assert path("Ban Thường vụ Tỉnh ủy", xa) == "thanh-hoa/party/ban-thuong-vu"


# -- plans read end to end ----------------------------------------------------------------------------
def _facts(name: str, year: int | None = None) -> dict[str, Any]:
    """The facts of a fixture, or of its text with the year of its date line changed to `year`."""
    if year is None:
        return extract_plan(FIXTURES / name)
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    dated = next(i for i, ln in enumerate(lines) if ", ngày " in ln and " năm 2026" in ln)
    lines[dated] = lines[dated].replace(" năm 2026", f" năm {year}")
    return extract_text("\n".join(lines) + "\n", name)


def _graph(facts: dict[str, Any]) -> tuple[URIRef, TripleSet]:
    _iri, g = plan_to_graph(facts)
    return URIRef(iris.plan_document_iri(facts)), g


def _one(g: TripleSet, s: URIRef, p: URIRef) -> str:
    values = {str(o) for o in g.objects(s, p)}
    assert len(values) == 1, (s, p, values)
    return values.pop()


def test_a_2026_plan_of_can_tho_is_of_the_can_tho_of_2025() -> None:
    facts = _facts("can-tho-2026.txt")
    doc = facts["document"]
    # the facts keep what the plan writes; the graph reads it on the plan's date
    assert (doc["date"], doc["jurisdiction"]) == ("2026-03-16", "province:Cần Thơ")
    plan, g = _graph(facts)
    assert plan == URIRef(_p("doc/can-tho-2025/45-kh-tu/2026"))
    assert iris.plan_graph_iri(facts) == _p("graph/can-tho-2025/45-kh-tu/2026")
    assert _one(g, plan, VK.jurisdiction) == _p("place/can-tho-2025")
    issuer = URIRef(_one(g, plan, ELI.passed_by))
    assert issuer == URIRef(_p("body/can-tho-2025/party/ban-thuong-vu"))
    # labels keep the spelling of the plan
    assert (issuer, SKOS.altLabel, Literal("Ban Thường vụ Thành ủy Cần Thơ", lang="vi")) in g
    assert (plan, VK.issuerName, Literal("Ban Thường vụ Thành ủy Cần Thơ", lang="vi")) in g
    # the place of 2025 with its code and the day it began
    place = URIRef(_p("place/can-tho-2025"))
    assert _one(g, place, VK.gsoCode) == "92"
    assert _one(g, place, URIRef("https://schema.org/foundingDate")) == "2025-07-01"
    # its tasks and recipients are read on its date too
    assignees = {str(o) for o in g.objects(None, VK.assignee)}
    assert assignees == {
        _p("body/can-tho-2025/party/ban-tuyen-giao-va-dan-van"),
        _p("body/can-tho-2025/phuong-ninh-kieu/state/uy-ban-nhan-dan"),
    }
    assert {str(o) for o in g.objects(plan, VK.addressedTo)} == {
        _p("body/can-tho-2025/party/ban-thuong-vu"),
        _p("body/can-tho-2025/state/uy-ban-nhan-dan"),
    }


def test_a_cited_document_is_read_on_its_own_date() -> None:
    facts = _facts("can-tho-2026.txt")
    cited = {c["key"]: c for c in facts["cited"]}
    assert cited["08-NQ/TU"]["date"] == "2025-08-20" and cited["120-KH/TU"]["date"] == "2025-05-15"
    plan, g = _graph(facts)
    after = URIRef(_p("doc/can-tho-2025/08-nq-tu/2025"))  # of August 2025: the Cần Thơ formed in July
    before = URIRef(_p("doc/can-tho/120-kh-tu/2025"))  # of May 2025: the Cần Thơ of then
    assert {str(o) for o in g.objects(plan, ELI.cites)} == {str(after), str(before)}
    assert _one(g, after, VK.jurisdiction) == _p("place/can-tho-2025")
    assert _one(g, after, ELI.passed_by) == _p("body/can-tho-2025/party/ban-chap-hanh")
    assert _one(g, before, VK.jurisdiction) == _p("place/can-tho")
    assert _one(g, before, ELI.passed_by) == _p("body/can-tho/party/ban-thuong-vu")
    assert iris.cited_document_iri(cited["08-NQ/TU"], str(plan)) == str(after)
    assert (plan, VK.carriesOut, after) in g


@pytest.mark.parametrize("year, place", [(2026, "can-tho-2025"), (2024, "can-tho")])
def test_an_undated_cited_document_is_read_on_the_citing_plans_date(year: int, place: str) -> None:
    facts = _facts("can-tho-2026.txt", year=year)
    entry = next(c for c in facts["cited"] if c["key"] == "08-NQ/TU")
    entry["date"] = None  # as a plan writes "Nghị quyết số 08-NQ/TU của Thành ủy" with no date
    plan, g = _graph(facts)
    node = URIRef(_p(f"doc/{place}/08-nq-tu"))
    assert (plan, ELI.cites, node) in g
    assert _one(g, node, VK.jurisdiction) == _p(f"place/{place}")
    assert _one(g, node, ELI.passed_by) == _p(f"body/{place}/party/ban-chap-hanh")
    assert iris.cited_document_iri(entry, str(plan), on=iris.plan_day(facts)) == str(node)


def test_the_same_plan_dated_2024_is_of_the_can_tho_of_then() -> None:
    facts = _facts("can-tho-2026.txt", year=2024)
    assert facts["document"]["date"] == "2024-03-16"
    plan, g = _graph(facts)
    assert plan == URIRef(_p("doc/can-tho/45-kh-tu/2024"))
    assert _one(g, plan, VK.jurisdiction) == _p("place/can-tho")
    assert _one(g, plan, ELI.passed_by) == _p("body/can-tho/party/ban-thuong-vu")
    assert {str(o) for o in g.objects(None, VK.assignee)} == {
        _p("body/can-tho/party/ban-tuyen-giao-va-dan-van"),
        # a province's plan of 2024 does not tell the district of a ward: a body of the plan only
        str(plan) + "/body/uy-ban-nhan-dan-phuong-ninh-kieu",
    }
    assert {str(o) for o in g.objects(plan, VK.addressedTo)} == {
        _p("body/can-tho/party/ban-thuong-vu"),
        _p("body/can-tho/state/uy-ban-nhan-dan"),
    }


def test_a_2026_plan_of_thanh_hoa_is_of_the_one_thanh_hoa() -> None:
    facts = _facts("thanh-hoa-2026.txt")
    plan, g = _graph(facts)
    assert plan == URIRef(_p("doc/thanh-hoa/31-kh-tu/2026"))
    assert _one(g, plan, VK.jurisdiction) == _p("place/thanh-hoa")
    assert _one(g, plan, ELI.passed_by) == _p("body/thanh-hoa/party/ban-thuong-vu")
    assert _one(g, URIRef(_p("doc/thanh-hoa/15-kl-tu/2025")), VK.jurisdiction) == _p("place/thanh-hoa")
    assert not [s for s in g.subjects() if "thanh-hoa-2025" in str(s)]
    # the commune of 2025 it names, as assignee and as recipient
    assert _p("body/thanh-hoa/xa-hau-loc/state/uy-ban-nhan-dan") in {
        str(o) for o in g.objects(None, VK.assignee)
    }
    assert _p("body/thanh-hoa/xa-hau-loc/party/ban-chap-hanh") in {
        str(o) for o in g.objects(plan, VK.addressedTo)
    }
    assert _one(g, URIRef(_p("place/thanh-hoa/xa-hau-loc")), VK.gsoCode) == "16012"


def test_a_2026_plan_of_soc_trang_stays_soc_trang() -> None:
    plan, g = _graph(_facts("soc-trang-2026.txt"))
    assert plan == URIRef(_p("doc/soc-trang/07-kh-tu/2026"))
    assert _one(g, plan, VK.jurisdiction) == _p("place/soc-trang")
    assert _one(g, plan, ELI.passed_by) == _p("body/soc-trang/party/ban-thuong-vu")


def test_a_2026_plan_of_a_ward_is_of_the_ward_of_2025() -> None:
    facts = _facts("phuong-ninh-kieu-2026.txt")
    # a commune of a plan dated after the reform has no district: the facts say it is one of 2025
    assert facts["document"]["jurisdiction"] == "ward:Ninh Kiều, Cần Thơ"
    plan, g = _graph(facts)
    assert plan == URIRef(_p("doc/can-tho-2025/phuong-ninh-kieu/14-kh-du/2026"))
    assert _one(g, plan, VK.jurisdiction) == _p("place/can-tho-2025/phuong-ninh-kieu")
    assert _one(g, plan, ELI.passed_by) == _p("body/can-tho-2025/phuong-ninh-kieu/party/ban-thuong-vu")
    assert {str(o) for o in g.objects(None, VK.assignee)} == {
        _p("body/can-tho-2025/phuong-ninh-kieu/state/uy-ban-nhan-dan"),
        _p("body/can-tho-2025/phuong-cai-khe/state/uy-ban-nhan-dan"),
    }
    # it carries out the city's plan: the same node as that plan itself
    city = iris.plan_document_iri(_facts("can-tho-2026.txt"))
    assert (plan, VK.carriesOut, URIRef(city)) in g
    assert _one(g, URIRef(city), ELI.passed_by) == _p("body/can-tho-2025/party/ban-thuong-vu")
    assert _one(g, URIRef(_p("place/can-tho-2025/phuong-ninh-kieu")), VK.partOf) == _p("place/can-tho-2025")


def test_a_ward_plan_of_2024_without_its_district_is_not_placed() -> None:
    assert _facts("phuong-ninh-kieu-2026.txt", year=2024)["document"]["jurisdiction"] == "unknown"


def _time_findings(*plans: dict[str, Any]) -> set[tuple[str, str, str]]:
    s = ox.Store()
    for facts in plans:
        iri, g = plan_to_graph(facts)
        s.load(g.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri))
    materialise_union(s)
    report = validate_store(s)
    return {(f.rule, f.focus, f.value or "") for f in report.findings if f.rule in TIME_RULES}


def test_validation_flags_the_issuer_that_no_longer_existed() -> None:
    found = _time_findings(
        _facts("can-tho-2026.txt"),
        _facts("can-tho-2026.txt", year=2024),
        _facts("thanh-hoa-2026.txt"),
        _facts("soc-trang-2026.txt"),
        _facts("phuong-ninh-kieu-2026.txt"),
    )
    assert found == {
        ("IssuerExistsOnDate", _p("doc/soc-trang/07-kh-tu/2026"), _p("body/soc-trang/party/ban-thuong-vu")),
        # the directive it carries out, of December 2025, names the same committee
        ("IssuerExistsOnDate", _p("doc/soc-trang/03-ct-tu/2025"), _p("body/soc-trang/party/ban-thuong-vu")),
    }
