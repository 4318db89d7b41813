"""Small stores for the endpoint tests, made with pyoxigraph and published like a build."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from vankien.store import materialise_union, new_build_dir, publish

EX = "http://example.org/"
G1, G2 = ox.NamedNode(EX + "graph/one"), ox.NamedNode(EX + "graph/two")


def ex(name: str) -> ox.NamedNode:
    return ox.NamedNode(EX + name)


def sample_quads(things: int = 300) -> list[ox.Quad]:
    """Two named graphs: `things` typed resources with labels in G1, a few links in G2."""
    quads = []
    for i in range(things):
        s = ex(f"thing/{i}")
        quads.append(
            ox.Quad(s, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ex("Thing"), G1)
        )
        quads.append(ox.Quad(s, ex("label"), ox.Literal(f"thing {i}", language="en"), G1))
        quads.append(
            ox.Quad(
                s,
                ex("n"),
                ox.Literal(str(i), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
                G1,
            )
        )
    for i in range(10):
        quads.append(ox.Quad(ex(f"thing/{i}"), ex("linksTo"), ex(f"thing/{i + 1}"), G2))
    return quads


def publish_store(root: Path, quads: list[ox.Quad]) -> str:
    """A new build holding `quads`, published as CURRENT; its id."""
    target = new_build_dir(root)
    store = ox.Store(str(target / "oxigraph"))
    store.extend(quads)
    materialise_union(store)
    store.flush()
    del store
    (target / "build.json").write_text(json.dumps({"triples": len(quads)}), encoding="utf-8")
    publish(root, target)
    return target.name
