"""Each hierarchy rule: a fixture that breaks it and one that keeps it (fast path on the store)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "shapes"))
import shape_fixtures as fx

from shapes.validate import validate_store

VKSH = "https://vankien.example.org/shapes#"
BASE = "https://vankien.example.org/"
SCEN = fx.scenarios()

# scenario -> (shape, severity, focus IRI, value IRI or None, source file, source line, words in the message)
EXPECTED = {
    "r1": (
        "CarriesOutOwnLevelOrAbove",
        "Violation",
        "doc/nghe-an/12-kh-tu/2023",
        "doc/nghe-an/nam-dan/7-kh-hu/2023",
        "p_tinh.txt",
        10,
        "lower level",
    ),
    "r2": (
        "CarriesOutOwnLine",
        "Violation",
        "doc/nghe-an/nam-dan/30-kh-hu/2023",
        "doc/ha-tinh/40-kh-tu/2023",
        "p_huyen.txt",
        10,
        "not above it",
    ),
    "r3": (
        "NotBeforeImplemented",
        "Violation",
        "doc/nghe-an/12-kh-tu/2023",
        "doc/vn/6-nq-tw/khoa-xiii",
        "p_tinh.txt",
        10,
        "before",
    ),
    "r4": (
        "SymbolAgreesWithIssuer",
        "Violation",
        "doc/nghe-an/9-kh-tu/2022",
        None,
        "p_tinh.txt",
        20,
        "provincial Party body",
    ),
    "r5": ("NoCarriesOutCycle", "Violation", "doc/nghe-an/12-kh-tu/2023", None, "p_tinh.txt", 3, "itself"),
    "r6": (
        "ConflictingDates",
        "Violation",
        "doc/vn/20-kl-tw/khoa-xiii",
        None,
        "p_huyen.txt",
        31,
        "two dates",
    ),
    "r7": ("DocumentJurisdictionResolved", "Warning", None, None, "p_tinh.txt", 3, "jurisdiction"),
}


def _report(name: str):  # type: ignore[no-untyped-def]
    return validate_store(fx.store(SCEN[name]))


@pytest.mark.parametrize("rule", sorted(EXPECTED))
def test_rule_broken_is_reported(rule: str) -> None:
    shape, severity, focus, value, file, line, words = EXPECTED[rule]
    report = _report(rule + "_break")
    hits = [f for f in report.findings if f.shape == VKSH + shape]
    assert hits, report.to_text()
    if focus is not None:
        hits = [f for f in hits if f.focus == BASE + focus]
        assert hits, report.to_text()
    if value is not None:
        hits = [f for f in hits if f.value == BASE + value]
        assert hits, report.to_text()
    f = hits[0]
    assert f.severity == severity
    assert words in f.message_en
    assert f.message_vi
    assert f.source_file == file
    assert f.source_line == line
    assert f.plan and f.plan.startswith(BASE + "graph/")
    assert report.conforms is (severity != "Violation")


@pytest.mark.parametrize("rule", sorted(EXPECTED))
def test_rule_kept_is_silent(rule: str) -> None:
    shape = EXPECTED[rule][0]
    report = _report(rule + "_keep")
    assert not [f for f in report.findings if f.shape == VKSH + shape], report.to_text()
    assert report.conforms, report.to_text()


def test_suborganization_cycle() -> None:
    report = validate_store(fx.store([], fx.FIXTURES / "suborg_cycle.ttl"))
    hits = {f.focus for f in report.findings if f.shape == VKSH + "NoSubOrganizationCycle"}
    assert hits == {BASE + "body/test/party/a", BASE + "body/test/party/b"}


def test_reference_data_has_no_suborganization_cycle() -> None:
    import pyoxigraph as ox

    from ontology.rdf import reference_graph
    from vankien.store import materialise_union

    s = ox.Store()
    s.load(
        reference_graph().serialize(format="nt").encode(),
        format=ox.RdfFormat.N_TRIPLES,
        to_graph=ox.NamedNode(BASE + "graph/reference"),
    )
    materialise_union(s)
    report = validate_store(s)
    assert report.conforms, report.to_text()
    assert not report.findings, report.to_text()


def test_same_key_other_term_is_not_a_conflict() -> None:
    report = _report("r6_keep")
    assert not [f for f in report.findings if "Key" in f.shape or "Conflicting" in f.shape]


def test_undated_key_is_a_warning() -> None:
    plans = [
        fx.province_plan(cites=[fx.central("20-KL/TW", None, "p_tinh.txt", 30)]),
        fx.district_plan(cites=[fx.central("20-KL/TW", "2022-04-01", "p_huyen.txt", 31)]),
    ]
    report = validate_store(fx.store(plans))
    hits = [f for f in report.findings if f.shape == VKSH + "KeyWithoutDate"]
    assert [f.focus for f in hits] == [BASE + "doc/vn/20-kl-tw"]
    assert hits[0].severity == "Warning" and hits[0].source_line == 30
    assert report.conforms
