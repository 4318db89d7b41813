"""Facts -> RDF: the named graph of one plan, the ontology graph and the reference graph.

`plan_to_graph(facts)` uses the facts dict of docs/facts.md and nothing else. Gold files (no
provenance) work too: a fact without a `source` is simply not traced to a line.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SKOS, XSD

from ontology import iris
from ontology.bodies import BodyRef, Context, resolve_body
from ontology.documents import (
    canonical_key,
    doc_type,
    parse_date,
    split_symbol,
    term_in_text,
    term_of_date,
)
from ontology.iris import BASE_DEFAULT
from ontology.places import Place
from ontology.reference import body_triples, place_triples
from ontology.reference import reference_graph as _reference_graph
from ontology.text import int_to_roman, nfc, norm
from ontology.triples import TripleSet
from ontology.vocab import ELI, LEVEL, ORG, SDO, SYSTEM, VK, bind_all

Facts = dict[str, Any]

# Plan sections whose heading tells what they direct.
_SECTION_ROLES = [
    (r"mục đích|yêu cầu", VK.PurposeSection),
    (r"nội dung", VK.ContentSection),
    (r"hình thức|phương thức", VK.FormsSection),
    (r"tổ chức thực hiện|trách nhiệm|phân công", VK.ImplementationSection),
    (r"nhiệm vụ|giải pháp", VK.TasksSection),
]


def ontology_graph() -> Graph:
    """The OWL ontology (vankien.ttl)."""
    g = Graph()
    g.parse(data=_ontology_text(), format="turtle")
    bind_all(g)
    return g


@cache
def _ontology_text() -> str:
    return resources.files("ontology").joinpath("vankien.ttl").read_text(encoding="utf-8")


def reference_graph(base: str = BASE_DEFAULT, places: Any = ()) -> Graph:
    return _reference_graph(base, places)


class _PlanBuilder:
    def __init__(self, facts: Facts, base: str) -> None:
        self.facts = facts
        self.base = base
        self.g = TripleSet()
        # the descriptions of the resolved bodies and places the plan names: the same for every plan
        # naming them, so the build loads them once into the shared graph (BODIES_PLACES_GRAPH)
        self.shared = TripleSet()
        self.doc = facts.get("document") or {}
        self.plan_iri = iris.plan_document_iri(facts, base)
        self.plan = URIRef(self.plan_iri)
        self.graph_iri = iris.plan_graph_iri(facts, base)
        self.place = iris.document_place(self.doc)
        issuer = self.doc.get("issuer") or {}
        self.system = issuer.get("system") if issuer.get("system") in SYSTEM else None
        # the plan's date: the names it writes (in its tasks, recipients, signature) are read on it
        self.on = parse_date(self.doc.get("date"))
        self.source_name = self._source_file_name()
        self._excerpts: dict[tuple[Any, ...], URIRef] = {}  # each excerpt is described once per plan
        self._files: dict[str, URIRef] = {}

    # -- provenance -------------------------------------------------------------------------------
    def _source_file_name(self) -> str | None:
        src = self.facts.get("source")
        if isinstance(src, dict):
            return src.get("file")
        return src if isinstance(src, str) else None

    def trace(self, node: URIRef, source: Any) -> None:
        """node prov:wasDerivedFrom the excerpt of `source` ({file, lines, text}); list of them too."""
        if not source:
            return
        if isinstance(source, list):
            for s in source:
                self.trace(node, s)
            return
        if not isinstance(source, dict):
            return
        file = source.get("file") or self.source_name
        if not file:
            return
        lines = source.get("lines") or [None, None]
        first = lines[0] if lines else None
        last = lines[-1] if lines else None
        text = source.get("text")
        key = (file, first, last, text)
        ex = self._excerpts.get(key)
        if ex is None:
            ex = self._excerpts[key] = self._excerpt(file, first, last, text)
        self.g.add((node, PROV.wasDerivedFrom, ex))

    def _excerpt(self, file: str, first: Any, last: Any, text: str | None) -> URIRef:
        ex = URIRef(iris.excerpt_iri(file, first, last, text, self.base))
        f = self._file(file)
        self.g.add((ex, RDF.type, VK.SourceExcerpt))
        self.g.add((ex, DCTERMS.isPartOf, f))
        self.g.add((ex, VK.sourceFile, Literal(file)))
        if first is not None:
            self.g.add((ex, VK.firstLine, _integer(int(first))))
        if last is not None:
            self.g.add((ex, VK.lastLine, _integer(int(last))))
        if text:
            self.g.add((ex, PROV.value, Literal(text)))
        return ex

    def _file(self, file: str) -> URIRef:
        f = self._files.get(file)
        if f is None:
            f = self._files[file] = URIRef(iris.source_file_iri(file, self.base))
            self.g.add((f, RDF.type, VK.SourceFile))
            self.g.add((f, VK.fileName, Literal(file)))
        return f

    # -- bodies -----------------------------------------------------------------------------------
    def body(
        self,
        name: str | None,
        context: Context | None = None,
        *,
        hint: dict[str, Any] | None = None,
    ) -> URIRef | None:
        if not name or not nfc(name):
            return None
        ctx = context or Context(self.place, self.system, self.on)
        ref = resolve_body(name, ctx)
        if hint and not ref.resolved:
            ref = self._apply_hint(ref, hint, ctx)
        iri = URIRef(iris.body_iri(ref, self.plan_iri, self.base))
        if ref.resolved and ref.kind is not None and ref.place is not None:
            body_triples(self.shared, ref.place, ref.kind, ref.qualifier, self.base)
        else:
            self._local_body(iri, ref)
        self.g.add((iri, SKOS.altLabel, Literal(ref.name, lang="vi")))
        self.g.add((iri, VK.normalisedLabel, Literal(norm(ref.name))))
        return iri

    def _apply_hint(self, ref: BodyRef, hint: dict[str, Any], ctx: Context) -> BodyRef:
        """Use the issuer's own level, province, district and system fields when the name is not enough."""
        from ontology.places import place_for

        place = ref.place or (self.place if self.place and self.place.kind == "bloc" else None)
        place = place or place_for(hint.get("level"), hint.get("province"), hint.get("district"), ctx.day)
        level = ref.level or (hint.get("level") if hint.get("level") in LEVEL else None)
        system = ref.system or (hint.get("system") if hint.get("system") in SYSTEM else None)
        return BodyRef(ref.name, ref.kind, system, level, place, ref.qualifier, ref.group)

    def _local_body(self, iri: URIRef, ref: BodyRef) -> None:
        g = self.g
        g.add((iri, RDF.type, VK.BodyGroup if ref.group else VK.Body))
        g.add((iri, RDF.type, ORG.Organization))
        if ref.kind is not None:
            g.add((iri, VK.bodyKind, VK[ref.kind.cls]))
        g.add((iri, RDFS.label, Literal(ref.name, lang="vi")))
        if ref.level in LEVEL:
            g.add((iri, VK.level, LEVEL[ref.level]))
        if ref.system in SYSTEM:
            g.add((iri, VK.system, SYSTEM[ref.system]))
        if ref.place is not None:
            g.add((iri, VK.place, place_triples(self.shared, ref.place, self.base)))
        g.add((iri, VK.namedIn, self.plan))

    # -- documents --------------------------------------------------------------------------------
    def describe_document(
        self,
        node: URIRef,
        entry: dict[str, Any],
        place: Place | None,
        issuer_hint: dict[str, Any] | None = None,
    ) -> None:
        g = self.g
        t = doc_type(entry.get("type"), entry.get("symbol"))
        g.add((node, RDF.type, VK[t.cls] if t else VK.Document))
        g.add((node, RDF.type, VK.Document))
        if entry.get("type"):
            g.add((node, VK.typeAsWritten, Literal(nfc(entry["type"]), lang="vi")))
        if entry.get("number"):
            g.add((node, ELI.number, Literal(str(entry["number"]))))
        if entry.get("symbol"):
            g.add((node, VK.symbol, Literal(nfc(entry["symbol"]))))
        key = entry.get("key")
        if not key and entry.get("number") and entry.get("symbol"):
            style = split_symbol(entry["symbol"])[0]
            key = f"{entry['number']}{'-' if style == 'party' else '/'}{entry['symbol']}"
        if key:
            g.add((node, VK.key, Literal(nfc(key))))
            g.add((node, VK.normalisedKey, Literal(canonical_key(key))))
        when = parse_date(entry.get("date"))
        if when:
            g.add((node, ELI.date_document, Literal(when.isoformat(), datatype=XSD.date)))
        if entry.get("title"):
            g.add((node, DCTERMS.title, Literal(nfc(entry["title"]), lang="vi")))
            g.add((node, VK.normalisedTitle, Literal(norm(entry["title"]))))
        if entry.get("place"):
            g.add((node, VK.placeName, Literal(nfc(entry["place"]))))
        issuer = entry.get("issuer")
        issuer_name = issuer.get("name") if isinstance(issuer, dict) else issuer
        term = term_in_text(issuer_name)
        if term is None and when and place is not None and place.kind == "country":
            style, _a, tail = split_symbol(entry.get("symbol"))
            if style == "party" and (tail or "").upper().endswith("TW"):
                term = term_of_date(when)
        if term:
            g.add((node, VK["term"], Literal(int_to_roman(term))))
        if place is not None:
            g.add((node, VK.jurisdiction, place_triples(self.shared, place, self.base)))
        if issuer_name:
            g.add((node, VK.issuerName, Literal(nfc(issuer_name), lang="vi")))
            system = _system_of_symbol(entry.get("symbol")) or (self.system if node == self.plan else None)
            b = self.body(issuer_name, Context(place, system, when), hint=issuer_hint)
            if b is not None:
                g.add((node, ELI.passed_by, b))
                if issuer_hint:  # the line the issuer was read from (validation points there)
                    self.trace(b, issuer_hint.get("source"))

    def build(self) -> tuple[str, TripleSet]:
        g, plan = self.g, self.plan
        graph_node = URIRef(self.graph_iri)
        g.add((graph_node, RDF.type, VK.PlanGraph))
        g.add((graph_node, FOAF.primaryTopic, plan))
        if self.source_name:
            f = self._file(self.source_name)
            g.add((graph_node, PROV.wasDerivedFrom, f))
            g.add((plan, VK.readFrom, f))
        if self.facts.get("encoding"):
            g.add((graph_node, VK.encoding, Literal(self.facts["encoding"])))
        g.add((plan, RDF.type, VK.AnalysedPlan))
        issuer = self.doc.get("issuer") if isinstance(self.doc.get("issuer"), dict) else None
        self.describe_document(plan, self.doc, self.place, issuer_hint=issuer)
        g.add((plan, VK.jurisdictionCode, Literal(self.doc.get("jurisdiction") or "unknown")))
        self.trace(plan, self.doc.get("source"))
        self._signature()
        cited_nodes = self._cited()
        self._implements(cited_nodes)
        self._sections()
        self._annexes()
        self._tasks()
        self._recipients()
        self._directions()
        return self.graph_iri, g

    def _signature(self) -> None:
        s = self.doc.get("signer") or {}
        if not isinstance(s, dict) or not any(s.get(k) for k in ("name", "position", "on_behalf_of")):
            return
        g = self.g
        sig = URIRef(self.plan_iri + "/signature")
        g.add((sig, RDF.type, VK.Signature))
        g.add((self.plan, VK.signature, sig))
        self.trace(sig, s.get("source"))
        issuer_body = next(iter(g.objects(self.plan, ELI.passed_by)), None)
        behalf = self.body(s.get("on_behalf_of")) if s.get("on_behalf_of") else None
        if behalf is not None:
            g.add((sig, VK.onBehalfOf, behalf))
            g.add((sig, VK.onBehalfOfName, Literal(nfc(s["on_behalf_of"]), lang="vi")))
        person = None
        if s.get("name"):
            person = URIRef(iris.person_iri(s["name"], self.place, self.base))
            g.add((person, RDF.type, FOAF.Person))
            g.add((person, RDF.type, SDO.Person))
            g.add((person, FOAF.name, Literal(nfc(s["name"]))))
            g.add((person, RDFS.label, Literal(nfc(s["name"]))))
            g.add((sig, VK.signer, person))
            g.add((self.plan, VK.signedBy, person))
        if s.get("position"):
            g.add((sig, VK.positionName, Literal(nfc(s["position"]), lang="vi")))
            holder = issuer_body or behalf
            if holder is not None:
                post = URIRef(f"{holder}/post/{_slug(s['position'])}")
                g.add((post, RDF.type, ORG.Post))
                g.add((post, RDFS.label, Literal(nfc(s["position"]), lang="vi")))
                g.add((post, ORG.postIn, holder))
                g.add((sig, VK.signedAs, post))
                if person is not None:
                    g.add((person, ORG.holds, post))
                    g.add((post, ORG.heldBy, person))

    def _cited(self) -> list[tuple[dict[str, Any], URIRef]]:
        out = []
        g = self.g
        for i, entry in enumerate(self.facts.get("cited") or [], start=1):
            if not isinstance(entry, dict):
                continue
            place = iris.document_place(entry, self.on)
            node = URIRef(iris.cited_document_iri(entry, self.plan_iri, self.base, self.on))
            if node == self.plan:
                continue
            self.describe_document(node, entry, place)
            if place is None:
                g.add((node, VK.jurisdictionCode, Literal(entry.get("jurisdiction") or "unknown")))
            g.add((self.plan, ELI.cites, node))
            cit = URIRef(f"{self.plan_iri}/citation/{i}")
            g.add((cit, RDF.type, VK.Citation))
            g.add((cit, VK.citingDocument, self.plan))
            g.add((cit, VK.citedDocument, node))
            g.add((cit, VK.order, _integer(i)))
            g.add((self.plan, VK.hasCitation, cit))
            for src in [entry.get("source"), *(entry.get("mentions") or [])]:
                self.trace(cit, src)
                self.trace(node, src)
            out.append((entry, node))
        return out

    def _implements(self, cited: list[tuple[dict[str, Any], URIRef]]) -> None:
        g = self.g
        prov = (self.facts.get("provenance") or {}).get("implements") or []
        for i, ref in enumerate(self.facts.get("implements") or [], start=1):
            if not ref:
                continue
            node = _match_cited(ref, cited)
            if node is None:
                entry = (
                    {"key": ref} if re.search(r"\d", ref) and ("/" in ref or "-" in ref) else {"title": ref}
                )
                if "key" in entry:
                    num, _, sym = (
                        ref.replace("/", "-", 1).partition("-")
                        if "/" not in ref.split("-")[0]
                        else (ref.partition("/")[0], "", ref.partition("/")[2])
                    )
                    entry.update(number=num or None, symbol=sym or None)
                node = URIRef(iris.cited_document_iri(entry, self.plan_iri, self.base, self.on))
                self.describe_document(node, entry, None)
                g.add((self.plan, ELI.cites, node))
            src = prov[i - 1] if i - 1 < len(prov) else None
            quote = norm((src or {}).get("text") or "") if isinstance(src, dict) else ""
            rests_only = quote.startswith("căn cứ") and "thực hiện" not in quote
            prop = VK.restsOn if rests_only else VK.carriesOut
            g.add((self.plan, prop, node))
            link = URIRef(f"{self.plan_iri}/implements/{i}")
            g.add((link, RDF.type, VK.RestingOn if rests_only else VK.CarryingOut))
            g.add((link, VK.implementedDocument, node))
            g.add((link, VK.order, _integer(i)))
            g.add((link, VK.referenceAsWritten, Literal(nfc(ref))))
            g.add((self.plan, VK.qualifiedImplementation, link))
            self.trace(link, src)

    def _sections(self) -> None:
        g = self.g
        for i, sec in enumerate(self.facts.get("sections") or [], start=1):
            node = URIRef(f"{self.plan_iri}/section/{i}")
            self._section(node, sec, i)
            title = norm(sec.get("title") or "")
            for pat, cls in _SECTION_ROLES:
                if re.search(pat, title):
                    g.add((node, RDF.type, cls))
                    break
            g.add((self.plan, VK.hasSection, node))
            g.add((node, DCTERMS.isPartOf, self.plan))

    def _section(self, node: URIRef, sec: dict[str, Any], order: int) -> None:
        g = self.g
        g.add((node, RDF.type, VK.Section))
        if sec.get("number"):
            g.add((node, VK.sectionNumber, Literal(str(sec["number"]))))
        if sec.get("title"):
            g.add((node, DCTERMS.title, Literal(nfc(sec["title"]), lang="vi")))
        g.add((node, VK.order, _integer(order)))
        self.trace(node, sec.get("source"))

    def _annexes(self) -> None:
        g = self.g
        for i, annex in enumerate(self.facts.get("annexes") or [], start=1):
            node = URIRef(f"{self.plan_iri}/annex/{i}")
            g.add((node, RDF.type, VK.Annex))
            t = doc_type(annex.get("type"))
            if t:
                g.add((node, RDF.type, VK[t.cls]))
            if annex.get("type"):
                g.add((node, VK.typeAsWritten, Literal(nfc(annex["type"]), lang="vi")))
            if annex.get("title"):
                g.add((node, DCTERMS.title, Literal(nfc(annex["title"]), lang="vi")))
            g.add((node, VK.order, _integer(i)))
            g.add((self.plan, VK.hasAnnex, node))
            g.add((node, DCTERMS.isPartOf, self.plan))
            self.trace(node, annex.get("source"))
            by_number: dict[str, URIRef] = {}
            for j, sec in enumerate(annex.get("sections") or [], start=1):
                snode = URIRef(f"{node}/section/{j}")
                self._section(snode, sec, j)
                g.add((snode, RDF.type, VK.AnnexSection))
                g.add((snode, DCTERMS.isPartOf, node))
                g.add((node, VK.hasSection, snode))
                number = str(sec.get("number") or "")
                parent_no = number.rsplit(".", 1)[0] if "." in number else None
                if parent_no and parent_no in by_number:
                    g.add((snode, VK.parentSection, by_number[parent_no]))
                    # a numbered subsection of an outline is a content item the plan orders conveyed
                    if t is not None and t.cls == "Outline":
                        self._content_item(snode)
                if number:
                    by_number[number] = snode

    def _content_item(self, node: URIRef) -> None:
        self.g.add((node, RDF.type, VK.ContentItem))
        self.g.add((self.plan, VK.directs, node))

    def _tasks(self) -> None:
        g = self.g
        for i, task in enumerate(self.facts.get("tasks") or [], start=1):
            if not isinstance(task, dict):
                continue
            node = URIRef(f"{self.plan_iri}/task/{i}")
            g.add((node, RDF.type, VK.Task))
            g.add((node, VK.order, _integer(i)))
            g.add((self.plan, VK.hasTask, node))
            g.add((self.plan, VK.directs, node))
            g.add((node, VK.assignedBy, self.plan))
            self.trace(node, task.get("source"))
            if task.get("assignee"):
                b = self.body(task["assignee"])
                if b is not None:
                    g.add((node, VK.assignee, b))
                g.add((node, VK.assigneeName, Literal(nfc(task["assignee"]), lang="vi")))
            for name in task.get("coordinates_with") or []:
                b = self.body(name)
                if b is not None:
                    g.add((node, VK.coordinatesWith, b))
            for name in task.get("reports_to") or []:
                b = self.body(name)
                if b is not None:
                    g.add((node, VK.reportsTo, b))
            if isinstance(task.get("actions"), int):
                g.add((node, VK.actionCount, Literal(task["actions"], datatype=XSD.integer)))
            _deadline(g, node, task.get("deadline"))
            for j, duty in enumerate(task.get("duties") or [], start=1):
                if not isinstance(duty, dict):
                    continue
                d = URIRef(f"{node}/duty/{j}")
                g.add((d, RDF.type, VK.Duty))
                g.add((node, VK.hasDuty, d))
                g.add((d, VK.order, _integer(j)))
                if duty.get("text"):
                    g.add((d, VK.text, Literal(nfc(duty["text"]), lang="vi")))
                _deadline(g, d, duty.get("deadline"))
                self.trace(d, duty.get("source"))

    def _recipients(self) -> None:
        g = self.g
        prov = (self.facts.get("provenance") or {}).get("recipients") or []
        for i, name in enumerate(self.facts.get("recipients") or [], start=1):
            if not name:
                continue
            node = URIRef(f"{self.plan_iri}/recipient/{i}")
            archive = bool(re.match(r"^\s*lưu\b", norm(name)))
            g.add((node, RDF.type, VK.ArchiveCopy if archive else VK.Addressing))
            g.add((node, VK.nameAsWritten, Literal(nfc(name), lang="vi")))
            g.add((node, VK.order, _integer(i)))
            g.add((self.plan, VK.hasAddressing, node))
            if not archive:
                b = self.body(name)
                if b is not None:
                    g.add((node, VK.recipient, b))
                    g.add((self.plan, VK.addressedTo, b))
            self.trace(node, prov[i - 1] if i - 1 < len(prov) else None)

    def _directions(self) -> None:
        """Optional lists of purposes, content items and forms/channels, when the facts carry them."""
        g = self.g
        for field, cls in (
            ("purposes", VK.Purpose),
            ("content_items", VK.ContentItem),
            ("forms", VK.FormOrChannel),
        ):
            for i, item in enumerate(self.facts.get(field) or [], start=1):
                text = item.get("text") if isinstance(item, dict) else item
                if not text:
                    continue
                node = URIRef(f"{self.plan_iri}/{field.replace('_', '-')}/{i}")
                g.add((node, RDF.type, cls))
                g.add((node, VK.text, Literal(nfc(text), lang="vi")))
                g.add((node, VK.order, _integer(i)))
                g.add((self.plan, VK.directs, node))
                if isinstance(item, dict):
                    self.trace(node, item.get("source"))


@lru_cache(maxsize=4096)
def _integer(n: int) -> Literal:
    """An xsd:integer literal (made once: rdflib's Literal constructor is slow, and orders repeat)."""
    return Literal(n, datatype=XSD.integer)


def _slug(text: str) -> str:
    from ontology.text import slug

    return slug(text)


def _system_of_symbol(symbol: str | None) -> str | None:
    style, _a, tail = split_symbol(symbol)
    if not tail:
        return None
    if "MTTQ" in tail.upper():
        return "front"
    if style == "state":
        return "state"
    return "party"


def _deadline(g: Graph, node: URIRef, value: Any) -> None:
    if not value:
        return
    d = parse_date(value) if isinstance(value, str) else None
    if d:
        g.add((node, VK.deadline, Literal(d.isoformat(), datatype=XSD.date)))
    else:
        g.add((node, VK.deadlineText, Literal(nfc(str(value)), lang="vi")))


def _match_cited(ref: str, cited: list[tuple[dict[str, Any], URIRef]]) -> URIRef | None:
    ck = canonical_key(ref)
    for entry, node in cited:
        if entry.get("key") and canonical_key(entry["key"]) == ck:
            return node
    nref = norm(ref)
    for entry, node in cited:
        if not entry.get("key") and entry.get("title") and norm(entry["title"]) == nref:
            return node
    for entry, node in cited:
        if not entry.get("key") and nref and (nref in norm(entry.get("title") or "")):
            return node
    return None


def plan_to_graph(facts: Facts, base: str = BASE_DEFAULT) -> tuple[str, Graph]:
    """(named graph IRI, triples) of one plan, with PROV-O links from each fact to its source lines,
    and the descriptions of the bodies and places it names: all a reader of the plan alone needs."""
    builder = _PlanBuilder(facts, base)
    graph_iri, triples = builder.build()
    for t in builder.shared:
        triples.add(t)
    return graph_iri, triples.to_graph()


class PlanNTriples(NamedTuple):
    graph_iri: str
    own: bytes  # the plan's named graph
    shared: bytes  # the bodies and places it names, described as every plan naming them does


def plan_to_ntriples(facts: Facts, base: str = BASE_DEFAULT) -> PlanNTriples:
    """What `plan_to_graph` holds as N-Triples, without an rdflib graph (the build's fast path), in two
    parts: the plan's own graph, and the descriptions of bodies and places, which the build loads once
    into the shared graph `iris.BODIES_PLACES_GRAPH` (at 1,000 generated plans they were a third of each
    plan graph: loaded into every plan graph they cost the store a third more quads)."""
    builder = _PlanBuilder(facts, base)
    graph_iri, triples = builder.build()
    return PlanNTriples(graph_iri, triples.ntriples(), builder.shared.ntriples())
