"""Turn the SHACL shapes into SPARQL queries that check a whole store at once.

pySHACL runs a SPARQL-based constraint once per focus node; here each constraint becomes one SELECT
over the union of the named graphs, with the shape's target inlined. The subset of SHACL that the
shapes use is compiled: sh:targetClass, property shapes with an IRI sh:path and sh:minCount,
sh:maxCount, sh:datatype, sh:pattern, sh:class, and node shapes with sh:sparql SELECT constraints.
Anything else raises `UnsupportedShape`, so a shape cannot silently go unchecked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from ontology.vocab import SH, VKSH, sparql_prefixes

SUPPORTED_PROPERTY_KEYS = {
    SH.path,
    SH.minCount,
    SH.maxCount,
    SH.datatype,
    SH.pattern,
    SH.flags,
    SH["class"],
    SH.severity,
    SH.message,
    RDF.type,
    RDFS.label,
    SH.name,
    SH.description,
}


class UnsupportedShape(ValueError):
    pass


@dataclass
class Check:
    """One compiled constraint: a query whose rows are violations."""

    shape: str
    severity: str
    query: str
    messages: dict[str, str] = field(default_factory=dict)  # lang -> template
    path: str | None = None
    component: str = ""  # e.g. "MinCount", "SPARQL"


@cache
def shapes_text() -> str:
    return resources.files("shapes").joinpath("vankien-shapes.ttl").read_text(encoding="utf-8")


def shapes_graph() -> Graph:
    g = Graph()
    g.parse(data=shapes_text(), format="turtle")
    return g


def _severity(g: Graph, node: Node, default: str = "Violation") -> str:
    sev = g.value(node, SH.severity)
    return str(sev).rsplit("#", 1)[-1] if sev is not None else default


def _messages(g: Graph, *nodes: Node) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in nodes:
        for m in g.objects(node, SH.message):
            lang = m.language if isinstance(m, Literal) and m.language else "en"
            out.setdefault(lang, str(m))
    return out


def subclass_closure(ontology: Graph, cls: URIRef) -> list[URIRef]:
    """cls and every class below it in the ontology."""
    seen = {cls}
    todo = [cls]
    while todo:
        c = todo.pop()
        for sub in ontology.subjects(RDFS.subClassOf, c):
            if isinstance(sub, URIRef) and sub not in seen:
                seen.add(sub)
                todo.append(sub)
    return sorted(seen)


def _values(var: str, items: list[URIRef]) -> str:
    return f"VALUES ?{var} {{ " + " ".join(f"<{i}>" for i in items) + " }"


def _target(shape_g: Graph, shape: Node, ontology: Graph) -> str:
    targets = list(shape_g.objects(shape, SH.targetClass))
    if len(targets) != 1 or not isinstance(targets[0], URIRef):
        raise UnsupportedShape(f"{shape}: exactly one sh:targetClass is needed")
    classes = subclass_closure(ontology, targets[0])
    return f"{{ SELECT DISTINCT ?this WHERE {{ ?this <{RDF.type}> ?__cls . {_values('__cls', classes)} }} }}"


def compile_shapes(shape_g: Graph, ontology: Graph) -> list[Check]:
    checks: list[Check] = []
    for shape in sorted(set(shape_g.subjects(RDF.type, SH.NodeShape)), key=str):
        if not isinstance(shape, URIRef):
            raise UnsupportedShape(f"node shapes need an IRI: {shape}")
        target = _target(shape_g, shape, ontology)
        for prop in shape_g.objects(shape, SH.property):
            checks += _compile_property(shape_g, prop, target, ontology)
        for constraint in shape_g.objects(shape, SH.sparql):
            checks.append(_compile_sparql(shape_g, shape, constraint, target))
    return checks


def _compile_property(g: Graph, prop: Node, target: str, ontology: Graph) -> list[Check]:
    if not isinstance(prop, URIRef):
        raise UnsupportedShape(f"property shapes need an IRI: {prop}")
    unknown = {p for p in g.predicates(prop, None)} - SUPPORTED_PROPERTY_KEYS
    if unknown:
        raise UnsupportedShape(f"{prop}: unsupported keys {sorted(map(str, unknown))}")
    path = g.value(prop, SH.path)
    if not isinstance(path, URIRef):
        raise UnsupportedShape(f"{prop}: only IRI paths are supported")
    sev = _severity(g, prop)
    msgs = _messages(g, prop)
    out: list[Check] = []
    p = f"<{path}>"

    def add(component: str, body: str) -> None:
        out.append(Check(str(prop), sev, sparql_prefixes() + body, msgs, str(path), component))

    mn = g.value(prop, SH.minCount)
    if mn is not None:
        n = int(mn)
        add(
            "MinCount",
            f"SELECT ?this WHERE {{ {target} OPTIONAL {{ ?this {p} ?__v }} }} "
            f"GROUP BY ?this HAVING (COUNT(DISTINCT ?__v) < {n})",
        )
    mx = g.value(prop, SH.maxCount)
    if mx is not None:
        n = int(mx)
        add(
            "MaxCount",
            f"SELECT ?this WHERE {{ {target} ?this {p} ?__v }} "
            f"GROUP BY ?this HAVING (COUNT(DISTINCT ?__v) > {n})",
        )
    dt = g.value(prop, SH.datatype)
    if dt is not None:
        add(
            "Datatype",
            f"SELECT ?this ?value WHERE {{ {target} ?this {p} ?value . "
            f"FILTER (!isLiteral(?value) || datatype(?value) != <{dt}>) }}",
        )
    pat = g.value(prop, SH.pattern)
    if pat is not None:
        flags = g.value(prop, SH.flags)
        fl = f', "{flags}"' if flags else ""
        add(
            "Pattern",
            f"SELECT ?this ?value WHERE {{ {target} ?this {p} ?value . "
            f"FILTER (isBlank(?value) || !REGEX(STR(?value), {_sparql_string(str(pat))}{fl})) }}",
        )
    cls = g.value(prop, SH["class"])
    if isinstance(cls, URIRef):
        # rdf:type/rdfs:subClassOf* with the class hierarchy written out from the ontology (plans do not
        # declare classes): a VALUES lookup instead of a path walk per value, 4x faster on 10M triples
        add(
            "Class",
            f"SELECT ?this ?value WHERE {{ {target} ?this {p} ?value . "
            f"FILTER NOT EXISTS {{ ?value <{RDF.type}> ?__c . "
            f"{_values('__c', subclass_closure(ontology, cls))} }} }}",
        )
    return out


def _sparql_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def _compile_sparql(g: Graph, shape: URIRef, constraint: Node, target: str) -> Check:
    # `vksh:fastSelect`: the same constraint written for a whole-graph evaluation (e.g. a grouped
    # subquery that does not project $this, which SHACL's pre-binding forbids in sh:select). pySHACL
    # reads sh:select; the store runs this one; tests/test_shapes_parity.py holds them to the same results.
    select = g.value(constraint, VKSH.fastSelect) or g.value(constraint, SH.select)
    if select is None:
        raise UnsupportedShape(f"{shape}: only sh:select SPARQL constraints are supported")
    text = str(select).replace("$this", "?this")
    if "$PATH" in text or "$currentShape" in text or "$shapesGraph" in text:
        raise UnsupportedShape(f"{shape}: pre-bound variables other than $this are not supported")
    m = _WHERE.search(text)
    if m is None:
        raise UnsupportedShape(f"{shape}: no WHERE clause")
    query = text[: m.end()] + f" {target} " + text[m.end() :]
    query = re.sub(r"^\s*SELECT\s+(?!DISTINCT)", "SELECT DISTINCT ", query, count=1, flags=re.IGNORECASE)
    return Check(
        str(shape),
        _severity(g, shape),
        sparql_prefixes() + query,
        _messages(g, constraint, shape),
        None,
        "SPARQL",
    )
