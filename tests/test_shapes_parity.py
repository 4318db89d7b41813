"""pySHACL (reference) and the store's SPARQL (fast path) find the same results on the fixtures."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import Dataset

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "shapes"))
import shape_fixtures as fx

from shapes.validate import validate_graph_pyshacl, validate_store

SCEN = fx.scenarios()


def _key(report):  # type: ignore[no-untyped-def]
    return {(f.focus, f.shape, f.severity, f.value if f.value_is_iri else None) for f in report.findings}


@pytest.mark.parametrize("name", [*sorted(n for n in SCEN if n.endswith("_break")), "r1_keep"])
def test_same_findings(name: str) -> None:
    fast = validate_store(fx.store(SCEN[name]))
    ref = validate_graph_pyshacl(fx.dataset(SCEN[name]))
    assert _key(fast) == _key(ref)
    assert bool(fast.findings) == name.endswith("_break")
    # the reference path also reads file and line from the provenance
    lines = {(f.focus, f.shape): f.source_line for f in fast.findings}
    assert {(f.focus, f.shape): f.source_line for f in ref.findings} == lines


def test_same_findings_on_cycle_fixture() -> None:
    ttl = fx.FIXTURES / "suborg_cycle.ttl"
    ds = Dataset()
    ds.graph("https://vankien.example.org/graph/test").parse(ttl, format="turtle")
    assert _key(validate_store(fx.store([], ttl))) == _key(validate_graph_pyshacl(ds))
