"""What the pages list: documents, bodies and places of the served build, read once per build.

The catalog is a few SPARQL queries over the union graph turned into plain objects, kept until a new
build is published (keyed by the build's id). Pages that show one entity query the store directly.
"""

from __future__ import annotations

import json
import re
import sys
import threading
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pyoxigraph as ox

from ontology.iris import plan_document_iri
from ontology.vocab import PREFIXES
from vankien.labels import document_label, local_name, vi_text
from vankien.store import Build, count_named_quads

VK = str(PREFIXES["vk"])
SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
LEVELS = ["central", "province", "district", "grassroots"]
SYSTEMS = ["party", "state", "front"]
LEVEL_NAMES = {
    "central": ("Trung ương", "central"),
    "province": ("cấp tỉnh", "province"),
    "district": ("cấp huyện", "district"),
    "grassroots": ("cơ sở", "grassroots"),
    "unknown": ("chưa rõ", "unknown"),
}
SYSTEM_NAMES = {
    "party": ("Đảng", "Party"),
    "state": ("Nhà nước", "State"),
    "front": ("Mặt trận", "Front"),
    "unknown": ("chưa rõ", "unknown"),
}


def rows(store: ox.Store, query: str, **subs: ox.NamedNode | ox.Literal) -> list[dict[str, ox.Term]]:
    """SELECT solutions over the default graph (the union of all graphs), as dicts of name -> term."""
    return list(each_row(store, query, **subs))


def each_row(store: ox.Store, query: str, **subs: ox.NamedNode | ox.Literal) -> Iterator[dict[str, ox.Term]]:
    """`rows` one at a time: the catalog reads whole-graph queries (millions of rows at 100,000 plans)."""
    result = store.query(
        SPARQL_PREFIXES + query,
        substitutions={ox.Variable(k): v for k, v in subs.items()} or None,
    )
    names = [v.value for v in result.variables]
    for sol in result:
        yield {n: t for n, t in zip(names, sol, strict=True) if t is not None}


@dataclass(slots=True)
class Place:
    iri: str
    label: str
    kind: str  # country | province | district | bloc
    parent: str | None = None


@dataclass(slots=True)
class Body:
    iri: str
    label_vi: str
    label_en: str | None
    level: str
    system: str
    place: str | None
    parent: str | None = None
    kind: str | None = None  # class IRI
    local: bool = False  # named in one plan only (not a resolved, shared body)

    def label(self, lang: str) -> str:
        return (self.label_en if lang == "en" and self.label_en else None) or self.label_vi


@dataclass(slots=True)
class Document:
    iri: str
    label: str
    type_name: str  # the type's Vietnamese name ("Kế hoạch")
    key: str | None = None
    date: date | None = None
    title: str | None = None
    issuer: str | None = None  # body IRI
    issuer_name: str | None = None
    jurisdiction: str | None = None  # place IRI
    analysed: bool = False
    facts_name: str | None = None
    source_file: str | None = None
    level: str = "unknown"
    system: str = "unknown"
    province: str | None = None  # place IRI of the province (or None for central documents)

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None


@dataclass
class Catalog:
    build_id: str
    base: str
    places: dict[str, Place] = field(default_factory=dict)
    bodies: dict[str, Body] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)
    # the links between documents, both ways: plan -> documents it carries out, and back; citing -> cited, ...
    carries: dict[str, set[str]] = field(default_factory=dict)
    carried_out_by: dict[str, set[str]] = field(default_factory=dict)
    cites: dict[str, set[str]] = field(default_factory=dict)
    cited_by: dict[str, set[str]] = field(default_factory=dict)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # iri -> lang -> label
    counts: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, str] = field(default_factory=dict)  # source file name -> plan document IRI

    # -- lookups ---------------------------------------------------------------------------------
    def label(self, iri: str, lang: str = "vi") -> str | None:
        if iri in self.documents:
            return self.documents[iri].label
        if iri in self.bodies:
            return self.bodies[iri].label(lang)
        got = self.labels.get(iri)
        if got:
            return got.get(lang) or got.get("vi") or got.get("") or next(iter(got.values()))
        return None

    def implementers(self, iri: str) -> list[str]:
        return sorted(self.carried_out_by.get(iri, ()))

    def implemented(self, iri: str) -> list[str]:
        return sorted(self.carries.get(iri, ()))

    def place_chain(self, iri: str | None) -> list[Place]:
        """The place and the places above it, top first."""
        chain: list[Place] = []
        seen: set[str] = set()
        while iri and iri in self.places and iri not in seen:
            seen.add(iri)
            chain.append(self.places[iri])
            iri = self.places[iri].parent
        return list(reversed(chain))

    def province_of(self, place: str | None) -> str | None:
        for p in self.place_chain(place):
            if p.kind == "province":
                return p.iri
        return None

    def plan_places(self) -> set[str]:
        """Jurisdictions of the analysed plans: the provinces, districts and blocs the graph has plans of."""
        return {d.jurisdiction for d in self.documents.values() if d.analysed and d.jurisdiction}


def _level_of(iri: str | None) -> str:
    if not iri:
        return "unknown"
    name = iri.rsplit("level-", 1)[-1] if "level-" in iri else ""
    return name if name in LEVELS else "unknown"


def _system_of(iri: str | None) -> str:
    if not iri:
        return "unknown"
    name = iri.rsplit("system-", 1)[-1] if "system-" in iri else ""
    return name if name in SYSTEMS else "unknown"


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


_PLACE_KINDS = {VK + "Country": "country", VK + "Province": "province", VK + "District": "district",
                VK + "Commune": "commune", VK + "PartyBloc": "bloc"}  # fmt: skip


def load(store: ox.Store, build: Build, base: str) -> Catalog:
    cat = Catalog(build.id, base)
    # labels of everything labelled (ontology terms included), by language
    for r in each_row(
        store,
        """SELECT ?s ?l WHERE {
        { ?s rdfs:label ?l } UNION { ?s skos:prefLabel ?l } UNION { ?s foaf:name ?l } }""",
    ):
        s, lab = r["s"], r["l"]
        if isinstance(s, ox.NamedNode) and isinstance(lab, ox.Literal):
            lang = lab.language or ""
            cat.labels.setdefault(s.value, {}).setdefault(lang, vi_text(lab.value))
    place_classes = " ".join(f"<{c}>" for c in _PLACE_KINDS)  # not every typed thing: 11M at 100k plans
    for r in each_row(
        store,
        f"SELECT ?s ?c ?parent WHERE {{ VALUES ?c {{ {place_classes} }} ?s a ?c . "
        "OPTIONAL { ?s vk:partOf ?parent } }",
    ):
        s = r["s"].value
        parent = r["parent"].value if "parent" in r else None
        cat.places[s] = Place(s, cat.label(s) or local_name(s), _PLACE_KINDS[r["c"].value], parent)
    # bodies
    body_classes = {
        r["c"].value for r in each_row(store, "SELECT DISTINCT ?c WHERE { ?c rdfs:subClassOf+ vk:Body }")
    }
    props: dict[str, dict[str, str]] = defaultdict(dict)
    for r in each_row(
        store,
        """SELECT ?s ?p ?o WHERE { ?s a org:Organization .
        VALUES ?p { vk:level vk:system vk:place org:subOrganizationOf vk:namedIn rdf:type } ?s ?p ?o }""",
    ):
        p, o = r["p"].value, r["o"].value
        if p.endswith("#type"):
            if o in body_classes and o != VK + "Body":
                props[r["s"].value].setdefault("kind", o)
        else:
            props[r["s"].value].setdefault(p.rsplit("#", 1)[-1], o)
    for s, d in props.items():
        labs = cat.labels.get(s, {})
        cat.bodies[s] = Body(
            iri=s,
            label_vi=labs.get("vi") or labs.get("") or local_name(s),
            label_en=labs.get("en"),
            level=_level_of(d.get("level")),
            system=_system_of(d.get("system")),
            place=d.get("place"),
            parent=d.get("subOrganizationOf"),
            kind=d.get("kind"),
            local="namedIn" in d,
        )
    # documents
    docs: dict[str, dict[str, str]] = defaultdict(dict)
    for r in each_row(
        store,
        """SELECT ?s ?p ?o WHERE { ?s a vk:Document .
        VALUES ?p { dcterms:title vk:key vk:typeAsWritten vk:issuerName eli:date_document eli:passed_by
                    vk:jurisdiction } ?s ?p ?o }""",
    ):
        docs[r["s"].value].setdefault(r["p"].value.rsplit("/", 1)[-1].rsplit("#", 1)[-1], r["o"].value)
    for r in each_row(store, "SELECT ?s ?name WHERE { ?s a vk:Document ; a ?c . ?c vk:typeName ?name }"):
        docs[r["s"].value].setdefault("typeName", r["name"].value)
    analysed = {
        r["s"].value: r["file"].value if "file" in r else None
        for r in each_row(
            store,
            """SELECT ?s ?file WHERE { ?s a vk:AnalysedPlan .
            OPTIONAL { ?s vk:readFrom ?f . ?f vk:fileName ?file } }""",
        )
    }
    facts_names = _facts_names(build, base)
    for s, d in docs.items():
        type_name = vi_text(d.get("typeName") or d.get("typeAsWritten") or "Văn bản")
        doc = Document(
            iri=s,
            label=document_label(type_name, d.get("key"), d.get("title")),
            type_name=type_name[:1].upper() + type_name[1:],
            key=d.get("key"),
            date=_date(d.get("date_document")),
            title=vi_text(d["title"]) if d.get("title") else None,
            issuer=d.get("passed_by"),
            issuer_name=d.get("issuerName"),
            jurisdiction=d.get("jurisdiction"),
            analysed=s in analysed,
            facts_name=facts_names.get(s),
            source_file=analysed.get(s),
        )
        body = cat.bodies.get(doc.issuer or "")
        place = doc.jurisdiction or (body.place if body else None)
        if body is not None:
            doc.level, doc.system = body.level, body.system
        if doc.level == "unknown" and place in cat.places:
            doc.level = {"country": "central", "province": "province", "district": "district",
                         "commune": "grassroots", "bloc": "province"}[cat.places[place].kind]  # fmt: skip
        doc.province = cat.province_of(place)
        cat.documents[s] = doc
        if doc.source_file:
            cat.by_source[doc.source_file] = s
    for r in each_row(store, "SELECT ?a ?b WHERE { ?a vk:carriesOut ?b }"):
        _link(cat.carries, cat.carried_out_by, r["a"].value, r["b"].value)
    for r in each_row(store, "SELECT ?a ?b WHERE { ?a eli:cites ?b }"):
        _link(cat.cites, cat.cited_by, r["a"].value, r["b"].value)
    for r in each_row(
        store,
        """SELECT ?k (COUNT(DISTINCT ?s) AS ?n) WHERE {
        VALUES (?c ?k) { (vk:Task "task") (foaf:Person "person") (vk:Citation "citation") (vk:Duty "duty") }
        ?s a ?c } GROUP BY ?k""",
    ):
        cat.counts[r["k"].value] = int(r["n"].value)
    # the build's triples (its named graphs) as the build counted them; counting again scans the store
    # (a minute and a half at 100,000 plans)
    recorded = build.summary().get("triples")
    cat.counts["triples"] = recorded if isinstance(recorded, int) else count_named_quads(store)
    return cat


def _link(forward: dict[str, set[str]], back: dict[str, set[str]], a: str, b: str) -> None:
    a, b = sys.intern(a), sys.intern(b)  # an IRI is in many links: one copy of it
    forward.setdefault(a, set()).add(b)
    back.setdefault(b, set()).add(a)


def _facts_names(build: Build, base: str) -> dict[str, str]:
    """Plan document IRI -> its facts file's name: from the build's index, else (a build made before
    there was one) by reading every facts file."""
    try:
        found = json.loads(build.facts_index.read_text(encoding="utf-8"))
    except FileNotFoundError:
        found = None
    if isinstance(found, dict):
        return found
    out = {}
    for path in sorted(build.facts_dir.glob("*.json")):
        try:
            facts = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        out[plan_document_iri(facts, base)] = path.stem
    return out


_lock = threading.Lock()
_cache: dict[tuple[str, str], Catalog] = {}


class CatalogLoading(Exception):
    """The catalog of the served build is being loaded (by another thread) and was not ready in time."""


def catalog_for(store: ox.Store, build: Build, base: str, wait: float | None = None) -> Catalog:
    """The build's catalog, loaded on the first call. `wait`: seconds to wait for another thread that
    is loading it (a large build takes minutes) before raising CatalogLoading; None waits as long."""
    key = (str(build.root), base)
    cat = _cache.get(key)
    if cat is None:
        if not _lock.acquire(timeout=-1 if wait is None else wait):
            raise CatalogLoading(build.id)
        try:
            cat = _cache.get(key)
            if cat is None:
                cat = load(store, build, base)
                _cache.clear()  # one build served at a time
                _cache[key] = cat
        finally:
            _lock.release()
    return cat


def facts_of(build: Build, name: str) -> dict[str, Any]:
    if not re.fullmatch(r"[\w.-]+", name):
        raise FileNotFoundError(name)
    return json.loads((build.facts_dir / f"{name}.json").read_text(encoding="utf-8"))
