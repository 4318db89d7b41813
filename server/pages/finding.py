"""Finding things: full-text search (HTML and JSON) and the citation resolver."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import current_app, jsonify, redirect, render_template, request
from markupsafe import Markup, escape

from server.errors import BadRequest, ServiceUnavailable
from server.pages.catalog import Document
from server.pages.common import bp, build, catalog, iri_url, label_of, t
from vankien.citations import Citation, parse_citation
from vankien.search import Hit, Index, fold, index_path

KINDS = ("document", "body", "place", "person", "line")


def index() -> Index:
    b = build()
    cache = current_app.extensions.setdefault("vankien.search", {})
    ix = cache.get(b.id)
    if ix is None:
        try:
            ix = Index(index_path(b.root))
        except FileNotFoundError as e:
            raise ServiceUnavailable(str(e)) from None
        for old in list(cache):
            cache.pop(old).close()
        cache[b.id] = ix
    return ix


def marked(text: str, spans: list[tuple[int, int]]) -> Markup:
    out, at = [], 0
    for s, e in spans:
        out.append(escape(text[at:s]))
        out.append(Markup("<mark>") + escape(text[s:e]) + Markup("</mark>"))
        at = e
    out.append(escape(text[at:]))
    return Markup("").join(out)


def hit_url(h: Hit) -> str:
    return iri_url(h.iri) + (f"#L{h.line}" if h.kind == "line" and h.line else "")


def kind_name(kind: str) -> str:
    return {
        "document": t("Văn bản", "Document"),
        "body": t("Cơ quan", "Body"),
        "place": t("Địa bàn", "Place"),
        "person": t("Người", "Person"),
        "line": t("Dòng văn bản", "Plan text"),
    }.get(kind, kind)


@bp.route("/search")
def search() -> Any:
    q = (request.args.get("q") or "").strip()
    kind = request.args.get("kind") or None
    if kind is not None and kind not in KINDS:
        raise BadRequest(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")
    try:
        limit = min(200, max(1, int(request.args.get("limit", "50"))))
    except ValueError:
        raise BadRequest("limit must be a number") from None
    hits, counts = index().search(q, [kind] if kind else None, limit=limit) if q else ([], {})
    wants_json = (
        request.args.get("format") == "json"
        or request.path.endswith(".json")
        or (request.accept_mimetypes.best_match(["text/html", "application/json"]) == "application/json")
    )
    if wants_json:
        return jsonify(
            {
                "query": q,
                "folded": fold(q),
                "counts": counts,
                "results": [
                    {**h.to_dict(), "url": hit_url(h), "plan": label_of(h.iri) if h.kind == "line" else None}
                    for h in hits
                ],
            }
        )  # fmt: skip
    rows = [
        {
            "hit": h,
            "url": hit_url(h),
            "kind": kind_name(h.kind),
            "html": marked(h.text if h.kind == "line" else h.label, h.marks),
            "context": label_of(h.iri) if h.kind == "line" else h.text,
        }
        for h in hits
    ]
    return render_template(
        "search.html", q=q, rows=rows, counts=counts, kind=kind, kinds=KINDS, kind_name=kind_name
    )


bp.add_url_rule("/search.json", "search_json", search)


@dataclass
class Candidate:
    doc: Document
    score: float
    why: list[str]


def candidates(c: Citation) -> list[Candidate]:
    """Documents the citation may name, best first."""
    cat = catalog()
    out = []
    want = c.canonical_key()
    issuer = fold(c.issuer) if c.issuer else ""
    for d in cat.documents.values():
        why, score = [], 0.0
        if want:
            if not d.key or d.key.replace(" ", "").casefold() != want:
                continue
            score += 10
            why.append(t("trùng số, ký hiệu", "same number and symbol"))
        elif c.text and fold(c.text) not in fold(d.label + " " + (d.title or "")):
            continue
        if c.date and d.date:
            if c.date == d.date:
                score += 5
                why.append(t("trùng ngày", "same date"))
            else:
                score -= 5
        if issuer:
            names = " ".join(
                fold(x)
                for x in (d.issuer_name, label_of(d.issuer) if d.issuer else None,
                          label_of(d.jurisdiction) if d.jurisdiction else None)
                if x
            )  # fmt: skip
            place = fold(label_of(d.jurisdiction)) if d.jurisdiction else ""
            if place and place in issuer:
                score += 4
                why.append(t("trùng địa bàn", "same place"))
            elif (
                d.jurisdiction
                and cat.places.get(d.jurisdiction)
                and cat.places[d.jurisdiction].kind != "country"
            ):
                score -= 2
            if names and (issuer in names or any(w in names for w in issuer.split() if len(w) > 3)):
                score += 1
        if c.type and fold(c.type) == fold(d.type_name):
            score += 1
        if d.analysed:
            score += 0.5
        out.append(Candidate(d, score, why))
    out.sort(key=lambda x: (-x.score, x.doc.label))
    return out


@bp.route("/resolve")
def resolve() -> Any:
    text = (request.args.get("text") or request.args.get("q") or "").strip()
    if not text:
        return render_template("resolve.html", text="", citation=None, found=[])
    c = parse_citation(text)
    found = candidates(c)
    decided = len(found) == 1 or (
        len(found) > 1 and found[0].score >= found[1].score + 3 and bool(c.date or c.issuer)
    )
    if request.args.get("format") == "json":
        return jsonify(
            {
                "text": text,
                "parsed": {"type": c.type, "key": c.key, "date": c.date.isoformat() if c.date else None,
                           "issuer": c.issuer},
                "match": found[0].doc.iri if decided else None,
                "candidates": [{"iri": x.doc.iri, "label": x.doc.label, "url": iri_url(x.doc.iri),
                                "score": x.score} for x in found[:20]],
            }
        )  # fmt: skip
    if decided:
        return redirect(iri_url(found[0].doc.iri), code=303)
    return render_template("resolve.html", text=text, citation=c, found=found[:20])
