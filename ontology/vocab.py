"""Namespaces of the Vankien vocabulary and the vocabularies it reuses.

The vocabulary namespace (`VK`) is fixed: it names terms, not data, so it does not move with the
configurable base IRI of the instance data.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD


class TermCache(Namespace):
    """An rdflib `Namespace` that makes each term once: `VK.level` is then a plain attribute lookup.

    rdflib makes a new `URIRef` (and checks it) on every `VK.level`; the build writes hundreds of
    thousands of triples a minute, and those lookups were 5 % of a worker's time."""

    def __getattr__(self, name: str) -> URIRef:
        term = super().__getattr__(name)
        self.__dict__[name] = term
        return term

    def __getitem__(self, key: str) -> URIRef:  # type: ignore[override]
        # kept apart from the attributes: VK["term"] must not hide the method `term`
        items = self.__dict__.setdefault("_items", {})
        found = items.get(key)
        if found is None:
            found = items[key] = self.term(key)
        return found


VK_IRI = "https://vankien.example.org/ontology#"
VK = TermCache(VK_IRI)
VKSH = TermCache("https://vankien.example.org/shapes#")
ORG = TermCache("http://www.w3.org/ns/org#")
ELI = TermCache("http://data.europa.eu/eli/ontology#")
SDO = TermCache("https://schema.org/")
SH = TermCache("http://www.w3.org/ns/shacl#")

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
