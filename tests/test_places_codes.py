"""Places with GSO codes and their successors of 1 July 2025; communes as places; Wikidata links."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

import synth
from ontology import gso_snapshot
from ontology import units as U
from ontology.bodies import Context, canonical_body_path, resolve_body
from ontology.iris import BODIES_PLACES_GRAPH
from ontology.places import (
    Place,
    canonical_province,
    dissolved,
    now_in,
    parse_jurisdiction,
    place_of_unit,
    successors,
)
from ontology.wikidata import wikidata_rows
from vankien.build import build_from_outcomes, outcome_from_facts
from vankien.store import current_build

BASE = "https://vankien.example.org/"
PREFIXES = """PREFIX vk: <https://vankien.example.org/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

# The issue's examples: (jurisdiction, GSO code, codes of the units of 2025 it became)
ISSUE_EXAMPLES = {
    "province:Sóc Trăng": ("94", ["92"]),
    "province:Quảng Nam": ("49", ["48"]),
    "province:Bình Thuận": ("60", ["68"]),
    "province:Thanh Hóa": ("38", []),  # unchanged: one place in both periods, no successor link
    "district:Hậu Lộc, Thanh Hóa": ("400", []),  # abolished
}


# -- the register -------------------------------------------------------------------------------------
def test_snapshot_is_what_the_package_gives() -> None:
    """ontology/data/units-*.tsv are exactly what ontology.gso_snapshot makes from vietnamadminunits."""
    t23, t25 = gso_snapshot.make_tables()
    data = Path(gso_snapshot.__file__).parent / "data"
    assert (data / gso_snapshot.FILE_2023).read_text(encoding="utf-8") == t23
    assert (data / gso_snapshot.FILE_2025).read_text(encoding="utf-8") == t25


def test_register_sizes_and_links() -> None:
    old, new = U.units(2023), U.units(2025)
    assert Counter(u.level for u in old.values()) == {"province": 63, "district": 696, "commune": 10035}
    assert Counter(u.level for u in new.values()) == {"province": 34, "commune": 3321}
    # every commune of 2023 went somewhere; every unit of 2025 came from somewhere
    assert all(u.successors and set(u.successors) <= new.keys() for u in old.values() if u.level == "commune")
    assert all(U.predecessors(code) for code in new)
    # codes: 2 / 3 / 5 digits by level
    widths = {"province": 2, "district": 3, "commune": 5}
    assert all(len(u.code) == widths[u.level] and u.code.isdigit() for u in [*old.values(), *new.values()])
    # 11 provinces were left as they were; each of the 23 others has a successor
    unchanged = [u.name for u in old.values() if U.unchanged(u)]
    assert len(unchanged) == 11 and "Thanh Hóa" in unchanged
    changed = [u for u in old.values() if u.level == "province" and not U.unchanged(u)]
    assert len(changed) == 52 and all(len(U.successors(u)) == 1 for u in changed)


@pytest.mark.parametrize("jurisdiction", sorted(ISSUE_EXAMPLES))
def test_issue_examples(jurisdiction: str) -> None:
    code, new_codes = ISSUE_EXAMPLES[jurisdiction]
    place = parse_jurisdiction(jurisdiction)
    assert place is not None and place.unit is not None
    assert place.unit.code == code
    assert [s.unit.code for s in successors(place) if s.unit] == new_codes
    if place.kind == "district" or new_codes:
        assert dissolved(place) == U.CHANGE_DATE
    else:
        assert dissolved(place) is None


def test_hau_loc_is_now_in_five_communes() -> None:
    hau_loc = parse_jurisdiction("district:Hậu Lộc, Thanh Hóa")
    assert hau_loc is not None
    new = now_in(hau_loc)
    assert len(new) == 5
    assert all(p.kind == "commune" and p.since_2025 and p.province == "Thanh Hóa" for p in new)
    # the five hold exactly the 22 communes of the district
    communes = U.children(hau_loc.unit)  # type: ignore[arg-type]
    assert len(communes) == 22
    assert {c for u in communes for c in u.successors} == {p.unit.code for p in new if p.unit}
    assert {p.path for p in new} >= {"thanh-hoa/xa-hau-loc", "thanh-hoa/xa-hoa-loc"}


def test_communes_are_places() -> None:
    hoa = parse_jurisdiction("commune:Hòa Lộc, Hậu Lộc, Thanh Hóa")
    hoa_plain = parse_jurisdiction("commune:Hoa Lộc, Hậu Lộc, Thanh Hóa")
    assert hoa is not None and hoa_plain is not None
    assert hoa.level == "grassroots" and hoa.parent == Place("district", "Hậu Lộc", "Thanh Hóa")
    # two communes whose names differ only by a tone mark: one slug, so the code tells them apart
    assert {hoa.path, hoa_plain.path} == {
        "thanh-hoa/hau-loc/hoa-loc-16075",
        "thanh-hoa/hau-loc/hoa-loc-16063",
    }
    # old tone marks and case find the same commune
    assert parse_jurisdiction("commune:hoà lộc, Hậu Lộc, Thanh Hoá") == hoa
    assert [p.path for p in successors(hoa)] == ["thanh-hoa/xa-hoa-loc"]
    # every unit of the register has one place, and every place path is its own
    places = [place_of_unit(u) for era in (2023, 2025) for u in U.units(era).values()]
    assert all(p.unit is not None for p in places)
    paths = Counter(p.path for p in places)
    # the 11 unchanged provinces are the same place in both registers
    assert sorted(n for n in paths.values() if n > 1) == [2] * 11


def test_a_commune_plan_resolves_its_bodies() -> None:
    place = parse_jurisdiction("commune:Hòa Lộc, Hậu Lộc, Thanh Hóa")
    ctx = Context(place, "party")
    issuer = resolve_body("Ban Thường vụ Đảng ủy xã Hòa Lộc", ctx)
    assert canonical_body_path(issuer) == "thanh-hoa/hau-loc/hoa-loc-16075/party/ban-thuong-vu"
    assert canonical_body_path(resolve_body("Ủy ban nhân dân xã", ctx)) == (
        "thanh-hoa/hau-loc/hoa-loc-16075/state/uy-ban-nhan-dan"
    )
    assert canonical_body_path(resolve_body("Ban Thường vụ Huyện ủy Hậu Lộc", ctx)) == (
        "thanh-hoa/hau-loc/party/ban-thuong-vu"
    )
    # a named commune's committee in a district plan is that commune's, not the district's own committee
    district = Context(parse_jurisdiction("district:Hậu Lộc, Thanh Hóa"), "party")
    assert canonical_body_path(resolve_body("Đảng ủy xã Hoa Lộc", district)) == (
        "thanh-hoa/hau-loc/hoa-loc-16063/party/ban-chap-hanh"
    )


def test_generated_commune_plans_have_resolved_places(tmp_path: Path) -> None:
    """Commune plans of the generator get commune jurisdictions and resolved issuers (no
    BodyPlaceResolved / DocumentJurisdictionResolved warnings on them)."""
    from ingest import extract_plan

    plans = [(n, t) for n, t, _f in synth.iter_plans(120, 3) if "commune" in n][:12]
    assert len(plans) >= 6
    outcomes = []
    for name, text in plans:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        facts = extract_plan(path)
        assert facts["document"]["jurisdiction"].startswith(("commune:", "ward:")), name
        assert parse_jurisdiction(facts["document"]["jurisdiction"]) is not None
        outcomes.append(outcome_from_facts(facts, name, text, BASE))
    result = build_from_outcomes(outcomes, len(outcomes), tmp_path / "store", progress=False)
    assert result.validation["counts"]["Violation"] == 0, result.validation["summary"]
    rules = Counter(f["rule"] for f in current_build(tmp_path / "store").validation()["findings"])
    assert rules["BodyPlaceResolved"] == 0 and rules["DocumentJurisdictionResolved"] == 0, rules
    store = current_build(tmp_path / "store").open()
    rows = store.query(
        PREFIXES
        + """SELECT ?plan ?code WHERE { ?plan a vk:AnalysedPlan ; vk:jurisdiction ?j .
             ?j a vk:Commune ; vk:level vk:level-grassroots ; vk:gsoCode ?code ;
                vk:partOf/a vk:District ; dcterms:isReplacedBy/a vk:Commune }"""
    )
    assert len(list(rows)) == len(plans)


# -- the seeds' graph ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seeds(seeds_store: Path):  # type: ignore[no-untyped-def]
    return current_build(seeds_store).open()


def _places_named_by_plans(store) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    """Every province, district and commune the plans name (the build describes them once, in the
    graph of bodies and places), with code and successors."""
    rows = store.query(
        PREFIXES
        + f"""SELECT ?p ?code ?start ?end ?new ?newCode WHERE {{
          {{ SELECT DISTINCT ?p WHERE {{ GRAPH <{BODIES_PLACES_GRAPH(BASE)}> {{ ?p a ?c }}
                                      VALUES ?c {{ vk:Province vk:District vk:Commune }} }} }}
          OPTIONAL {{ ?p vk:gsoCode ?code }}
          OPTIONAL {{ ?p schema:foundingDate ?start }}
          OPTIONAL {{ ?p schema:dissolutionDate ?end }}
          OPTIONAL {{ ?p dcterms:isReplacedBy ?new . ?new vk:gsoCode ?newCode }}
        }}"""
    )
    out: dict[str, dict] = {}
    for r in rows:
        d = out.setdefault(
            r["p"].value[len(BASE) :],
            {"codes": set(), "start": None, "end": None, "new": set(), "new_codes": set()},
        )
        if r["start"] is not None:
            d["start"] = r["start"].value
        if r["code"] is not None:
            d["codes"].add(r["code"].value)
        if r["end"] is not None:
            d["end"] = r["end"].value
        if r["new"] is not None:
            d["new"].add(r["new"].value[len(BASE) :])
            d["new_codes"].add(r["newCode"].value)
    return out


def test_every_place_of_the_seeds_has_its_code_and_successors(seeds) -> None:  # type: ignore[no-untyped-def]
    places = _places_named_by_plans(seeds)
    expected = {"place/" + parse_jurisdiction(j).path: v for j, v in ISSUE_EXAMPLES.items()}  # type: ignore[union-attr]
    assert expected.keys() <= places.keys()
    for path, (code, new_codes) in expected.items():
        assert places[path]["codes"] == {code}, path
        assert places[path]["new_codes"] == set(new_codes), path
    for path, d in places.items():
        # one code each, the register's; the successors and end date the register gives
        assert len(d["codes"]) == 1, (path, d)
        era = 2025 if d["start"] == "2025-07-01" else 2023  # a unit of 2025 begins on 1 July 2025
        unit = U.units(era).get(next(iter(d["codes"])))
        assert unit is not None and "place/" + place_of_unit(unit).path == path, path
        ends = era == 2023 and (unit.level != "province" or not U.unchanged(unit))
        assert d["end"] == ("2025-07-01" if ends else None), path
        want = {u.code for u in U.successors(unit)} if era == 2023 else set()
        assert d["new_codes"] == want, path


def test_seeds_successors_with_their_date(seeds) -> None:  # type: ignore[no-untyped-def]
    rows = {
        (r["old"].value[len(BASE) :], r["new"].value[len(BASE) :], r["date"].value)
        for r in seeds.query(
            PREFIXES
            + """SELECT ?old ?new ?date WHERE {
              ?old dcterms:isReplacedBy ?new ; a vk:Province .
              ?ev a org:ChangeEvent ; prov:used ?old ; prov:generated ?new ; dcterms:date ?date }"""
        )
    }
    assert {
        ("place/soc-trang", "place/can-tho-2025", "2025-07-01"),
        ("place/quang-nam", "place/da-nang-2025", "2025-07-01"),
        ("place/binh-thuan", "place/lam-dong-2025", "2025-07-01"),
    } <= rows
    assert not [r for r in rows if r[0] == "place/thanh-hoa"]
    # Hậu Lộc: abolished, its area now in five communes of Thanh Hóa
    now = {
        r["code"].value
        for r in seeds.query(
            PREFIXES
            + """SELECT ?code WHERE { <https://vankien.example.org/place/thanh-hoa/hau-loc>
                  schema:dissolutionDate "2025-07-01"^^<http://www.w3.org/2001/XMLSchema#date> ;
                  vk:territoryNowIn ?c .
                  ?c vk:gsoCode ?code ; vk:partOf <https://vankien.example.org/place/thanh-hoa> }"""
        )
    }
    assert len(now) == 5
    assert not bool(
        seeds.query(
            PREFIXES + "ASK { <https://vankien.example.org/place/thanh-hoa/hau-loc> dcterms:isReplacedBy ?x }"
        )
    )


def test_seeds_bodies_carry_their_successors(seeds) -> None:  # type: ignore[no-untyped-def]
    """The provincial committee of Sóc Trăng went over to the city committee of Cần Thơ (2025); its
    propaganda commission merged into Ban Tuyên giáo và Dân vận in 2025."""
    q = PREFIXES + "SELECT ?new ?end WHERE { <%s> dcterms:isReplacedBy ?new ; schema:dissolutionDate ?end }"
    rows = [
        (r["new"].value, r["end"].value)
        for r in seeds.query(q % (BASE + "body/soc-trang/party/ban-chap-hanh"))
    ]
    assert rows == [(BASE + "body/can-tho-2025/party/ban-chap-hanh", "2025-07-01")]
    rows = [
        (r["new"].value, r["end"].value)
        for r in seeds.query(q % (BASE + "body/thanh-hoa/party/ban-tuyen-giao"))
    ]
    assert rows == [(BASE + "body/thanh-hoa/party/ban-tuyen-giao-va-dan-van", "2025")]
    # a district's committee ends with the district and has no successor
    rows = [
        r["end"].value
        for r in seeds.query(
            PREFIXES + "SELECT ?end WHERE { <%s> schema:dissolutionDate ?end "
            "FILTER NOT EXISTS { <%s> dcterms:isReplacedBy ?x } }"
            % ((BASE + "body/thanh-hoa/hau-loc/party/ban-thuong-vu",) * 2)
        )
    ]
    assert rows == ["2025-07-01"]


# -- Wikidata -----------------------------------------------------------------------------------------
ISSUE_ITEMS = {
    "body/vn/party": "Q427325",
    "body/vn/front": "Q1628865",
    "place/vn": "Q881",
    "place/soc-trang": "Q33272",
    "place/quang-nam": "Q33356",
    "place/binh-thuan": "Q36869",
    "place/thanh-hoa": "Q36512",
    "place/can-tho-2025": "Q216075",
    "place/da-nang-2025": "Q25282",
    "place/lam-dong-2025": "Q36721",
}


def test_wikidata_table_names_a_source_for_every_row() -> None:
    rows = wikidata_rows()
    assert {r.path: r.item for r in rows if r.match == "exactMatch"} == ISSUE_ITEMS
    assert all(r.source.strip() and r.item.startswith("Q") for r in rows)
    text = (Path(gso_snapshot.__file__).parent / "data" / "wikidata.csv").read_text(encoding="utf-8")
    assert next(csv.reader(text.splitlines())) == ["path", "match", "wikidata", "label", "source"]


def test_seeds_graph_has_the_wikidata_links(seeds) -> None:  # type: ignore[no-untyped-def]
    exact = {
        r["x"].value[len(BASE) :]: r["q"].value.rsplit("/", 1)[-1]
        for r in seeds.query(PREFIXES + "SELECT ?x ?q WHERE { ?x skos:exactMatch ?q }")
    }
    assert exact == ISSUE_ITEMS
    # each linked node is described in the graph (a place with its code, or the organisation)
    for path in ISSUE_ITEMS:
        assert bool(seeds.query(PREFIXES + f"ASK {{ <{BASE}{path}> skos:prefLabel ?l }}")), path
    # every Party body of the seeds is a unit of the Party, which has the item
    orphan = seeds.query(
        PREFIXES
        + """ASK { ?b vk:system vk:system-party ; a org:Organization .
                   FILTER NOT EXISTS { ?b vk:namedIn ?plan }  # resolved bodies
                   FILTER NOT EXISTS { ?b org:unitOf <https://vankien.example.org/body/vn/party> } }"""
    )
    assert not bool(orphan)


@pytest.mark.parametrize(
    ("written", "province"),
    [
        ("Thanh Hóa", "Thanh Hóa"),
        ("Tỉnh Thanh Hoá", "Thanh Hóa"),  # the unit word of a province, and the old tone mark
        ("Thành phố Cần Thơ", "Cần Thơ"),  # the unit word of a centrally governed city
        ("TP. Cần Thơ", "Cần Thơ"),
        ("Thành phố Thanh Hóa", None),  # the city in the province of that name: a district-level unit
        ("Tỉnh Cần Thơ", None),  # a city is not written as a province: nothing on a guess
        ("Thành phố Sầm Sơn", None),
    ],
)
def test_a_province_is_known_with_the_unit_word_of_its_kind(written: str, province: str | None) -> None:
    assert canonical_province(written) == province
    place = parse_jurisdiction(f"province:{written}")
    assert (place.name if place else None) == province
