"""The five sample plans (their gold facts) validate with no violation; the warnings are the known ones."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from ontology.iris import REFERENCE_GRAPH
from ontology.rdf import plan_to_graph, reference_graph
from shapes.validate import validate_store
from vankien.store import materialise_union

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


@pytest.fixture(autouse=True)
def _gold(gold_dir: Path) -> None:
    assert gold_dir == GOLD  # conftest fails clearly when ../shared is missing


def _store() -> ox.Store:
    s = ox.Store()
    for f in sorted(GOLD.glob("*.json")):
        iri, g = plan_to_graph(json.loads(f.read_text(encoding="utf-8")))
        s.load(g.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri))
    s.load(
        reference_graph().serialize(format="nt").encode(),
        format=ox.RdfFormat.N_TRIPLES,
        to_graph=ox.NamedNode(REFERENCE_GRAPH()),
    )
    materialise_union(s)
    return s


def test_seeds_have_no_violation_and_known_warnings() -> None:
    report = validate_store(_store())
    assert report.conforms, report.to_text()
    kinds = Counter(f.rule for f in report.findings)
    # explained in the README's validation section
    assert set(kinds) <= {
        "KeyWithoutDate",
        "SymbolIssuerKnown",
        "DocumentJurisdictionResolved",
        "BodyPlaceResolved",
    }, report.to_text()
    assert all(f.source_file for f in report.findings)
    text = report.to_text()
    assert "TB/KL" in text  # the typo kept as written in one plan is flagged
    ttl = report.to_turtle()
    assert "sh:ValidationReport" in ttl and "sh:conforms true" in ttl


def test_the_turtle_report_is_the_standard_shacl_report_of_every_finding() -> None:
    import rdflib
    from rdflib.namespace import RDF, XSD

    report = validate_store(_store())
    assert report.findings
    g = rdflib.Graph().parse(data=report.to_turtle(), format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    vk = rdflib.Namespace("https://vankien.example.org/ontology#")
    (top,) = g.subjects(RDF.type, sh.ValidationReport)
    assert g.value(top, sh.conforms) == rdflib.Literal(report.conforms)
    results = list(g.objects(top, sh.result))
    assert len(results) == len(report.findings)
    got = sorted(
        (
            str(g.value(r, sh.focusNode)),
            str(g.value(r, sh.resultSeverity)).rsplit("#", 1)[-1],
            str(g.value(r, sh.sourceShape)),
            str(g.value(r, vk.sourceFile)),
            g.value(r, vk.firstLine),
            {m.language: str(m) for m in g.objects(r, sh.resultMessage)}["en"],
        )
        for r in results
    )
    expected = sorted(
        (
            f.focus,
            f.severity,
            f.shape,
            str(f.source_file),
            rdflib.Literal(f.source_line, datatype=XSD.integer) if f.source_line else None,
            f.message_en,
        )
        for f in report.findings
    )
    assert got == expected


def test_checks_in_threads_find_and_locate_the_same_in_the_same_order() -> None:
    store = _store()
    one = [f.to_dict() for f in validate_store(store, threads=1).findings]
    three = [f.to_dict() for f in validate_store(store, threads=3).findings]
    assert len(one) > 3  # enough findings for three threads to share the locating
    assert all(f["source_file"] for f in one)
    assert three == one
