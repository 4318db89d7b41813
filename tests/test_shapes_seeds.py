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
