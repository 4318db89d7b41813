"""The SPARQL Service Description (at GET /sparql) and the VoID description (at /.well-known/void).

Both are small RDF graphs, made per build (the VoID counts are computed once per build, on the
Flask process's read-only store) and served in any RDF format by content negotiation.
"""

from __future__ import annotations

import threading

import pyoxigraph as ox

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
DCT = "http://purl.org/dc/terms/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD_INT = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
DCAT = "http://www.w3.org/ns/dcat#"
IANA = "http://www.iana.org/assignments/media-types/"
PREFIXES = {"sd": SD, "void": VOID, "dcterms": DCT, "rdfs": RDFS, "formats": FORMATS, "dcat": DCAT}

RESULT_FORMAT_IRIS = [
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "N-Quads",
    "JSON-LD",
    "RDF_XML",
]


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=XSD_INT)


def service_description(endpoint: str, void_url: str, limits: dict[str, object]) -> list[ox.Triple]:
    svc = _n(endpoint)
    dataset = ox.BlankNode("dataset")
    graph = ox.BlankNode("default")
    t = [
        ox.Triple(svc, RDF_TYPE, _n(SD + "Service")),
        ox.Triple(svc, _n(SD + "endpoint"), svc),
        ox.Triple(svc, _n(SD + "supportedLanguage"), _n(SD + "SPARQL11Query")),
        ox.Triple(svc, _n(SD + "feature"), _n(SD + "UnionDefaultGraph")),
        ox.Triple(svc, _n(SD + "defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, _n(SD + "Dataset")),
        ox.Triple(dataset, RDF_TYPE, _n(VOID + "Dataset")),
        ox.Triple(dataset, _n(RDFS + "seeAlso"), _n(void_url)),
        ox.Triple(dataset, _n(SD + "defaultGraph"), graph),
        ox.Triple(graph, RDF_TYPE, _n(SD + "Graph")),
        ox.Triple(
            svc,
            _n(RDFS + "comment"),
            ox.Literal(
                "Read-only. The default graph is the union of all named graphs. Limits: "
                + "; ".join(f"{k} = {v}" for k, v in limits.items()),
                language="en",
            ),
        ),
    ]
    t += [ox.Triple(svc, _n(SD + "resultFormat"), _n(FORMATS + f)) for f in RESULT_FORMAT_IRIS]
    return t


class VoidCache:
    """The VoID graph of each build, computed once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_build: dict[str, list[ox.Triple]] = {}

    def get(
        self, build_id: str, store: ox.Store, dataset_iri: str, endpoint: str, base: str
    ) -> list[ox.Triple]:
        with self._lock:
            if build_id not in self._by_build:
                self._by_build = {build_id: void(store, dataset_iri, endpoint, base)}
            return self._by_build[build_id]


def void(store: ox.Store, dataset_iri: str, endpoint: str, base: str) -> list[ox.Triple]:
    ds = _n(dataset_iri)
    v = VOID

    def scalar(q: str) -> int:
        for sol in store.query(q):
            return int(sol[0].value)
        return 0

    t = [
        ox.Triple(ds, RDF_TYPE, _n(v + "Dataset")),
        ox.Triple(ds, _n(DCT + "title"), ox.Literal("Vankien", language="en")),
        ox.Triple(
            ds,
            _n(DCT + "description"),
            ox.Literal(
                "A knowledge graph of Vietnamese Party, State and Fatherland Front plan documents",
                language="en",
            ),
        ),
        ox.Triple(ds, _n(v + "sparqlEndpoint"), _n(endpoint)),
        ox.Triple(ds, _n(v + "uriSpace"), ox.Literal(base)),
        ox.Triple(
            ds, _n(v + "triples"), _int(scalar("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        ),
        ox.Triple(
            ds,
            _n(v + "distinctSubjects"),
            _int(scalar("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")),
        ),
        ox.Triple(
            ds,
            _n(v + "properties"),
            _int(scalar("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")),
        ),
        ox.Triple(ds, _n(v + "classes"), _int(scalar("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }"))),
    ]
    for i, sol in enumerate(
        store.query(
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c",
        )
    ):
        part = _n(f"{dataset_iri}/class/{i}")
        t += [
            ox.Triple(ds, _n(v + "classPartition"), part),
            ox.Triple(part, _n(v + "class"), sol["c"]),
            ox.Triple(part, _n(v + "entities"), _int(int(sol["n"].value))),
        ]
    for sol in store.query(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    ):
        g = sol["g"]
        t += [
            ox.Triple(ds, _n(v + "subset"), g),
            ox.Triple(g, RDF_TYPE, _n(v + "Dataset")),
            ox.Triple(g, _n(v + "triples"), _int(int(sol["n"].value))),
            ox.Triple(g, _n(v + "sparqlEndpoint"), _n(endpoint)),
        ]
    # the dumps are served by the same site, beside the endpoint (server/pages/dumps.py)
    site = endpoint[: -len("/sparql")] if endpoint.endswith("/sparql") else endpoint.rsplit("/", 1)[0]
    return t + data_dumps(dataset_iri, site + "/dumps/")


def data_dumps(dataset_iri: str, dumps_url: str) -> list[ox.Triple]:
    """`void:dataDump` for each dump the site offers (vankien.export.FORMATS), with its format and what
    it holds; `void:feature` names the formats."""
    from vankien.export import FORMATS as DUMP_FORMATS
    from vankien.export import dump_file_name

    ds = _n(dataset_iri)
    t = []
    for f in DUMP_FORMATS.values():
        dump = _n(dumps_url + dump_file_name(f.name))
        t += [
            ox.Triple(ds, _n(VOID + "dataDump"), dump),
            ox.Triple(ds, _n(VOID + "feature"), _n(FORMATS + f.w3c)),
            ox.Triple(dump, _n(DCT + "format"), _n(FORMATS + f.w3c)),
            ox.Triple(dump, _n(DCAT + "mediaType"), _n(IANA + f.media_type)),
            ox.Triple(dump, _n(DCAT + "compressFormat"), _n(IANA + "application/gzip")),
            ox.Triple(dump, _n(RDFS + "comment"), ox.Literal(f.holds, language="en")),
        ]
    return t
