"""Home, the faceted lists of documents and bodies, and the hierarchy of bodies as a tree."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from flask import Response, jsonify, render_template, request

from server.pages.catalog import LEVELS, Body, Document
from server.pages.common import bp, build, catalog, iri_url, label_of, level_name, system_name, t

PAGE_SIZE = 100
VK = "https://vankien.example.org/ontology#"
T = TypeVar("T")


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    title: str
    values: list[FacetValue]


def _facets(
    items: list[T],
    spec: dict[str, tuple[str, Callable[[T], str | None], Callable[[str], str]]],
) -> tuple[list[T], list[Facet]]:
    """Filter `items` by the facet arguments of the request; count each facet's values among the items
    that pass every *other* facet (so the counts say what a click would give)."""
    chosen = {name: request.args.get(name) for name in spec if request.args.get(name)}

    def passes(item: T, skip: str | None = None) -> bool:
        return all(str(spec[n][1](item)) == v for n, v in chosen.items() if n != skip)

    facets = []
    for name, (title, key, label) in spec.items():
        counts = Counter(str(key(i)) for i in items if passes(i, skip=name) and key(i) is not None)
        values = [FacetValue(v, label(v), n, chosen.get(name) == v) for v, n in counts.items()]
        values.sort(key=lambda fv: (-fv.count, fv.label))
        facets.append(Facet(name, title, values))
    return [i for i in items if passes(i)], facets


def _page(items: list[T]) -> tuple[list[T], int, int]:
    try:
        page = max(1, int(request.args.get("page", "1")))
    except ValueError:
        page = 1
    pages = max(1, -(-len(items) // PAGE_SIZE))
    page = min(page, pages)
    return items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE], page, pages


def _doc_spec() -> dict[str, tuple[str, Callable[[Document], Any], Callable[[str], str]]]:
    return {
        "type": (t("Loại văn bản", "Type"), lambda d: d.type_name, lambda v: v),
        "issuer": (t("Cơ quan ban hành", "Issuer"), lambda d: d.issuer, label_of),
        "level": (t("Cấp", "Level"), lambda d: d.level, level_name),
        "province": (t("Tỉnh, thành phố", "Province"), lambda d: d.province or "central", _province_label),
        "year": (t("Năm", "Year"), lambda d: d.year, lambda v: v),
        "system": (t("Hệ thống", "System"), lambda d: d.system, system_name),
        "analysed": (t("Toàn văn", "Full text"), lambda d: "yes" if d.analysed else "no",
                     _analysed_label),
    }  # fmt: skip


def _analysed_label(v: str) -> str:
    return t("đã phân tích", "analysed") if v == "yes" else t("chỉ được dẫn chiếu", "cited only")


def _province_label(v: str) -> str:
    return t("Trung ương", "central") if v == "central" else label_of(v)


def _doc_sort(d: Document) -> tuple[Any, ...]:
    return (-(d.date.toordinal() if d.date else 0), d.label)


@bp.route("/")
def home() -> str:
    cat = catalog()
    docs = list(cat.documents.values())
    by_type = Counter(d.type_name for d in docs)
    by_level = Counter(d.level for d in docs)
    by_province = Counter(d.province for d in docs if d.province)
    bodies_by_level = Counter(b.level for b in cat.bodies.values() if not b.local)
    recent = sorted((d for d in docs if d.analysed), key=_doc_sort)[:10]
    counts = {
        "documents": len(docs),
        "plans": sum(1 for d in docs if d.analysed),
        "bodies": len(cat.bodies),
        "places": len(cat.places),
        **cat.counts,
    }
    return render_template(
        "home.html",
        counts=counts,
        by_type=by_type.most_common(),
        by_level=[(lv, by_level[lv]) for lv in [*LEVELS, "unknown"] if by_level[lv]],
        by_province=by_province.most_common(),
        bodies_by_level=[(lv, bodies_by_level[lv]) for lv in [*LEVELS, "unknown"] if bodies_by_level[lv]],
        recent=recent,
        summary=build().summary(),
    )


@bp.route("/plans.json")
def plans_json() -> Response:
    cat = catalog()
    plans = [_doc_json(d) for d in sorted(cat.documents.values(), key=_doc_sort) if d.analysed]
    return jsonify({"build": build().id, "plans": plans})


def _doc_json(d: Document) -> dict[str, Any]:
    return {
        "iri": d.iri,
        "url": iri_url(d.iri),
        "label": d.label,
        "type": d.type_name,
        "key": d.key,
        "date": d.date.isoformat() if d.date else None,
        "title": d.title,
        "issuer": d.issuer,
        "issuer_label": label_of(d.issuer) if d.issuer else d.issuer_name,
        "level": d.level,
        "system": d.system,
        "province": d.province,
        "analysed": d.analysed,
        "name": d.facts_name,
    }


@bp.route("/documents")
def documents() -> Any:
    cat = catalog()
    items, facets = _facets(sorted(cat.documents.values(), key=_doc_sort), _doc_spec())
    if request.args.get("format") == "json" or request.accept_mimetypes.best == "application/json":
        return jsonify({"total": len(items), "documents": [_doc_json(d) for d in items]})
    shown, page, pages = _page(items)
    return render_template(
        "documents.html", docs=shown, total=len(items), facets=facets, page=page, pages=pages
    )


def _body_spec() -> dict[str, tuple[str, Callable[[Body], Any], Callable[[str], str]]]:
    cat = catalog()
    return {
        "level": (t("Cấp", "Level"), lambda b: b.level, level_name),
        "system": (t("Hệ thống", "System"), lambda b: b.system, system_name),
        "province": (t("Tỉnh, thành phố", "Province"), lambda b: cat.province_of(b.place) or "central",
                     _province_label),
        "named": (t("Nguồn", "Source"), lambda b: "plan" if b.local else "shared",
                  lambda v: t("chỉ nêu trong một văn bản", "named in one plan") if v == "plan"
                  else t("cơ quan xác định", "resolved body")),
    }  # fmt: skip


@bp.route("/bodies")
def bodies() -> Any:
    cat = catalog()
    lang = request.args.get("lang")
    items, facets = _facets(sorted(cat.bodies.values(), key=lambda b: b.label_vi), _body_spec())
    tasks = _task_counts()
    if request.args.get("format") == "json":
        return jsonify({"total": len(items), "bodies": [{"iri": b.iri, "label": b.label(lang or "vi"),
                        "level": b.level, "system": b.system, "place": b.place} for b in items]})  # fmt: skip
    shown, page, pages = _page(items)
    return render_template(
        "bodies.html", bodies=shown, total=len(items), facets=facets, page=page, pages=pages, tasks=tasks
    )


def _task_counts() -> Counter[str]:
    from server.pages.common import store

    counts: Counter[str] = Counter()
    for sol in store().query(
        f"SELECT ?b (COUNT(DISTINCT ?t) AS ?n) WHERE {{ ?t <{VK}assignee> ?b }} GROUP BY ?b",
    ):
        counts[sol["b"].value] = int(sol["n"].value)
    return counts


@dataclass
class Node:
    iri: str
    label: str
    url: str
    kind: str  # place | body
    level: str = ""
    documents: int = 0
    tasks: int = 0
    children: list[Node] | None = None
    open: bool = False


@bp.route("/hierarchy")
def hierarchy() -> str:
    """Places from the country down, each with its bodies (nested by org:subOrganizationOf in a place)."""
    cat = catalog()
    tasks = _task_counts()
    issued = Counter(d.issuer for d in cat.documents.values() if d.issuer)
    in_plans = cat.plan_places()
    show_all = request.args.get("all") == "1"
    bodies_at: dict[str | None, list[Body]] = {}
    for b in cat.bodies.values():
        if b.local and not show_all:
            continue
        bodies_at.setdefault(b.place, []).append(b)

    def body_nodes(place: str | None) -> list[Node]:
        here = bodies_at.get(place, [])
        ids = {b.iri for b in here}
        kids: dict[str | None, list[Body]] = {}
        for b in here:
            kids.setdefault(b.parent if b.parent in ids else None, []).append(b)

        def make(b: Body, depth: int) -> Node:
            sub = (
                [make(c, depth + 1) for c in sorted(kids.get(b.iri, []), key=_body_order)]
                if depth < 6
                else []
            )
            return Node(
                b.iri, label_of(b.iri), iri_url(b.iri), "body", b.level, issued[b.iri], tasks[b.iri], sub
            )

        return [make(b, 0) for b in sorted(kids.get(None, []), key=_body_order)]

    def active(p: str) -> bool:
        return p in in_plans or any(issued[b.iri] or tasks[b.iri] for b in bodies_at.get(p, []))

    def place_node(p: str) -> Node:
        place = cat.places[p]
        sub_places = sorted((q for q in cat.places.values() if q.parent == p), key=lambda q: q.label)
        children = body_nodes(p) + [
            place_node(q.iri) for q in sub_places if show_all or _any_active(q.iri, active)
        ]
        node = Node(p, place.label, iri_url(p), "place", place.kind, children=children)
        node.open = active(p) or any(c.open for c in children if c.kind == "place")
        return node

    roots = [place_node(p.iri) for p in cat.places.values() if p.parent is None or p.parent not in cat.places]
    roots.sort(key=lambda n: (n.level != "country", n.label))
    hidden = sum(1 for p in cat.places.values() if p.kind == "province" and not _any_active(p.iri, active))
    return render_template("hierarchy.html", roots=roots, show_all=show_all, hidden=hidden)


def _any_active(p: str, active: Callable[[str], bool]) -> bool:
    cat = catalog()
    return active(p) or any(_any_active(q.iri, active) for q in cat.places.values() if q.parent == p)


def _body_order(b: Body) -> tuple[Any, ...]:
    return (b.system, b.parent is not None, b.label_vi)
