"""Linked Data: every IRI the graph mints dereferences to a page, and to Turtle, JSON-LD or N-Triples.

The format is chosen by a file suffix (``.ttl``, ``.jsonld``, ``.nt``) or else by content negotiation
(``Accept``); browsers get HTML, which links its machine-readable twins with ``<link rel="alternate">``.
The RDF of an entity is every triple it is the subject or the object of, in any graph.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from flask import Response, redirect, render_template, request, url_for

from ontology.vocab import PREFIXES
from server.errors import BadRequest, NotFound
from server.pages import common
from server.pages.common import bp, catalog, iri_url, label_of, store, t

RDF_FORMATS = {
    "ttl": ("text/turtle", ox.RdfFormat.TURTLE),
    "jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD),
    "nt": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
}
_BY_MEDIA = {media: suffix for suffix, (media, _f) in RDF_FORMATS.items()}
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
VK = str(PREFIXES["vk"])
MAX_INCOMING = 500

# Names of incoming relations, read from the object's side.
INVERSE = {
    "http://data.europa.eu/eli/ontology#cites": ("Được dẫn chiếu bởi", "Cited by"),
    VK + "carriesOut": ("Được thực hiện bởi", "Carried out by"),
    VK + "restsOn": ("Là căn cứ của", "Basis of"),
    VK + "assignee": ("Nhiệm vụ được giao", "Tasks received"),
    VK + "coordinatesWith": ("Phối hợp thực hiện", "Tasks it coordinates in"),
    VK + "reportsTo": ("Nhận báo cáo của", "Receives reports of"),
    VK + "recipient": ("Được gửi qua", "Addressed through"),
    VK + "addressedTo": ("Nhận văn bản", "Documents received"),
    "http://www.w3.org/ns/org#subOrganizationOf": ("Cơ quan trực thuộc (thành viên)", "Members"),
    "http://data.europa.eu/eli/ontology#passed_by": ("Văn bản ban hành", "Documents issued"),
    VK + "place": ("Cơ quan tại địa bàn", "Bodies of this place"),
    VK + "partOf": ("Địa bàn trực thuộc", "Places within"),
    VK + "jurisdiction": ("Văn bản thuộc địa bàn", "Documents of this jurisdiction"),
    VK + "citedDocument": ("Các lần được dẫn chiếu", "Citations of it"),
    VK + "implementedDocument": ("Các quan hệ thực hiện", "Implementation links"),
    VK + "signer": ("Chữ ký", "Signatures"),
    VK + "signedBy": ("Văn bản đã ký", "Documents signed"),
    VK + "namedIn": ("Cơ quan được nêu", "Bodies named"),
    PROV_DERIVED: ("Dữ kiện đọc từ đây", "Facts read from here"),
    "http://purl.org/dc/terms/isPartOf": ("Các phần", "Parts"),
    VK + "assignedBy": ("Nhiệm vụ giao", "Tasks given"),
    VK + "citingDocument": ("Các lần dẫn chiếu", "Citations made"),
    "http://xmlns.com/foaf/0.1/primaryTopic": ("Đồ thị có tên", "Named graph"),
}


@dataclass
class Value:
    text: str
    url: str | None = None
    note: str = ""  # language tag or datatype
    quote: str | None = None


@dataclass
class Group:
    predicate: str
    label: str
    values: list[Value] = field(default_factory=list)


def _term_key(term: ox.Term) -> str:
    return term.value


def describe(iri: str) -> tuple[list[ox.Triple], list[ox.Triple]]:
    """(outgoing, incoming) triples of an IRI in the default graph (the union of all graphs)."""
    s = store()
    node = ox.NamedNode(iri)
    out = {(q.predicate, q.object) for q in s.quads_for_pattern(node, None, None, ox.DefaultGraph())}
    inc: set[tuple[ox.Term, ox.Term]] = set()
    for q in s.quads_for_pattern(None, None, node, ox.DefaultGraph()):
        inc.add((q.subject, q.predicate))
        if len(inc) >= MAX_INCOMING:
            break
    outgoing = [ox.Triple(node, p, o) for p, o in sorted(out, key=lambda x: (x[0].value, _term_key(x[1])))]
    incoming = [ox.Triple(sub, p, node) for sub, p in sorted(inc, key=lambda x: (x[1].value, x[0].value))]
    return outgoing, incoming


def serialize(triples: list[ox.Triple], fmt: ox.RdfFormat) -> bytes:
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    prefixes["vki"] = common.base()
    if fmt in (ox.RdfFormat.TURTLE,):
        return ox.serialize(triples, format=fmt, prefixes=prefixes)
    return ox.serialize(triples, format=fmt)


def wanted_format(suffix: str | None) -> str | None:
    """'ttl' / 'jsonld' / 'nt' when RDF is asked for (suffix first, then Accept), None for HTML."""
    if suffix:
        return suffix
    accept = request.accept_mimetypes
    best = accept.best_match(["text/html", *_BY_MEDIA], default="text/html")
    if best in _BY_MEDIA and accept[best] > accept["text/html"]:
        return _BY_MEDIA[best]
    return None


def alternates(iri: str) -> list[tuple[str, str, str]]:
    """(media type, url, name) of the machine-readable twins of an entity page."""
    path = common.iri_path(iri)
    out = []
    for suffix, (media, _f) in RDF_FORMATS.items():
        url = (
            request.script_root + "/" + path + "." + suffix
            if path is not None
            else url_for("pages.resource", iri=iri, format=suffix)
        )
        out.append((media, url, suffix))
    return out


def rdf_response(iri: str, suffix: str) -> Response:
    outgoing, incoming = describe(iri)
    if not outgoing and not incoming:
        raise NotFound(f"the graph says nothing about <{iri}>", {"iri": iri})
    media, fmt = RDF_FORMATS[suffix]
    resp = Response(serialize(outgoing + incoming, fmt), mimetype=media)
    resp.charset = "utf-8"
    resp.headers["Vary"] = "Accept"
    return resp


def _value(term: ox.Term, excerpts: dict[str, dict[str, Any]]) -> Value:
    if isinstance(term, ox.NamedNode):
        ex = excerpts.get(term.value)
        if ex:
            return Value(ex["label"], ex["url"], quote=ex.get("quote"))
        url = (
            iri_url(term.value)
            if _dereferences(term.value)
            else common.url_for("pages.resource", iri=term.value)
        )
        return Value(label_of(term.value), url)
    if isinstance(term, ox.Literal):
        note = term.language or ""
        if not note and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            note = label_of(term.datatype.value)
        return Value(term.value, None, note)
    return Value(str(term))


def _dereferences(iri: str) -> bool:
    return common.iri_path(iri) is not None


def excerpt_info(iris: list[str]) -> dict[str, dict[str, Any]]:
    """Source excerpts among `iris`: a label 'file, line n' and the plan page's line anchor."""
    if not iris:
        return {}
    values = " ".join(f"<{i}>" for i in iris)
    cat = catalog()
    out: dict[str, dict[str, Any]] = {}
    for sol in store().query(
        f"""SELECT ?e ?file ?first ?last ?quote WHERE {{ VALUES ?e {{ {values} }}
        ?e <{VK}sourceFile> ?file .
        OPTIONAL {{ ?e <{VK}firstLine> ?first }} OPTIONAL {{ ?e <{VK}lastLine> ?last }}
        OPTIONAL {{ ?e <http://www.w3.org/ns/prov#value> ?quote }} }}""",
    ):
        e, file = sol["e"].value, sol["file"].value
        first = sol["first"].value if sol["first"] is not None else None
        last = sol["last"].value if sol["last"] is not None else first
        plan = cat.by_source.get(file)
        url = iri_url(plan) + (f"#L{first}" if first else "") if plan else iri_url(e)
        span = f"{first}" if first == last else f"{first}–{last}"
        out[e] = {
            "label": t(f"{file}, dòng {span}", f"{file}, line {span}") if first else file,
            "url": url,
            "quote": sol["quote"].value if sol["quote"] is not None else None,
        }
    return out


def groups(iri: str) -> tuple[list[Group], list[Group], list[str]]:
    """Outgoing and incoming facts grouped by predicate, with labels; and the entity's types."""
    outgoing, incoming = describe(iri)
    derived = [tr.object.value for tr in outgoing if tr.predicate.value == PROV_DERIVED]
    excerpts = excerpt_info(derived)
    out: dict[str, Group] = {}
    types = []
    for tr in outgoing:
        p = tr.predicate.value
        if p == RDF_TYPE:
            types.append(tr.object.value)
        grp = out.setdefault(p, Group(p, label_of(p)))
        grp.values.append(_value(tr.object, excerpts))
    inc: dict[str, Group] = {}
    for tr in incoming:
        p = tr.predicate.value
        name = INVERSE.get(p)
        label = t(*name) if name else t(f"{label_of(p)} (chiều ngược)", f"{label_of(p)} (inverse)")
        grp = inc.setdefault(p, Group(p, label))
        grp.values.append(_value(tr.subject, {}))
    for grp in [*out.values(), *inc.values()]:
        grp.values.sort(key=lambda v: v.text)
    order = [
        RDF_TYPE,
        "http://www.w3.org/2000/01/rdf-schema#label",
        "http://www.w3.org/2004/02/skos/core#prefLabel",
    ]
    outs = sorted(
        out.values(), key=lambda g: (order.index(g.predicate) if g.predicate in order else 9, g.label)
    )
    return outs, sorted(inc.values(), key=lambda g: g.label), types


def breadcrumbs(iri: str) -> list[tuple[str, str]]:
    """(label, url) from the country down to a body or place: the hierarchy above it."""
    cat = catalog()
    chain: list[str] = []
    body = cat.bodies.get(iri)
    place = body.place if body else (iri if iri in cat.places else None)
    seen = {iri}
    parent = body.parent if body else None
    parents = []
    while parent and parent in cat.bodies and parent not in seen:
        seen.add(parent)
        parents.append(parent)
        parent = cat.bodies[parent].parent
    chain = [p.iri for p in cat.place_chain(place)]
    if body is not None:
        chain += [p for p in reversed(parents) if cat.bodies[p].place == body.place]
    crumbs = [(label_of(c), iri_url(c)) for c in chain if c != iri]
    return crumbs


def entity_page(iri: str, suffix: str | None) -> Response | str:
    fmt = wanted_format(suffix)
    if fmt is not None:
        return rdf_response(iri, fmt)
    cat = catalog()
    doc = cat.documents.get(iri)
    if doc is not None and doc.analysed and doc.facts_name and request.args.get("view") != "facts":
        from server.pages.plans import plan_page

        return plan_page(doc)
    outs, incs, types = groups(iri)
    if not outs and not incs:
        raise NotFound(f"the graph says nothing about <{iri}>", {"iri": iri})
    return render_template(
        "entity.html",
        iri=iri,
        title=label_of(iri),
        outgoing=outs,
        incoming=incs,
        types=[label_of(x) for x in types],
        crumbs=breadcrumbs(iri),
        alternates=alternates(iri),
        doc=doc,
        body=cat.bodies.get(iri),
        place=cat.places.get(iri),
    )


def _split_suffix(path: str) -> tuple[str, str | None]:
    for suffix in RDF_FORMATS:
        if path.endswith("." + suffix):
            return path[: -len(suffix) - 1], suffix
    return path, None


def _ld_view(root: str, rest: str) -> Any:
    path, suffix = _split_suffix(rest)
    return entity_page(f"{common.base()}{root}/{path}", suffix)


for _root in common.LD_ROOTS:
    bp.add_url_rule(f"/{_root}/<path:rest>", f"ld_{_root}", lambda rest, _r=_root: _ld_view(_r, rest))


@bp.route("/id")
def resource() -> Any:
    """Any IRI of the graph: `/id?iri=...` (redirects to the IRI's own path when it has one)."""
    iri = (request.args.get("iri") or "").strip()
    if not iri:
        raise BadRequest("give the IRI to look up: /id?iri=<IRI>")
    fmt = request.args.get("format")
    if fmt is not None and fmt not in RDF_FORMATS:
        raise BadRequest(f"unknown format {fmt!r}; one of {', '.join(RDF_FORMATS)}")
    path = common.iri_path(iri)
    if path is not None:
        target = "/" + path + (f".{fmt}" if fmt else "")
        return redirect(request.script_root + target, code=303)
    return entity_page(iri, fmt)


def incoming_index(iri: str) -> dict[str, list[str]]:
    """Subjects of incoming triples by predicate (used by pages that lay them out themselves)."""
    out: dict[str, list[str]] = defaultdict(list)
    for tr in describe(iri)[1]:
        out[tr.predicate.value].append(tr.subject.value)
    return out
