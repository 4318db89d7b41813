"""Validation in time: the hierarchy in force on a plan's date.

The fixtures `tests/fixtures/time/hau-loc-2023.txt` and `hau-loc-2026.txt` are two short plans of
our own wording, issued by the Standing Committee of the Hậu Lộc District Party Committee; the
district level was abolished on 1 July 2025, so the 2026 one names an issuer that no longer existed.
"""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset

from ingest import extract_plan
from ontology.places import parse_jurisdiction
from ontology.rdf import plan_to_graph
from ontology.timeline import body_interval, existed_on
from shapes.validate import validate_graph_pyshacl, validate_store
from vankien.build import build
from vankien.store import current_build

FIXTURES = Path(__file__).parent / "fixtures" / "time"
VKSH = "https://vankien.example.org/shapes#"
BASE = "https://vankien.example.org/"
TIME_SHAPES = {VKSH + "IssuerExistsOnDate", VKSH + "IssuerFoundedByDate"}


@pytest.fixture(scope="module")
def time_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("time-store")
    result = build([FIXTURES], root, progress=False)
    assert not result.skipped, result.skipped
    assert len(result.plans) == 2
    return root


def _findings(root: Path) -> list[dict[str, Any]]:
    return current_build(root).validation()["findings"]


def test_a_2026_plan_of_a_district_body_is_flagged(time_store: Path) -> None:
    found = [f for f in _findings(time_store) if f["shape"] in TIME_SHAPES]
    assert len(found) == 1, found
    f = found[0]
    assert f["severity"] == "Violation" and f["rule"] == "IssuerExistsOnDate"
    assert f["focus"] == BASE + "doc/thanh-hoa/hau-loc/12-kh-hu/2026"
    assert f["value"] == BASE + "body/thanh-hoa/hau-loc/party/ban-thuong-vu"
    # a plain message naming the body, the plan's date and the end of the body's existence
    for words in ("2026-03-09", "2025-07-01", "Hậu Lộc District Party Committee", "Huyện Hậu Lộc"):
        assert words in f["message"], f["message"]
    assert "Ban Thường vụ Huyện ủy Hậu Lộc" in f["message_vi"] and "2025-07-01" in f["message_vi"]
    # and where the issuer was read: the line of the fixture that names it
    lines = (FIXTURES / "hau-loc-2026.txt").read_text(encoding="utf-8").splitlines()
    issuer_line = next(i for i, ln in enumerate(lines, 1) if "Ban Thường vụ Huyện ủy ban hành" in ln)
    assert (f["source_file"], f["source_line"]) == ("hau-loc-2026.txt", issuer_line)
    assert f["plan"] == BASE + "graph/thanh-hoa/hau-loc/12-kh-hu/2026"


def test_the_2023_plan_and_the_seeds_pass(time_store: Path, seeds_store: Path) -> None:
    assert not [f for f in _findings(time_store) if "/2023" in f["focus"]]
    assert not [f for f in _findings(seeds_store) if f["shape"] in TIME_SHAPES]


def test_text_report_names_file_and_line(time_store: Path) -> None:
    store = current_build(time_store).open()
    text = validate_store(store).to_text()
    assert "IssuerExistsOnDate" in text and "[hau-loc-2026.txt:" in text


def _facts() -> list[dict[str, Any]]:
    return [extract_plan(p) for p in sorted(FIXTURES.glob("*.txt"))]


def _dataset(plans: list[dict[str, Any]]) -> Dataset:
    ds = Dataset()
    for facts in plans:
        iri, g = plan_to_graph(facts)
        ctx = ds.graph(iri)
        for t in g:
            ctx.add(t)
    return ds


def _store(plans: list[dict[str, Any]]):  # type: ignore[no-untyped-def]
    import pyoxigraph as ox

    from vankien.store import materialise_union

    s = ox.Store()
    for facts in plans:
        iri, g = plan_to_graph(facts)
        s.load(g.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri))
    materialise_union(s)
    return s


def _with(facts: dict[str, Any], **document: Any) -> dict[str, Any]:
    out = copy.deepcopy(facts)
    issuer = document.pop("issuer", None)
    out["document"].update(document)
    if issuer is not None:
        out["document"]["issuer"]["name"] = issuer
    return out


def _scenarios() -> dict[str, list[dict[str, Any]]]:
    f2023, f2026 = _facts()
    province = {"jurisdiction": "province:Thanh Hóa", "symbol": "KH/TU"}
    return {
        "district_2023_2026": [f2023, f2026],
        # the provincial propaganda commission merged in 2025 (the year is all the graph knows)
        "board_2026": [_with(f2026, issuer="Ban Tuyên giáo Tỉnh ủy Thanh Hóa", **province)],
        "board_2025": [
            _with(f2026, issuer="Ban Tuyên giáo Tỉnh ủy Thanh Hóa", date="2025-09-01", **province)
        ],
        "merged_board_2026": [_with(f2026, issuer="Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Hóa", **province)],
        "merged_board_2024": [
            _with(f2026, issuer="Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Hóa", date="2024-05-02", **province)
        ],
        # a merged province's committee: ended on 1 July 2025
        "merged_province_2025": [
            _with(f2026, issuer="Ban Thường vụ Tỉnh ủy Sóc Trăng", date="2025-07-15",
                  jurisdiction="province:Sóc Trăng", symbol="KH/TU")
        ],
    }  # fmt: skip


EXPECTED = {  # scenario -> shapes found
    "district_2023_2026": {"IssuerExistsOnDate"},
    "board_2026": {"IssuerExistsOnDate"},
    "board_2025": set(),
    "merged_board_2026": set(),
    "merged_board_2024": {"IssuerFoundedByDate"},
    "merged_province_2025": {"IssuerExistsOnDate"},
}


def _key(report):  # type: ignore[no-untyped-def]
    return {
        (f.focus, f.shape, f.severity, f.value, f.source_line)
        for f in report.findings
        if f.shape in TIME_SHAPES
    }


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fast_path_and_pyshacl_agree_in_time(name: str) -> None:
    plans = _scenarios()[name]
    fast = validate_store(_store(plans))
    assert {f.rule for f in fast.findings if f.shape in TIME_SHAPES} == EXPECTED[name], fast.to_text()
    ref = validate_graph_pyshacl(_dataset(plans))
    assert _key(fast) == _key(ref)


def test_board_messages_give_the_year() -> None:
    fast = validate_store(_store(_scenarios()["board_2026"]))
    (f,) = [f for f in fast.findings if f.shape in TIME_SHAPES]
    assert "2025" in f.message_en and "dissolved or merged" in f.message_en


def test_existed_on() -> None:
    district = parse_jurisdiction("district:Hậu Lộc, Thanh Hóa")
    province = parse_jurisdiction("province:Thanh Hóa")
    assert district is not None and province is not None
    standing = body_interval(district, "ban-thuong-vu")
    assert existed_on(standing, date(2023, 5, 15)) is True
    assert existed_on(standing, date(2025, 7, 1)) is False
    board = body_interval(province, "ban-tuyen-giao")
    assert existed_on(board, date(2024, 12, 31)) is True
    assert existed_on(board, date(2025, 3, 1)) is None  # merged in 2025: the day is not known
    assert existed_on(board, date(2026, 1, 1)) is False
    assert existed_on(body_interval(province, "ban-thuong-vu"), date(2030, 1, 1)) is True  # unchanged


def test_a_commune_plan_may_carry_out_a_central_document() -> None:
    """Rule 2 follows vk:partOf to any depth: commune -> district -> province -> country."""
    f2023 = _facts()[0]
    plan = _with(
        f2023,
        issuer="Ban Thường vụ Đảng ủy xã Hòa Lộc",
        jurisdiction="commune:Hòa Lộc, Hậu Lộc, Thanh Hóa",
        symbol="KH/ĐU",
    )
    plan["document"]["issuer"].update(level="grassroots")
    central = {
        "key": "5-NQ/TW",
        "type": "Nghị quyết",
        "number": "5",
        "symbol": "NQ/TW",
        "date": "2022-01-10",
        "issuer": "Bộ Chính trị",
        "jurisdiction": "national",
    }
    plan["cited"] = [central]
    plan["implements"] = ["5-NQ/TW"]
    plan.pop("provenance", None)
    store = _store([plan])
    fast = validate_store(store)
    assert not [f for f in fast.findings if f.rule in ("CarriesOutOwnLine", "BodyPlaceResolved")], (
        fast.to_text()
    )
    hops = store.query(
        "PREFIX vk: <https://vankien.example.org/ontology#> SELECT (COUNT(*) AS ?n) WHERE "
        "{ ?plan vk:carriesOut ?doc ; vk:jurisdiction/vk:partOf+ ?up . ?doc vk:jurisdiction ?up }"
    )
    assert int(next(iter(hops))["n"].value) == 1  # the country, three vk:partOf above the commune
