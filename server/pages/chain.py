"""The chain of implementation of a document, and a graph view of what is around it.

Down: the plans that carry the document out (vk:carriesOut), and the plans that carry those out, level
by level, with each plan's issue date and its lag in days from the document above. Up: what the
document itself carries out. Gaps: the provinces and districts the graph has plans of, within the
document's reach, that have no plan in the chain. The graph view is a server-drawn SVG (no JavaScript):
one column per level, arrows for "carries out", dashed lines for "cites".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flask import Response, jsonify, render_template, request
from markupsafe import Markup, escape

from server.errors import BadRequest, NotFound
from server.pages.catalog import LEVELS, Catalog, Document
from server.pages.common import bp, catalog, iri_url, label_of, level_name, t

MAX_DEPTH = 6


@dataclass
class Step:
    doc: Document
    depth: int
    parent: Document | None
    lag: int | None  # days after the document above
    children: list[Step] = field(default_factory=list)


def chain_down(cat: Catalog, root: Document) -> tuple[Step, list[Step]]:
    """The tree of plans carrying out `root` (breadth first; each plan once), and its steps in order."""
    top = Step(root, 0, None, None)
    seen = {root.iri}
    queue, flat = [top], []
    while queue:
        step = queue.pop(0)
        if step.depth >= MAX_DEPTH:
            continue
        kids = [
            cat.documents[i] for i in cat.implementers(step.doc.iri) if i in cat.documents and i not in seen
        ]
        kids.sort(key=lambda d: (d.date or step.doc.date or _far(), d.label))
        for d in kids:
            seen.add(d.iri)
            lag = (d.date - step.doc.date).days if d.date and step.doc.date else None
            child = Step(d, step.depth + 1, step.doc, lag)
            step.children.append(child)
            flat.append(child)
            queue.append(child)
    return top, flat


def _far() -> Any:
    from datetime import date

    return date.max


def chain_up(cat: Catalog, doc: Document) -> list[list[Document]]:
    """What the document carries out, then what those carry out … (nearest first)."""
    out, seen, layer = [], {doc.iri}, [doc.iri]
    for _ in range(MAX_DEPTH):
        nxt = [i for d in layer for i in cat.implemented(d) if i in cat.documents and i not in seen]
        if not nxt:
            break
        seen.update(nxt)
        out.append([cat.documents[i] for i in dict.fromkeys(nxt)])
        layer = nxt
    return out


def gaps(cat: Catalog, root: Document, steps: list[Step]) -> list[tuple[str, str]]:
    """(place IRI, kind) of provinces and districts within the root's reach that the graph has plans of,
    but no plan of the chain."""
    covered = {s.doc.jurisdiction for s in steps if s.doc.jurisdiction}
    scope = root.jurisdiction
    scope_kind = cat.places[scope].kind if scope in cat.places else "country"
    known = set()
    for p in cat.plan_places():
        for place in cat.place_chain(p):
            if place.kind in ("province", "district"):
                known.add(place.iri)
    out = []
    for p in sorted(known, key=lambda i: [x.label for x in cat.place_chain(i)]):
        place = cat.places[p]
        if p in covered:
            continue
        if scope_kind == "province" and (place.kind != "district" or place.parent != scope):
            continue
        if scope_kind in ("district", "bloc"):
            continue
        out.append((p, place.kind))
    return out


def _doc_for(iri: str | None) -> Document:
    if not iri:
        raise BadRequest("give the document: /chain?iri=<document IRI>")
    doc = catalog().documents.get(iri)
    if doc is None:
        raise NotFound(f"<{iri}> is not a document of the graph", {"iri": iri})
    return doc


@bp.route("/chain")
def chain() -> Any:
    cat = catalog()
    doc = _doc_for(request.args.get("iri"))
    top, steps = chain_down(cat, doc)
    missing = gaps(cat, doc, steps)
    if request.args.get("format") == "json":
        return _chain_json(doc, steps, missing)
    by_level: dict[str, list[Step]] = {}
    for s in steps:
        by_level.setdefault(s.doc.level, []).append(s)
    return render_template(
        "chain.html",
        doc=doc,
        top=top,
        steps=steps,
        by_level=[(lv, by_level[lv]) for lv in [*LEVELS, "unknown"] if lv in by_level],
        up=chain_up(cat, doc),
        missing=missing,
        svg=graph_svg(cat, doc),
    )


def _chain_json(doc: Document, steps: list[Step], missing: list[tuple[str, str]]) -> Response:
    return jsonify(
        {
            "document": doc.iri,
            "label": doc.label,
            "chain": [
                {
                    "iri": s.doc.iri,
                    "label": s.doc.label,
                    "depth": s.depth,
                    "carries_out": s.parent.iri if s.parent else None,
                    "date": s.doc.date.isoformat() if s.doc.date else None,
                    "lag_days": s.lag,
                    "level": s.doc.level,
                    "jurisdiction": s.doc.jurisdiction,
                }
                for s in steps
            ],
            "without_plan": [{"iri": p, "kind": k, "label": label_of(p)} for p, k in missing],
        }
    )


# -- the graph view --------------------------------------------------------------------------------
COL_W, ROW_H, BOX_W, BOX_H, PAD = 250, 64, 220, 48, 20


def neighbourhood(cat: Catalog, doc: Document) -> tuple[list[str], list[tuple[str, str, str]]]:
    """Documents around `doc` (two steps of carrying out, one of citing) and the edges between them."""
    nodes = {doc.iri}
    frontier = {doc.iri}
    for _ in range(2):
        nxt: set[str] = set()
        for f in frontier:
            nxt |= cat.carries.get(f, set()) | cat.carried_out_by.get(f, set())
        frontier = nxt - nodes
        nodes |= nxt
    nodes |= cat.cites.get(doc.iri, set()) | cat.cited_by.get(doc.iri, set())
    nodes = {n for n in nodes if n in cat.documents}
    carries = {(a, b) for a in nodes for b in cat.carries.get(a, ()) if b in nodes}
    edges = [(a, b, "carries") for a, b in sorted(carries)]
    edges += [
        (a, b, "cites")
        for a, b in sorted((a, b) for a in nodes for b in cat.cites.get(a, ()) if b in nodes)
        if (a, b) not in carries
    ]
    return sorted(nodes), edges


def graph_svg(cat: Catalog, doc: Document, max_nodes: int = 60) -> Markup:
    nodes, edges = neighbourhood(cat, doc)
    nodes = nodes[:max_nodes]
    cols = [*LEVELS, "unknown"]
    placed: dict[str, tuple[int, int]] = {}
    rows_in: dict[int, int] = {}
    for n in sorted(nodes, key=lambda i: (cat.documents[i].date or _far(), cat.documents[i].label)):
        c = cols.index(cat.documents[n].level)
        r = rows_in.get(c, 0)
        rows_in[c] = r + 1
        placed[n] = (c, r)
    used = sorted({c for c, _r in placed.values()})
    xpos = {c: PAD + i * COL_W for i, c in enumerate(used)}
    height = PAD * 2 + 24 + max(rows_in.values() or [1]) * ROW_H
    width = PAD * 2 + max(1, len(used)) * COL_W - (COL_W - BOX_W)
    parts = [
        f'<svg class="docgraph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" '
        f'aria-label="{escape(t("Đồ thị văn bản", "Document graph"))}">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker></defs>',
    ]
    for c in used:
        parts.append(f'<text x="{xpos[c]}" y="{PAD}" class="col">{escape(level_name(cols[c]))}</text>')

    def box(n: str) -> tuple[int, int]:
        c, r = placed[n]
        return xpos[c], PAD + 24 + r * ROW_H

    for a, b, kind in edges:
        if a not in placed or b not in placed:
            continue
        (ax, ay), (bx, by) = box(a), box(b)
        # from the implementing plan's left edge to the implemented document's right edge (or straight)
        x1, y1 = (ax, ay + BOX_H / 2) if bx < ax else (ax + BOX_W / 2, ay + (BOX_H if by > ay else 0))
        x2, y2 = (bx + BOX_W, by + BOX_H / 2) if bx < ax else (bx + BOX_W / 2, by + (0 if by > ay else BOX_H))
        cls = "edge carries" if kind == "carries" else "edge cites"
        parts.append(
            f'<line class="{cls}" x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" '
            'marker-end="url(#arrow)">'
            f"<title>{escape(label_of(a))} → {escape(label_of(b))}</title></line>"
        )
    for n in nodes:
        x, y = box(n)
        d = cat.documents[n]
        cls = "node focus" if n == doc.iri else ("node plan" if d.analysed else "node")
        issuer = label_of(d.issuer) if d.issuer else d.issuer_name or ""
        sub = " · ".join(x for x in (d.date.strftime("%d/%m/%Y") if d.date else "", _short(issuer, 28)) if x)
        parts.append(
            f'<a href="{escape(iri_url(n))}"><g class="{cls}">'
            f'<rect x="{x}" y="{y}" width="{BOX_W}" height="{BOX_H}" rx="6"/>'
            f'<text x="{x + 8}" y="{y + 19}">{escape(_short(d.label, 32))}</text>'
            f'<text x="{x + 8}" y="{y + 38}" class="sub">{escape(sub)}</text>'
            f"<title>{escape(d.label)}</title></g></a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
