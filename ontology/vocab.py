"""Namespaces of the Vankien vocabulary and the vocabularies it reuses.

The vocabulary namespace (`VK`) is fixed: it names terms, not data, so it does not move with the
configurable base IRI of the instance data.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

VK_IRI = "https://vankien.example.org/ontology#"
VK = Namespace(VK_IRI)
VKSH = Namespace("https://vankien.example.org/shapes#")
ORG = Namespace("http://www.w3.org/ns/org#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SDO = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")

# Concept schemes and their members live in the vocabulary namespace, as they are part of it.
LEVEL = {name: VK["level-" + name] for name in ("central", "province", "district", "grassroots")}
SYSTEM = {name: VK["system-" + name] for name in ("party", "state", "front")}
LEVEL_RANK = {"central": 0, "province": 1, "district": 2, "grassroots": 3}

PREFIXES = {
    "vk": VK,
    "vksh": VKSH,
    "org": ORG,
    "eli": ELI,
    "schema": SDO,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "prov": PROV,
    "foaf": FOAF,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "sh": SH,
}


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def bind_all(graph) -> None:  # type: ignore[no-untyped-def]
    for p, ns in PREFIXES.items():
        graph.bind(p, ns, override=True)
