"""The shapes file: every shape compiles to SPARQL and speaks Vietnamese and English."""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import RDF

from ontology.rdf import ontology_graph
from ontology.vocab import SH
from shapes.compile import compile_shapes, shapes_graph


def test_every_shape_compiles() -> None:
    checks = compile_shapes(shapes_graph(), ontology_graph())
    shapes = {c.shape for c in checks}
    g = shapes_graph()
    nodes = {str(s) for s in g.subjects(RDF.type, SH.NodeShape)} | {
        str(s) for s in g.subjects(RDF.type, SH.PropertyShape)
    }
    # every node shape with a SPARQL constraint and every property shape yields a check
    expected = {
        s
        for s in nodes
        if (g.value(s, SH.sparql) is not None) or (s in {str(p) for p in g.objects(None, SH.property)})
    }
    assert expected <= shapes
    assert len(checks) >= 25


def test_every_message_is_bilingual() -> None:
    g = shapes_graph()
    holders = set(g.subjects(SH.message, None))
    assert holders
    for h in holders:
        langs = {m.language for m in g.objects(h, SH.message) if isinstance(m, Literal)}
        assert {"vi", "en"} <= langs, h
    for shape in g.subjects(RDF.type, SH.NodeShape):
        for c in g.objects(shape, SH.sparql):
            assert c in holders, shape
    for prop in g.objects(None, SH.property):
        assert prop in holders, prop
