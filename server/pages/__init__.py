"""Browsing pages (server-rendered, Jinja, autoescaped), one module per area:

- `entities`: Linked Data — every minted IRI dereferences (HTML, Turtle, JSON-LD, N-Triples)
- `plans`: the page of an analysed plan, with its source text highlighted
- `lists`: home, faceted lists of documents and bodies, the hierarchy of bodies
- `chain`: the chain of implementation of a document and its graph view
- `finding`: full-text search and the citation resolver
- `editor`: the SPARQL editor (YASGUI) and the validation report
- `dumps`: downloads of the whole dataset, one file per format, made once per build
- `sitemap`: every page of the graph (/sitemap.txt), for tests and the benchmark
"""

from __future__ import annotations

from server.pages import (  # noqa: F401
    chain,
    dumps,
    editor,
    entities,
    finding,
    lists,
    ontology_page,
    plans,
    sitemap,
)

# (the modules above register their routes on the blueprint)
from server.pages.common import bp

__all__ = ["bp"]
