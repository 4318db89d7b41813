"""Result formats of the endpoint and content negotiation between them."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from werkzeug.datastructures import MIMEAccept

from server.errors import NotAcceptable


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    results: ox.QueryResultsFormat | None = None
    rdf: ox.RdfFormat | None = None


RESULT_FORMATS = [
    Format("json", "application/sparql-results+json", results=ox.QueryResultsFormat.JSON),
    Format("xml", "application/sparql-results+xml", results=ox.QueryResultsFormat.XML),
    Format("csv", "text/csv", results=ox.QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values", results=ox.QueryResultsFormat.TSV),
]
GRAPH_FORMATS = [
    Format("ttl", "text/turtle", rdf=ox.RdfFormat.TURTLE),
    Format("nt", "application/n-triples", rdf=ox.RdfFormat.N_TRIPLES),
    Format("nq", "application/n-quads", rdf=ox.RdfFormat.N_QUADS),
    Format("jsonld", "application/ld+json", rdf=ox.RdfFormat.JSON_LD),
    Format("rdfxml", "application/rdf+xml", rdf=ox.RdfFormat.RDF_XML),
]
ALIASES = {"application/json": "json", "application/xml": "xml", "text/xml": "xml", "text/plain": "nt"}


def choose(formats: list[Format], accept: MIMEAccept, explicit: str | None) -> Format:
    """The format named by `format=` (a short name or a media type), else the best the Accept header allows."""
    if explicit:
        for f in formats:
            if explicit in (f.name, f.media_type) or ALIASES.get(explicit) == f.name:
                return f
        raise NotAcceptable(
            f"format {explicit!r} is not offered here; choose one of " + ", ".join(f.name for f in formats)
        )
    if not accept or not list(accept.values()):
        return formats[0]
    offered = {f.media_type: f for f in formats}
    for alias, name in ALIASES.items():
        match = next((f for f in formats if f.name == name), None)
        if match:
            offered.setdefault(alias, match)
    best = accept.best_match(list(offered), default=None)
    if best is None:
        raise NotAcceptable(
            "none of the accepted media types can be produced; offered: " + ", ".join(f.media_type for f in formats)
        )
    return offered[best]
