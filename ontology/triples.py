"""A plan's triples as a plain set, written out as N-Triples without an rdflib graph.

The build makes one small graph per plan, many thousands of times: rdflib's in-memory `Graph` keeps
three indexes and a context table per triple, which cost more than reading the plan. `TripleSet`
holds the same rdflib terms in an insertion-ordered set (so the output is deterministic), writes
N-Triples itself, and becomes an rdflib `Graph` only when asked (tests, pySHACL).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ontology.vocab import bind_all

Triple = tuple[Node, Node, Node]


class TripleAdder(Protocol):
    """What the RDF writers need of a graph: somewhere to add triples."""

    def add(self, triple: Triple, /) -> object: ...

    def __contains__(self, triple: object, /) -> bool: ...


class TripleSet:
    def __init__(self) -> None:
        self._triples: dict[Triple, None] = {}
        # blocks added whole, by identity; held so that an identity is never reused while we live
        self._blocks: dict[int, tuple[Triple, ...]] = {}

    def add(self, triple: Triple, /) -> TripleSet:
        self._triples[triple] = None
        return self

    def add_block(self, block: tuple[Triple, ...], /) -> None:
        """Add the triples of a block made once and replayed (a body's or place's description): a
        block already added is skipped without hashing its triples again (a plan names the same
        bodies many times, and rdflib terms compute their hash on every call)."""
        if id(block) not in self._blocks:
            self._blocks[id(block)] = block
            self._triples.update(dict.fromkeys(block))

    def __len__(self) -> int:
        return len(self._triples)

    def __contains__(self, triple: object) -> bool:
        return triple in self._triples

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        return (o for s, p, o in self._triples if s == subject and p == predicate)

    def ntriples(self) -> bytes:
        """N-Triples, one triple per line, in the order the triples were first added."""
        out = [f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n" for s, p, o in self._triples]
        return "".join(out).encode("utf-8")

    def to_graph(self) -> Graph:
        g = Graph()
        bind_all(g)
        for t in self._triples:
            g.add(t)
        return g


# Characters that may not appear raw in an N-Triples IRIREF, and those a string literal must escape.
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LIT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _iri(value: str) -> str:
    if _IRI_BAD.search(value):
        value = _IRI_BAD.sub(lambda m: f"%{ord(m.group()):02X}", value)
    return f"<{value}>"


_IRI_CACHE: dict[str, str] = {}  # IRIs repeat across plans (properties, classes, bodies, places)


def nt_term(term: Node) -> str:
    """One term in N-Triples syntax."""
    if type(term) is URIRef:
        key = str(term)  # a str's hash is cached; rdflib's term hash is computed on every call
        found = _IRI_CACHE.get(key)
        if found is None:
            if len(_IRI_CACHE) > 100_000:
                _IRI_CACHE.clear()
            found = _IRI_CACHE[key] = _iri(key)
        return found
    if isinstance(term, URIRef):
        return _iri(str(term))
    if isinstance(term, Literal):
        text = f'"{str(term).translate(_LIT_ESCAPES)}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None:
            return f"{text}^^{_iri(str(term.datatype))}"
        return text
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")
