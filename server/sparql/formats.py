"""Result formats of the endpoint, content negotiation between them, and conversion from the engine's TSV.

Negotiation: an explicit ``format=`` (a short name or a media type) wins; else the Accept header with
its q-values, wildcards (``*/*``, ``application/*``) and the usual aliases (``application/json`` ...).
HTML is offered last, so it is chosen only when a client ranks ``text/html`` above the others, as a
browser does; ``*/*`` alone gets SPARQL JSON (or Turtle for graphs). Nothing acceptable: 406.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pyoxigraph as ox
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header
from werkzeug.utils import get_content_type

from server.errors import NotAcceptable


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    results: ox.QueryResultsFormat | None = None
    rdf: ox.RdfFormat | None = None
    aliases: tuple[str, ...] = ()

    @property
    def is_html(self) -> bool:
        return self.media_type == "text/html"

    @property
    def content_type(self) -> str:
        """The Content-Type header (with the charset for text types, as Werkzeug writes it)."""
        return get_content_type(self.media_type, "utf-8")


HTML = Format("html", "text/html")
RESULT_FORMATS = [
    Format(
        "json",
        "application/sparql-results+json",
        results=ox.QueryResultsFormat.JSON,
        aliases=("application/json", "text/javascript", "application/javascript", "srj"),
    ),
    Format(
        "xml",
        "application/sparql-results+xml",
        results=ox.QueryResultsFormat.XML,
        aliases=("application/xml", "text/xml", "srx"),
    ),
    Format("csv", "text/csv", results=ox.QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values", results=ox.QueryResultsFormat.TSV),
    HTML,
]
GRAPH_FORMATS = [
    Format(
        "ttl",
        "text/turtle",
        rdf=ox.RdfFormat.TURTLE,
        aliases=("application/x-turtle", "application/turtle", "turtle", "n3", "text/n3", "text/rdf+n3"),
    ),
    Format("nt", "application/n-triples", rdf=ox.RdfFormat.N_TRIPLES, aliases=("text/plain", "ntriples")),
    Format("nq", "application/n-quads", rdf=ox.RdfFormat.N_QUADS, aliases=("nquads",)),
    Format(
        "jsonld",
        "application/ld+json",
        rdf=ox.RdfFormat.JSON_LD,
        aliases=("application/json", "json", "json-ld"),
    ),
    Format(
        "rdfxml",
        "application/rdf+xml",
        rdf=ox.RdfFormat.RDF_XML,
        aliases=("application/xml", "text/xml", "xml", "rdf", "rdf+xml", "rdf/xml"),
    ),
    HTML,
]
ALL_MEDIA_TYPES = sorted(
    {f.media_type for f in RESULT_FORMATS + GRAPH_FORMATS}
    | {a for f in RESULT_FORMATS + GRAPH_FORMATS for a in f.aliases if "/" in a}
)


def _offers(formats: list[Format]) -> dict[str, Format]:
    offered: dict[str, Format] = {}
    for f in formats:
        offered.setdefault(f.media_type, f)
    for f in formats:
        for a in f.aliases:
            if "/" in a:
                offered.setdefault(a, f)
    # HTML last: a wildcard alone never picks it
    if "text/html" in offered:
        offered["text/html"] = offered.pop("text/html")
    return offered


def choose(formats: list[Format], accept: MIMEAccept, explicit: str | None) -> Format:
    """The format named by `format=`, else the best the Accept header allows, else NotAcceptable (406)."""
    if explicit:
        wanted = explicit.strip().lower()
        for f in formats:
            if wanted in (f.name, f.media_type, *f.aliases):
                return f
        raise NotAcceptable(
            f"format {explicit!r} is not offered for this result; choose one of "
            + ", ".join(f.name for f in formats),
            {"offered": [f.media_type for f in formats]},
        )
    if not accept or not list(accept.values()):
        return formats[0]
    offered = _offers(formats)
    best = _best(accept, list(offered))
    if best is None:
        raise NotAcceptable(
            "none of the accepted media types can be produced for this result; offered: "
            + ", ".join(f.media_type for f in formats),
            {"offered": [f.media_type for f in formats], "accept": str(accept)},
        )
    return offered[best]


def _best(accept: MIMEAccept, offered: list[str]) -> str | None:
    """The offer with the highest q-value; among equals, the more specific Accept entry, then ours first."""
    best, best_key = None, None
    for i, media in enumerate(offered):
        q, specificity = 0.0, -1
        for value, quality in accept:
            if _matches(value, media):
                spec = 0 if value == "*/*" else 1 if value.endswith("/*") else 2
                if spec > specificity:
                    q, specificity = quality, spec
        if q <= 0:
            continue
        key = (q, specificity if media != "text/html" else -1, -i)
        if best_key is None or key > best_key:
            best, best_key = media, key
    return best


def _matches(pattern: str, media: str) -> bool:
    pattern = pattern.split(";")[0].strip().lower()
    if pattern in ("*", "*/*"):
        return True
    if pattern.endswith("/*"):
        return media.startswith(pattern[:-1])
    return pattern == media


def acceptable_at_all(accept: MIMEAccept, explicit: str | None) -> bool:
    """Whether some result of some query could satisfy the request (checked before running the query)."""
    if explicit:
        wanted = explicit.strip().lower()
        return any(wanted in (f.name, f.media_type, *f.aliases) for f in RESULT_FORMATS + GRAPH_FORMATS)
    if not accept or not list(accept.values()):
        return True
    return _best(accept, ALL_MEDIA_TYPES) is not None


@functools.lru_cache(maxsize=256)
def negotiated(accept: str, explicit: str | None) -> tuple[Format | None, Format | None]:
    """The results format and the graph format that an Accept header and `format=` choose (None: nothing
    fits). Cached per header: clients send the same few, and parsing one costs more than a lookup query."""
    mime = parse_accept_header(accept, MIMEAccept)
    chosen: list[Format | None] = []
    for offered in (RESULT_FORMATS, GRAPH_FORMATS):
        try:
            chosen.append(choose(offered, mime, explicit))
        except NotAcceptable:
            chosen.append(None)
    return chosen[0], chosen[1]


# --- conversion of the engine's output ---------------------------------------------------------------------


def solutions_from_tsv(body: bytes) -> ox.QuerySolutions | ox.QueryBoolean:
    return ox.parse_query_results(body, format=ox.QueryResultsFormat.TSV)


def render_results(body: bytes, fmt: Format) -> bytes:
    """TSV (SELECT) or true/false (ASK) from the engine, in the client's results format."""
    if fmt.results == ox.QueryResultsFormat.TSV and body not in (b"true", b"false"):
        return body  # the engine's own TSV, passed through
    return solutions_from_tsv(body).serialize(format=fmt.results)


def render_graph(body: bytes, fmt: Format, prefixes: dict[str, str] | None = None) -> bytes:
    """N-Triples from the engine, in the client's RDF format."""
    if fmt.rdf == ox.RdfFormat.N_TRIPLES:
        return body
    triples = ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
    if fmt.rdf == ox.RdfFormat.N_QUADS:
        return ox.serialize(triples, format=ox.RdfFormat.N_QUADS)
    if fmt.rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) and prefixes:
        return ox.serialize(triples, format=fmt.rdf, prefixes=prefixes)
    return ox.serialize(triples, format=fmt.rdf)
