"""Validation: the shapes' SPARQL run on the store (fast path) and pySHACL on small graphs (reference).

Both paths return a `Report` whose findings carry the plan (named graph) and the file and line
the offending fact was read from, looked up through the PROV-O links of the plan graphs.
"""

from __future__ import annotations

import os
import re
import time
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph

from ontology.iris import BASE_DEFAULT, ONTOLOGY_GRAPH
from ontology.rdf import ontology_graph
from ontology.vocab import SH, sparql_prefixes
from shapes.compile import Check, compile_shapes, shapes_graph
from shapes.report import Finding, Report

_OWL_CLASS_ASK = (
    "ASK { <https://vankien.example.org/ontology#Document> "
    "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Class> }"
)


@cache
def checks() -> tuple[Check, ...]:
    return tuple(compile_shapes(shapes_graph(), ontology_graph()))


# -- fast path ---------------------------------------------------------------------------------------
def validate_store(
    store: ox.Store,
    *,
    base: str = BASE_DEFAULT,
    ensure_ontology: bool = True,
    locate: bool = True,
    threads: int | None = None,
) -> Report:
    """Run every shape as one SPARQL query over the store's default graph, which the build makes the
    set union of all its graphs (`vankien.store.materialise_union`).

    The shapes read a few facts of the ontology (document type names and abbreviations, class
    hierarchy); when the store does not hold the ontology and `ensure_ontology` is true, it is added
    to the store in its named graph (ONTOLOGY_GRAPH(base)).

    On a local store the checks run in `threads` threads (default: one per core): Oxigraph evaluates
    a query without holding Python's lock, and no check dominates (at 1,000 generated plans the
    slowest of 32 takes 11 % of the time), so two cores nearly halve the time. The findings come out
    in the order of the checks whatever the threads did.
    """
    start = time.perf_counter()
    if ensure_ontology and not store.query(_OWL_CLASS_ASK):
        load_ontology(store, base)
    n = _threads(store, threads)
    with ThreadPoolExecutor(n) as pool:
        findings = [f for found in pool.map(lambda c: _run_check(store, c), checks()) for f in found]
        if locate:
            todo = _locatable(findings)
            list(pool.map(lambda part: locate_sources(store, part), [todo[i::n] for i in range(n)]))
    return Report(findings=findings, seconds=time.perf_counter() - start, engine="oxigraph-sparql")


def _threads(store: object, threads: int | None) -> int:
    """Threads for the queries of a validation: several on a local store, one on a remote server (whose
    client is one HTTP session)."""
    if not isinstance(store, ox.Store):
        return 1
    return max(1, threads or os.cpu_count() or 1)


def load_ontology(store: ox.Store, base: str = BASE_DEFAULT) -> None:
    data = ontology_graph().serialize(format="nt").encode("utf-8")
    store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(ONTOLOGY_GRAPH(base)))
    store.load(data, format=ox.RdfFormat.N_TRIPLES)  # the default graph holds the union of all graphs


def _term_text(term: Any) -> str | None:
    if term is None:
        return None
    return str(term.value)


def _fill(template: str, row: dict[str, Any]) -> str:
    def repl(m: re.Match[str]) -> str:
        name = m.group(2)
        value = row.get("this" if name == "this" else name)
        return _term_text(value) or ""

    return re.sub(r"\{([?$])(\w+)\}", repl, template)


def _run_check(store: ox.Store, check: Check) -> list[Finding]:
    out = []
    results = store.query(check.query)
    names = [v.value for v in results.variables]
    for sol in results:
        row = {n: sol[n] for n in names}
        focus = row.get("this")
        if focus is None:
            continue
        value = row.get("value")
        if value is None and check.component == "SPARQL":
            value = focus  # SHACL: without ?value, the value of a SPARQL result is the focus node
        path = row.get("path")
        out.append(
            Finding(
                severity=check.severity,
                focus=_term_text(focus) or "",
                path=check.path or _term_text(path),
                value=_term_text(value),
                value_is_iri=isinstance(value, ox.NamedNode),
                value_n3=str(value) if isinstance(value, (ox.NamedNode, ox.Literal)) else None,
                message_en=_fill(check.messages.get("en", ""), row),
                message_vi=_fill(check.messages.get("vi", ""), row),
                shape=check.shape,
            )
        )
    return out


# -- where each finding was read ---------------------------------------------------------------------
_EXCERPT = "?ex vk:sourceFile ?exFile . OPTIONAL { ?ex vk:firstLine ?line } OPTIONAL { ?ex prov:value ?text }"
# Where a finding was read, most telling first: the statement linking focus and value (a qualified
# carries-out or citation), the line a plan's issuer was read from, a triple of the focus with that
# value, the focus's own excerpt, a node that names the focus (e.g. the task naming a body), any plan
# graph that mentions the focus.
_LOCATE_STEPS = [
    "GRAPH ?g { $focus vk:qualifiedImplementation ?link . ?link vk:implementedDocument $value . "
    "?link prov:wasDerivedFrom ?ex . EXCERPT }",
    "GRAPH ?g { $focus vk:hasCitation ?link . ?link vk:citedDocument $value . "
    "?link prov:wasDerivedFrom ?ex . EXCERPT }",
    "GRAPH ?g { $focus eli:passed_by $value . $value prov:wasDerivedFrom ?ex . EXCERPT }",
    "GRAPH ?g { $focus ?p $value . $focus prov:wasDerivedFrom ?ex . EXCERPT }",
    "GRAPH ?g { $focus prov:wasDerivedFrom ?ex . EXCERPT }",
    "GRAPH ?g { ?x ?p2 $focus . ?x prov:wasDerivedFrom ?ex . EXCERPT }",
    "GRAPH ?g { $focus ?p3 ?o3 }",
]
_LOCATE_STEPS = [
    sparql_prefixes() + "SELECT ?g ?exFile ?line ?text WHERE { " + step.replace("EXCERPT", _EXCERPT) + " }"
    for step in _LOCATE_STEPS
]


def _locatable(findings: list[Finding], limit: int = 20000) -> list[Finding]:
    """The findings whose source is looked up: the first `limit` whose focus is an IRI."""
    return [f for f in findings if f.focus.startswith(("http://", "https://"))][:limit]


def locate_sources(store: ox.Store, findings: list[Finding], limit: int = 20000) -> None:
    """Fill plan, source_file, source_line and source_text of each finding from the PROV-O links.

    Small queries with the focus (and value) written in, tried in order until one finds a plan graph.
    """
    todo = _locatable(findings, limit)
    graphs: dict[str, tuple[str | None, str | None]] = {}  # plan graph -> (primary topic, file)
    for f in todo:
        # a literal computed by a SPARQL constraint narrows the search only where it is in the data
        value = f.value_n3 or "?anyValue"
        for step in _LOCATE_STEPS:
            if "$value" in step and f.value_n3 is None:
                continue
            query = step.replace("$focus", f"<{f.focus}>").replace("$value", value)
            rows = list(store.query(query, use_default_graph_as_union=True))
            new = {r["g"].value for r in rows} - graphs.keys()
            if new:
                graphs.update(_plan_graphs(store, new))
            best: tuple[Any, ...] | None = None
            for sol in rows:
                g = sol["g"].value
                if g not in graphs:
                    continue  # not a plan graph (reference data, ontology)
                top, g_file = graphs[g]
                line = int(sol["line"].value) if sol["line"] is not None else None
                key = (line is None, top != f.focus, line or 0, g)
                cand = (key, g, _term_text(sol["exFile"]) or g_file, line, _term_text(sol["text"]))
                if best is None or cand[0] < best[0]:
                    best = cand
            if best is not None:
                f.plan, f.source_file, f.source_line, f.source_text = best[1:]
                break


def _plan_graphs(store: ox.Store, names: set[str]) -> dict[str, tuple[str | None, str | None]]:
    """For each name that is a plan graph: its primary topic and source file name.

    A plan graph describes itself, and the default graph holds the union of all graphs: asking the
    default graph avoids a scan of every named graph (`GRAPH ?g` with ?g bound by VALUES is not pushed
    down by Oxigraph)."""
    values = " ".join(f"<{n}>" for n in sorted(names))
    query = (
        sparql_prefixes()
        + f"""
    SELECT ?g ?top ?file WHERE {{
      VALUES ?g {{ {values} }}
      ?g a vk:PlanGraph . OPTIONAL {{ ?g foaf:primaryTopic ?top }}
      OPTIONAL {{ ?g prov:wasDerivedFrom/vk:fileName ?file }}
    }}"""
    )
    out: dict[str, tuple[str | None, str | None]] = {}
    for r in store.query(query):
        out[r["g"].value] = (_term_text(r["top"]), _term_text(r["file"]))
    return out


# -- reference path ----------------------------------------------------------------------------------
def _to_store(graph: Graph | Dataset | ConjunctiveGraph) -> ox.Store:
    store = ox.Store()
    if isinstance(graph, (Dataset, ConjunctiveGraph)):
        data = graph.serialize(format="nquads").encode("utf-8")
        store.load(data, format=ox.RdfFormat.N_QUADS)
        # the default graph holds the union of all graphs, as in a build (vankien.store.materialise_union)
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    else:
        data = graph.serialize(format="nt").encode("utf-8")
        store.load(data, format=ox.RdfFormat.N_TRIPLES)
    return store


def _union(graph: Graph | Dataset | ConjunctiveGraph) -> Graph:
    if isinstance(graph, (Dataset, ConjunctiveGraph)):
        g = Graph()
        for s, p, o, _c in graph.quads((None, None, None, None)):
            g.add((s, p, o))
        return g
    return graph


def validate_graph_pyshacl(graph: Graph | Dataset | ConjunctiveGraph, *, locate: bool = True) -> Report:
    """Validate a small graph (or dataset: its union) with pySHACL, the reference SHACL engine."""
    import pyshacl

    start = time.perf_counter()
    data = Graph()
    data += _union(graph)
    data += ontology_graph()  # the shapes read type names, abbreviations, level ranks and subclasses
    _conforms, results_graph, _text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph(),
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    findings = []
    for r in results_graph.subjects(SH.resultSeverity, None):
        msgs = {}
        for m in results_graph.objects(r, SH.resultMessage):
            msgs.setdefault(m.language or "en", str(m))
        value = results_graph.value(r, SH.value)
        path = results_graph.value(r, SH.resultPath)
        findings.append(
            Finding(
                severity=str(results_graph.value(r, SH.resultSeverity)).rsplit("#", 1)[-1],
                focus=str(results_graph.value(r, SH.focusNode)),
                path=str(path) if isinstance(path, URIRef) else None,
                value=str(value) if value is not None else None,
                value_is_iri=isinstance(value, URIRef),
                value_n3=value.n3() if isinstance(value, (URIRef, Literal)) else None,
                message_en=msgs.get("en", ""),
                message_vi=msgs.get("vi", ""),
                shape=str(results_graph.value(r, SH.sourceShape)),
            )
        )
    if locate and findings:
        locate_sources(_to_store(graph), findings)
    return Report(findings=findings, seconds=time.perf_counter() - start, engine="pyshacl")
