"""The page of an analysed plan: metadata, sections, tasks, citations, recipients, and its source text
with every extracted fact highlighted where it was read (from the build's facts JSON and sources/).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import pyoxigraph as ox
from flask import Response, jsonify, redirect, render_template
from markupsafe import Markup, escape

from ontology import iris
from ontology.documents import canonical_key
from ontology.vocab import PREFIXES
from server.errors import NotFound
from server.pages import common
from server.pages.catalog import Document, facts_of
from server.pages.common import bp, build, catalog, iri_url, label_of, store, t
from vankien.labels import vi_text

VK = str(PREFIXES["vk"])
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"


@dataclass
class Span:
    start: int
    end: int
    fact: str  # anchor id of the fact
    kind: str  # document | implements | cited | task | duty | section | recipient | signer | annex
    label: str


@dataclass
class Fact:
    id: str
    kind: str
    label: str
    source: dict[str, Any] | None

    @property
    def line(self) -> int | None:
        lines = (self.source or {}).get("lines") or []
        return lines[0] if lines else None


@dataclass
class SourceLine:
    number: int
    html: Markup
    facts: list[str] = field(default_factory=list)


def collect_facts(facts: dict[str, Any]) -> list[Fact]:
    """Every fact of the facts JSON that carries a source, with an id to anchor it."""
    out: list[Fact] = []
    doc = facts.get("document") or {}
    out.append(Fact("fact-document", "document", t("Văn bản", "Document"), doc.get("source")))
    signer = doc.get("signer") or {}
    if isinstance(signer, dict) and signer.get("source"):
        out.append(Fact("fact-signer", "signer", t("Người ký", "Signer"), signer["source"]))
    prov = facts.get("provenance") or {}
    for i, (ref, src) in enumerate(
        zip(facts.get("implements") or [], prov.get("implements") or [], strict=False), 1
    ):
        out.append(
            Fact(f"fact-implements-{i}", "implements", t(f"Thực hiện {ref}", f"Carries out {ref}"), src)
        )
    for i, c in enumerate(facts.get("cited") or [], 1):
        name = c.get("key") or c.get("title") or c.get("type") or ""
        for j, src in enumerate([c.get("source"), *(c.get("mentions") or [])]):
            out.append(
                Fact(
                    f"fact-cited-{i}" + (f"-{j}" if j else ""),
                    "cited",
                    t(f"Dẫn chiếu {name}", f"Cites {name}"),
                    src,
                )
            )
    for i, s in enumerate(facts.get("sections") or [], 1):
        out.append(
            Fact(
                f"fact-section-{i}",
                "section",
                t(f"Mục {s.get('number') or i}", f"Section {s.get('number') or i}"),
                s.get("source"),
            )
        )
    for i, task in enumerate(facts.get("tasks") or [], 1):
        out.append(
            Fact(
                f"fact-task-{i}",
                "task",
                t(f"Nhiệm vụ {i}: {task.get('assignee')}", f"Task {i}: {task.get('assignee')}"),
                task.get("source"),
            )
        )
        for j, duty in enumerate(task.get("duties") or [], 1):
            out.append(
                Fact(
                    f"fact-task-{i}-duty-{j}",
                    "duty",
                    t(f"Việc {j} của nhiệm vụ {i}", f"Duty {j} of task {i}"),
                    duty.get("source"),
                )
            )
    for i, (name, src) in enumerate(
        zip(facts.get("recipients") or [], prov.get("recipients") or [], strict=False), 1
    ):
        out.append(
            Fact(f"fact-recipient-{i}", "recipient", t(f"Nơi nhận: {name}", f"Recipient: {name}"), src)
        )
    for i, annex in enumerate(facts.get("annexes") or [], 1):
        out.append(Fact(f"fact-annex-{i}", "annex", t(f"Phụ lục {i}", f"Annex {i}"), annex.get("source")))
    return [f for f in out if isinstance(f.source, dict) and f.source.get("lines")]  # fmt: skip


def locate(lines: list[str], source: dict[str, Any]) -> list[tuple[int, int, int]]:
    """(line number, start, end) pieces of the quote of `source` in the text's lines."""
    first, last = (source.get("lines") or [0, 0])[0], (source.get("lines") or [0, 0])[-1]
    if not (1 <= first <= last <= len(lines)):
        return []
    block = "\n".join(lines[first - 1 : last])
    quote = source.get("text") or ""
    at = block.find(quote) if quote else -1
    if at < 0:  # the quote is not verbatim here: mark the whole lines
        return [(n, 0, len(lines[n - 1])) for n in range(first, last + 1)]
    pieces, offset = [], 0
    for n in range(first, last + 1):
        line = lines[n - 1]
        s, e = max(at, offset), min(at + len(quote), offset + len(line))
        if s < e:
            pieces.append((n, s - offset, e - offset))
        offset += len(line) + 1
    return pieces


def highlight(lines: list[str], facts: list[Fact]) -> list[SourceLine]:
    spans: dict[int, list[Span]] = {}
    for f in facts:
        for n, s, e in locate(lines, f.source or {}):
            spans.setdefault(n, []).append(Span(s, e, f.id, f.kind, f.label))
    out = []
    for n, line in enumerate(lines, 1):
        here = spans.get(n, [])
        if not here:
            out.append(SourceLine(n, escape(line)))
            continue
        cuts = sorted({0, len(line), *(s.start for s in here), *(s.end for s in here)})
        html = []
        for a, b in pairwise(cuts):
            piece = escape(line[a:b])
            covering = [s for s in here if s.start <= a and b <= s.end]
            if not covering:
                html.append(str(piece))
                continue
            inner = min(covering, key=lambda s: s.end - s.start)
            ids = " ".join(dict.fromkeys(s.fact for s in covering))
            title = "; ".join(dict.fromkeys(s.label for s in covering))
            html.append(
                f'<mark class="fact k-{inner.kind}" data-facts="{escape(ids)}" '
                f'title="{escape(title)}">{piece}</mark>'
            )
        out.append(SourceLine(n, Markup("".join(html)), list(dict.fromkeys(s.fact for s in here))))
    return out


def _plan_bodies(plan_iri: str) -> dict[str, str]:
    """Names as the plan writes them (normalised) -> the body IRI the graph gave them."""
    out: dict[str, str] = {}
    for q in store().quads_for_pattern(None, ox.NamedNode(SKOS_ALT), None, ox.DefaultGraph()):
        if isinstance(q.object, ox.Literal):
            out.setdefault(vi_text(q.object.value).lower(), q.subject.value)
    return out


def body_link(name: str | None, names: dict[str, str]) -> Markup:
    if not name:
        return Markup("")
    iri = names.get(vi_text(name).lower())
    if iri is None:
        return escape(name)
    return Markup(f'<a href="{escape(iri_url(iri))}" title="{escape(label_of(iri))}">{escape(name)}</a>')


def src_link(source: dict[str, Any] | None) -> Markup:
    lines = (source or {}).get("lines") or []
    if not lines:
        return Markup("")
    span = f"{lines[0]}" if lines[0] == lines[-1] else f"{lines[0]}–{lines[-1]}"
    return Markup(f'<a class="src" href="#L{lines[0]}">{escape(t("dòng", "line"))} {span}</a>')


def _implemented(plan: str, ref: str | None) -> str | None:
    """The document the plan carries out that `ref` (a key or a title, as the facts write it) names."""
    cat = catalog()
    targets = [cat.documents[x] for x in cat.implemented(plan) if x in cat.documents]
    want = canonical_key(ref) if ref else None
    for d in targets:
        if d.key and want and canonical_key(d.key) == want:
            return d.iri
    for d in targets:
        if ref and d.title and vi_text(ref).lower() in d.title.lower():
            return d.iri
    return None


def plan_page(doc: Document) -> str:
    b = build()
    try:
        facts = facts_of(b, doc.facts_name or "")
    except (OSError, ValueError):
        raise NotFound(f"the facts of {doc.label} are missing from this build") from None
    source_name = (
        facts.get("source")
        if isinstance(facts.get("source"), str)
        else (facts.get("source") or {}).get("file")
    )
    lines: list[str] = []
    if source_name:
        path = b.sources_dir / source_name
        if path.is_file():
            lines = path.read_text(encoding="utf-8").split("\n")
            if lines and lines[-1] == "":
                lines.pop()
    fact_list = collect_facts(facts)
    names = _plan_bodies(doc.iri)
    base = common.base()
    cat = catalog()
    cited = []
    day = iris.plan_day(facts)
    for i, c in enumerate(facts.get("cited") or [], 1):
        c_iri = iris.cited_document_iri(c, doc.iri, base, day)
        cited.append(
            {"n": i, "entry": c, "iri": c_iri if c_iri in cat.documents else None, "src": c.get("source")}
        )
    prov = (facts.get("provenance") or {}).get("implements") or []
    implements = []
    for i, ref in enumerate(facts.get("implements") or [], 1):
        implements.append(
            {"ref": ref, "iri": _implemented(doc.iri, ref), "src": prov[i - 1] if i - 1 < len(prov) else None}
        )
    from server.pages.entities import alternates, groups

    _outs, incoming, _types = groups(doc.iri)
    incoming = [g for g in incoming if g.predicate != "http://www.w3.org/ns/prov#wasDerivedFrom"]
    return render_template(
        "plan.html",
        doc=doc,
        facts=facts,
        d=facts.get("document") or {},
        cited=cited,
        implements=implements,
        names=names,
        body_link=lambda n: body_link(n, names),
        src_link=src_link,
        source_name=source_name,
        source_lines=highlight(lines, fact_list),
        fact_count=len(fact_list),
        incoming=incoming,
        alternates=alternates(doc.iri),
        implementers=cat.implementers(doc.iri),
    )


@bp.route("/plan/<name>")
def plan(name: str) -> Any:
    """Old address of a plan page (by facts file name): redirects to the plan's IRI page."""
    cat = catalog()
    for doc in cat.documents.values():
        if doc.facts_name == name:
            return redirect(iri_url(doc.iri), code=301)
    raise NotFound(f"no plan named {name!r} in this build")


@bp.route("/plan/<name>.json")
def plan_json(name: str) -> Response:
    try:
        return jsonify(facts_of(build(), name))
    except (OSError, ValueError):
        raise NotFound(f"no plan named {name!r} in this build") from None
