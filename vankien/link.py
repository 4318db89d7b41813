"""Links from the graph's bodies and places to an outside dataset (`vankien link --with FILE`).

The outside dataset is a CSV file (one record a row: a name, a code, the IRI to link to) or an RDF file
(.ttl, .nt, .nq, .trig, .jsonld, .rdf: every subject IRI with a label or a code is a record). Each
record is aligned with the graph's places (`vk:Jurisdiction`) and bodies (`org:Organization`, not the
plan-local `vk:BodyGroup`s):

1. by code: the record's code against the places' and bodies' codes (`CODE_PROPERTIES`: `vk:gsoCode`,
   the GSO code of places, and `skos:notation`), compared as written; a code without leading zeros
   ("1") is also compared with the codes that have them ("01", "001"), as spreadsheets drop them;
2. by name: the record's names against the entities' labels after one normalisation (`ontology.text.norm`:
   NFC, modern tone marks, case), for places also without the unit prefix ("tỉnh", "thành phố", "TP.",
   "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"); when nothing matches, without diacritics.
   A prefix (or a level column) that names the kind of unit restricts the places to that kind: "xã Hậu
   Lộc" never matches the district Hậu Lộc. Bodies are matched on their canonical labels only
   (skos:prefLabel, rdfs:label), not on the shortened spellings a plan used (skos:altLabel: "Ban Thường
   vụ" says nothing about which one).

Places and bodies carry dates (schema:foundingDate, schema:dissolutionDate): the units of 2023 and
those of 1 July 2025 are all in the graph, and some share a code and a name (the Cần Thơ of 2023 and
the merged Cần Thơ of 2025 are both "92"). `at` (`--at 2025-07-01`) keeps only the entities that
existed on that day; without it such records are ambiguous.

A record is **matched** when exactly one entity fits: the code's single entity (when the names do not
point elsewhere), or the single entity of the names (entities whose code differs from the record's are
left out). It is **ambiguous** when several fit, or the code and the names disagree, or another record
matched the same entity: those are reported with their candidates and not linked. Otherwise it is
**unmatched**. Nothing is linked on a guess.

The links go into their own named graph `<base>graph/links/<name>` (and, like every graph, into the
default graph, the union), as `skos:exactMatch` by default — "the same thing, interchangeable for
retrieval" without `owl:sameAs`'s identity, which would merge the outside record's statements (another
time span, another structure) into our body or place; `--property sameAs` writes `owl:sameAs` instead.
The graph also states, for each matched outside IRI, its code (`skos:notation`) and name (`rdfs:label`)
as the dataset gives them, and describes itself as a `void:Linkset` (source file, counts, date).

Writing goes through `vankien.derive`: the served build is copied, the link graph is added to the copy
(replacing an earlier link graph of the same name), and the copy is validated and published atomically.
Why a derived build and not a side store of links: everything that reads the graph (the query engines,
`oxigraph serve-read-only` over the build's folder; the pages; validation; export) reads one build's
store, whose default graph is the union. A side store would have to be merged by each of them, and the
union would no longer be one store's default graph. A derived build keeps the store folder's
guarantees as they are: published builds never change, CURRENT switches atomically, a failed run leaves
the served build untouched, and the server moves to the new build as after `vankien build`. A
`vankien build` starts again from the plans: `vankien.linksets` records each published set, and the
build aligns it afresh against the new graph instead of carrying over links whose entities may have
changed.
"""

from __future__ import annotations

import csv
import io
import re
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ontology.text import ascii_fold, norm, slug

VK = "https://vankien.example.org/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
ORG = "http://www.w3.org/ns/org#"
DCT = "http://purl.org/dc/terms/"
VOID = "http://rdfs.org/ns/void#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SCHEMA = "https://schema.org/"
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"

SHORT_PREFIXES = (
    ("skos:", SKOS),
    ("owl:", "http://www.w3.org/2002/07/owl#"),
    ("rdfs:", RDFS),
    ("schema:", SCHEMA),
    ("dcterms:", DCT),
    ("vk:", VK),
    ("foaf:", "http://xmlns.com/foaf/0.1/"),
)
LINK_PROPERTIES = {"exactMatch": SKOS + "exactMatch", "sameAs": OWL_SAME_AS}
# Codes of places and bodies in the graph: the GSO code of part A's places, and any skos:notation.
CODE_PROPERTIES = (VK + "gsoCode", SKOS + "notation")
PLACE_LABELS = (SKOS + "prefLabel", RDFS + "label", SKOS + "altLabel")
BODY_LABELS = (SKOS + "prefLabel", RDFS + "label")
# Labels and codes of the records of an RDF dataset.
RDF_LABELS = (
    SKOS + "prefLabel",
    RDFS + "label",
    SKOS + "altLabel",
    SCHEMA + "name",
    "http://xmlns.com/foaf/0.1/name",
    DCT + "title",
)
RDF_CODES = (*CODE_PROPERTIES, DCT + "identifier", SCHEMA + "identifier")
# vk: class of a place -> its kind (anything else typed vk:Jurisdiction is a "place")
PLACE_KINDS = {
    VK + "Country": "country",
    VK + "Province": "province",
    VK + "District": "district",
    VK + "Commune": "commune",
    VK + "PartyBloc": "bloc",
}

# Header names (folded: no diacritics, lower case, `_` for anything else) of each role, best first.
NAME_COLUMNS = (
    "name", "ten", "label", "ten_don_vi", "ten_dvhc", "ten_co_quan", "ten_to_chuc", "unit_name",
    "preflabel", "itemlabel", "title", "ten_tinh", "ten_huyen", "ten_xa", "province_name",
    "district_name", "commune_name", "ward_name",
)  # fmt: skip
CODE_COLUMNS = (
    "code", "ma", "ma_so", "ma_don_vi", "ma_dvhc", "gso", "gso_code", "gsocode", "ma_gso", "notation",
    "identifier", "ma_tinh", "ma_huyen", "ma_xa", "province_code", "district_code", "commune_code",
    "ward_code",
)  # fmt: skip
IRI_COLUMNS = ("iri", "uri", "url", "item", "wikidata", "wikidata_item", "qid", "entity", "link", "same_as")
LEVEL_COLUMNS = ("cap", "level", "kind", "type", "loai", "cap_hanh_chinh")
GENERIC_COLUMNS = {"name", "ten", "label", "code", "ma", "iri", "uri", "cap", "level"}

# Unit prefixes of place names (normalised), longest first, and the kinds of unit they name.
UNIT_PREFIXES: tuple[tuple[str, frozenset[str]], ...] = tuple(
    sorted(
        [
            ("thành phố trực thuộc trung ương", frozenset({"province"})),
            ("thành phố", frozenset({"province", "district"})),
            ("tp.", frozenset({"province", "district"})),
            ("tp", frozenset({"province", "district"})),
            ("tỉnh", frozenset({"province"})),
            ("huyện", frozenset({"district"})),
            ("quận", frozenset({"district"})),
            ("thị xã", frozenset({"district"})),
            ("tx.", frozenset({"district"})),
            ("xã", frozenset({"commune"})),
            ("phường", frozenset({"commune"})),
            ("thị trấn", frozenset({"commune"})),
            ("tt.", frozenset({"commune"})),
        ],
        key=lambda p: -len(p[0]),
    )
)
LEVEL_WORDS = {
    "province": frozenset({"province"}),
    "district": frozenset({"district"}),
    "commune": frozenset({"commune"}),
    "ward": frozenset({"commune"}),
    "country": frozenset({"country"}),
}


class LinkError(Exception):
    """The dataset cannot be read, or its columns cannot be told."""


# --- the outside dataset -------------------------------------------------------------------------------


@dataclass
class Record:
    where: str  # "row 3", or the subject IRI of an RDF record
    target: str | None  # the IRI to link to
    names: list[str] = field(default_factory=list)
    code: str | None = None
    kinds: frozenset[str] | None = None  # the kinds of place a level column allows

    @property
    def label(self) -> str:
        name = self.names[0] if self.names else ""
        return f"{name} ({self.code})" if self.code and name else name or f"code {self.code}"


@dataclass
class Dataset:
    name: str
    source: str
    records: list[Record]
    columns: dict[str, str | None] = field(default_factory=dict)  # role -> header used (CSV)
    ignored: int = 0  # RDF subjects without a label or a code

    def columns_line(self) -> str:
        if not self.columns:
            return (
                "records: subjects with a label (" + ", ".join(_short(p) for p in RDF_LABELS) + ") or a code"
            )
        return "columns used: " + ", ".join(
            f"{role} = {header!r}" if header else f"{role} = none" for role, header in self.columns.items()
        )


def header_key(header: str) -> str:
    """`Tên đơn vị` -> `ten_don_vi`: how a header is compared with the known column names."""
    return re.sub(r"[^a-z0-9]+", "_", ascii_fold(header.strip().lstrip("\ufeff"))).strip("_")


def _pick(headers: list[str], known: tuple[str, ...], role: str, chosen: str | None) -> str | None:
    """The header that holds `role`: the one named by the user, else the one header that fits; when
    several fit, the one with a generic name (`name`, `code`, …) if exactly one has it."""
    if chosen:
        for h in headers:
            if h == chosen or header_key(h) == header_key(chosen):
                return h
        raise LinkError(f"no column {chosen!r} for the {role}; the columns are: {', '.join(headers)}")
    fitting = [h for h in headers if header_key(h) in known]
    if len(fitting) > 1:
        generic = [h for h in fitting if header_key(h) in GENERIC_COLUMNS]
        if len(generic) == 1:
            return generic[0]
        raise LinkError(
            f"several columns could hold the {role}: {', '.join(repr(h) for h in fitting)}; "
            f"choose one with --{role}-column"
        )
    return fitting[0] if fitting else None


def _iri_of(value: str, prefix: str | None) -> str | None:
    value = value.strip()
    if not value:
        return None
    if re.fullmatch(r"Q[1-9][0-9]*", value):
        return WIKIDATA_ENTITY + value
    if re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*:", value) and " " not in value:
        return value
    return (prefix + value) if prefix else None


def _kinds_of_level(value: str) -> frozenset[str] | None:
    v = norm(value)
    if not v:
        return None
    for prefix, kinds in UNIT_PREFIXES:
        if v == prefix.rstrip(".") or v == prefix:
            return kinds
    return LEVEL_WORDS.get(ascii_fold(v))


def read_csv(
    path: Path,
    name: str | None = None,
    prefix: str | None = None,
    name_column: str | None = None,
    code_column: str | None = None,
    iri_column: str | None = None,
    level_column: str | None = None,
) -> Dataset:
    """The records of a CSV file (UTF-8, with or without BOM; comma, semicolon or tab separated).

    The IRI to link to is the IRI column's value (a bare Wikidata id `Q123` becomes its entity IRI),
    else `prefix` + the code."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise LinkError(f"{path}: not UTF-8 text (byte {e.start}); save the CSV as UTF-8") from None
    except OSError as e:
        raise LinkError(f"{path}: cannot read: {e.strerror}") from None
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise LinkError(f"{path}: the file is empty")
    headers = [h.strip() for h in rows[0]]
    cols = {
        "name": _pick(headers, NAME_COLUMNS, "name", name_column),
        "code": _pick(headers, CODE_COLUMNS, "code", code_column),
        "iri": _pick(headers, IRI_COLUMNS, "iri", iri_column),
        "level": _pick(headers, LEVEL_COLUMNS, "level", level_column),
    }
    if not cols["name"] and not cols["code"]:
        raise LinkError(
            f"{path}: no column holds names or codes; the columns are {', '.join(repr(h) for h in headers)}; "
            f"known names: {', '.join(NAME_COLUMNS[:6])} …, codes: {', '.join(CODE_COLUMNS[:6])} … "
            "(or say which with --name-column / --code-column)"
        )
    if not cols["iri"] and not (prefix and cols["code"]):
        raise LinkError(
            f"{path}: no column holds the IRIs to link to ({', '.join(IRI_COLUMNS)}); give --prefix to make "
            "them from the codes" + ("" if cols["code"] else " (which needs a code column)")
        )
    index = {h: i for i, h in enumerate(headers)}

    def cell(row: list[str], role: str) -> str:
        h = cols[role]
        return row[index[h]].strip() if h is not None and index[h] < len(row) else ""

    records = []
    for n, row in enumerate(rows[1:], start=2):
        code = cell(row, "code") or None
        iri = _iri_of(cell(row, "iri"), None) if cols["iri"] else None
        if iri is None and prefix and code:
            iri = prefix + code
        nm = cell(row, "name")
        records.append(Record(f"row {n}", iri, [nm] if nm else [], code, _kinds_of_level(cell(row, "level"))))
    return Dataset(name or path.stem, path.name, records, cols)


RDF_SUFFIXES = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}


def read_rdf(path: Path, name: str | None = None) -> Dataset:
    """The records of an RDF file: every subject IRI with a label or a code, linked to itself."""
    fmt = RDF_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise LinkError(f"{path}: not a file type vankien link reads (.csv, {', '.join(RDF_SUFFIXES)})")
    labels: dict[str, list[str]] = defaultdict(list)
    codes: dict[str, list[str]] = defaultdict(list)
    subjects: set[str] = set()
    try:
        for q in ox.parse(path=str(path), format=fmt):
            if not isinstance(q.subject, ox.NamedNode):
                continue
            s = q.subject.value
            subjects.add(s)
            p = q.predicate.value
            if isinstance(q.object, ox.Literal):
                if p in RDF_LABELS and q.object.value not in labels[s]:
                    labels[s].append(q.object.value)
                elif p in RDF_CODES and q.object.value not in codes[s]:
                    codes[s].append(q.object.value)
    except SyntaxError as e:
        raise LinkError(f"{path}: does not parse as {fmt.name}: {e}") from None
    except OSError as e:
        raise LinkError(f"{path}: cannot read: {e.strerror or e}") from None
    records = []
    for s in sorted(set(labels) | set(codes)):
        if len(codes[s]) > 1:
            raise LinkError(f"{path}: <{s}> has several codes ({', '.join(codes[s])}); one is expected")
        records.append(Record(s, s, labels[s], codes[s][0] if codes[s] else None))
    return Dataset(name or path.stem, path.name, records, ignored=len(subjects) - len(records))


def read_dataset(
    path: Path, name: str | None = None, prefix: str | None = None, **columns: str | None
) -> Dataset:
    if path.suffix.lower() == ".csv" or path.suffix.lower() == ".tsv":
        return read_csv(path, name, prefix, **columns)
    return read_rdf(path, name)


# --- the graph's side ----------------------------------------------------------------------------------


@dataclass
class Entity:
    iri: str
    kind: str  # a place kind (PLACE_KINDS, or "place") or "body"
    label: str = ""
    codes: set[str] = field(default_factory=set)
    founded: str | None = None  # schema:foundingDate, as an ISO date (a year: its first day)
    dissolved: str | None = None  # schema:dissolutionDate (a year: the first day of the next)

    @property
    def is_place(self) -> bool:
        return self.kind != "body"

    def exists_at(self, date: str) -> bool:
        return (self.founded is None or self.founded <= date) and (
            self.dissolved is None or date < self.dissolved
        )


def place_key(name: str) -> tuple[str, frozenset[str] | None]:
    """A place name for matching, without its unit prefix, and the kinds of unit the prefix names."""
    key = norm(name)
    for prefix, kinds in UNIT_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            rest = key[len(prefix) :]
            if prefix.endswith(".") or rest.startswith(" "):
                return rest.strip(" .,"), kinds
    return key, None


def body_key(name: str) -> str:
    return norm(name)


def _strip_zeros(code: str) -> str:
    return code.strip().lstrip("0") or "0"


class Index:
    """The places and bodies of a store, by code and by normalised name."""

    def __init__(self, entities: Iterable[Entity], names: Iterable[tuple[str, str]]):
        self.entities = {e.iri: e for e in entities}
        self.by_code: dict[str, set[str]] = defaultdict(set)
        self.by_code_loose: dict[str, set[str]] = defaultdict(set)
        for e in self.entities.values():
            for c in e.codes:
                self.by_code[c.strip()].add(e.iri)
                self.by_code_loose[_strip_zeros(c)].add(e.iri)
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.by_folded: dict[str, set[str]] = defaultdict(set)
        for iri, name in names:
            e = self.entities.get(iri)
            if e is None:
                continue
            key = place_key(name)[0] if e.is_place else body_key(name)
            if key:
                self.by_name[key].add(iri)
                self.by_folded[ascii_fold(key)].add(iri)

    @classmethod
    def from_store(cls, store: ox.Store, what: str = "all", at: str | None = None) -> Index:
        """The places and/or bodies (`what`: all, places, bodies) of the store; with `at` (an ISO date)
        only those that existed on that day (schema:foundingDate, schema:dissolutionDate)."""
        entities: dict[str, Entity] = {}
        names: list[tuple[str, str, str, str]] = []
        if what in ("all", "places"):
            for sol in store.query(
                f"SELECT ?s ?t WHERE {{ ?s a <{VK}Jurisdiction> OPTIONAL {{ ?s a ?t }} }}"
            ):
                iri = sol["s"].value
                e = entities.setdefault(iri, Entity(iri, "place"))
                t = sol["t"]
                if t is not None and t.value in PLACE_KINDS:
                    e.kind = PLACE_KINDS[t.value]
            names += _labels(store, f"?s a <{VK}Jurisdiction>", PLACE_LABELS)
        if what in ("all", "bodies"):
            for sol in store.query(
                f"SELECT DISTINCT ?s WHERE {{ ?s a <{ORG}Organization> "
                f"FILTER NOT EXISTS {{ ?s a <{VK}BodyGroup> }} "
                f"FILTER NOT EXISTS {{ ?s a <{VK}Jurisdiction> }} }}"
            ):
                iri = sol["s"].value
                entities.setdefault(iri, Entity(iri, "body"))
            names += _labels(store, f"?s a <{ORG}Organization>", BODY_LABELS)
        for prop in CODE_PROPERTIES:
            for sol in store.query(f"SELECT ?s ?c WHERE {{ ?s <{prop}> ?c FILTER(isLiteral(?c)) }}"):
                e = entities.get(sol["s"].value)
                if e is not None:
                    e.codes.add(sol["c"].value)
        for prop, attr in ((SCHEMA + "foundingDate", "founded"), (SCHEMA + "dissolutionDate", "dissolved")):
            for sol in store.query(f"SELECT ?s ?d WHERE {{ ?s <{prop}> ?d FILTER(isLiteral(?d)) }}"):
                e = entities.get(sol["s"].value)
                if e is not None:
                    setattr(e, attr, _day(sol["d"].value, end=attr == "dissolved"))
        if at is not None:
            entities = {i: e for i, e in entities.items() if e.exists_at(at)}
        rank = {p: n for n, p in enumerate((SKOS + "prefLabel", RDFS + "label", SKOS + "altLabel"))}
        shown = sorted(names, key=lambda n: (n[0], n[3] != "vi", rank.get(n[1], 9), n[2]))
        for iri, _, name, _ in shown:  # the label to show: the canonical Vietnamese one if there is one
            e = entities.get(iri)
            if e is not None and not e.label:
                e.label = name
        return cls(entities.values(), [(iri, name) for iri, _, name, _ in names])


def _day(value: str, end: bool) -> str:
    """An xsd:date as is; a year as its first day, or (`end`) the first day of the next year, so that a
    unit dated only by its year counts as existing through that whole year."""
    value = value.strip()
    if re.fullmatch(r"\d{4}", value):
        return f"{int(value) + 1:04d}-01-01" if end else f"{value}-01-01"
    return value[:10]


def _labels(store: ox.Store, pattern: str, props: tuple[str, ...]) -> list[tuple[str, str, str, str]]:
    """(entity, label property, label, language) of the entities matching `pattern`."""
    values = " ".join(f"<{p}>" for p in props)
    rows = store.query(
        f"SELECT ?s ?p ?l WHERE {{ {pattern} VALUES ?p {{ {values} }} ?s ?p ?l FILTER(isLiteral(?l)) }}"
    )
    return [(sol["s"].value, sol["p"].value, sol["l"].value, sol["l"].language or "") for sol in rows]


# --- alignment ------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    record: Record
    status: str  # "matched" | "ambiguous" | "unmatched"
    entity: str | None = None
    candidates: list[str] = field(default_factory=list)
    how: str = ""  # "code", "code and name", "name", "name without diacritics"
    note: str = ""


def _by_names(record: Record, index: Index) -> tuple[set[str], str]:
    """The entities one of the record's names fits: exactly after normalisation, else without diacritics.

    A place must be of a kind the record allows (its level column, else its name's unit prefix); the
    body names are compared whole."""
    keys = []
    for name in record.names:
        pkey, kinds = place_key(name)
        keys.append((pkey, body_key(name), record.kinds or kinds))
    for tier, table in (("name", index.by_name), ("name without diacritics", index.by_folded)):
        found: set[str] = set()
        for pkey, bkey, kinds in keys:
            if tier != "name":
                pkey, bkey = ascii_fold(pkey), ascii_fold(bkey)
            for iri in table.get(pkey, ()):
                e = index.entities[iri]
                if e.is_place and (kinds is None or e.kind in kinds or e.kind == "place"):
                    found.add(iri)
            found |= {iri for iri in table.get(bkey, ()) if not index.entities[iri].is_place}
        if found:
            return found, tier
    return set(), "name"


def align_record(record: Record, index: Index) -> Outcome:
    by_code: set[str] = set()
    if record.code:
        code = record.code.strip()
        by_code = set(index.by_code.get(code, ()))
        if not by_code and not code.startswith("0"):  # a code that may have lost its leading zeros
            by_code = set(index.by_code_loose.get(_strip_zeros(code), ()))
        if record.kinds is not None:  # the level column's kind of unit
            by_code = {i for i in by_code if index.entities[i].kind in record.kinds | {"place"}}
    named, how = _by_names(record, index)
    by_name = named
    if record.code:  # an entity with another code is another unit, whatever its name
        by_name = {i for i in named if not index.entities[i].codes or i in by_code}
    if record.target is None:
        return Outcome(record, "unmatched", note="no IRI to link to (empty IRI column, no code for --prefix)")
    if len(by_code) == 1:
        (only,) = by_code
        if named and only not in named:  # the names point at other units than the code
            return Outcome(
                record,
                "ambiguous",
                candidates=sorted(by_code | named),
                note="the code and the name disagree",
            )
        return Outcome(record, "matched", only, how="code and name" if only in by_name else "code")
    if len(by_code) > 1:
        narrowed = by_code & by_name
        if len(narrowed) == 1:
            return Outcome(record, "matched", next(iter(narrowed)), how="code and name")
        return Outcome(
            record, "ambiguous", candidates=sorted(narrowed or by_code), note="several share the code"
        )
    if len(by_name) == 1:
        return Outcome(record, "matched", next(iter(by_name)), how=how)
    if by_name:
        return Outcome(record, "ambiguous", candidates=sorted(by_name), note=f"several have the {how}")
    return Outcome(record, "unmatched")


def align(dataset: Dataset, index: Index) -> list[Outcome]:
    """Every record's outcome; an entity that two records with different IRIs claim is linked to neither."""
    outcomes = [align_record(r, index) for r in dataset.records]
    claims: dict[str, set[str]] = defaultdict(set)
    for o in outcomes:
        if o.status == "matched" and o.entity and o.record.target:
            claims[o.entity].add(o.record.target)
    for o in outcomes:
        if o.status == "matched" and o.entity and len(claims[o.entity]) > 1:
            others = sorted(claims[o.entity] - {o.record.target})
            o.status, o.candidates = "ambiguous", [o.entity]
            o.note = "other records match the same entity: " + ", ".join(others)
            o.entity = None
    return outcomes


# --- the link graph -------------------------------------------------------------------------------------


def links_graph_iri(name: str, base: str) -> str:
    return (base if base.endswith(("/", "#")) else base + "/") + "graph/links/" + slug(name)


@dataclass
class LinkReport:
    dataset: Dataset
    graph: str
    prop: str
    outcomes: list[Outcome]
    index: Index
    build_id: str | None = None  # the build published with the links (None: not written)
    derived_from: str | None = None
    validation: str | None = None
    at: str | None = None  # only entities that existed on that day were candidates

    def of(self, status: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == status]

    def counts(self) -> dict[str, int]:
        return {s: len(self.of(s)) for s in ("matched", "ambiguous", "unmatched")}

    def links(self) -> list[tuple[str, str]]:
        return sorted(
            {(o.entity, o.record.target) for o in self.of("matched") if o.entity and o.record.target}
        )

    def _entity(self, iri: str) -> str:
        e = self.index.entities.get(iri)
        return f"<{iri}> ({e.label})" if e and e.label else f"<{iri}>"

    def to_text(self) -> str:
        c = self.counts()
        lines = [
            f"dataset {self.dataset.source!r} ({len(self.dataset.records)} records); "
            + self.dataset.columns_line(),
        ]
        if self.at:
            lines.append(f"  candidates: the places and bodies that existed on {self.at}")
        if self.dataset.ignored:
            lines.append(f"  {self.dataset.ignored} subjects without a label or a code were left out")
        lines.append(f"matched: {c['matched']}")
        for o in self.of("matched"):
            assert o.entity
            lines.append(f"  {o.record.where} {o.record.label!r} -> {self._entity(o.entity)} [by {o.how}]")
        lines.append(f"ambiguous: {c['ambiguous']} (not linked)")
        for o in self.of("ambiguous"):
            lines.append(f"  {o.record.where} {o.record.label!r}: {o.note}; candidates:")
            lines += [f"    {self._entity(i)}" for i in o.candidates]
        lines.append(f"unmatched: {c['unmatched']}")
        for o in self.of("unmatched"):
            lines.append(f"  {o.record.where} {o.record.label!r}" + (f": {o.note}" if o.note else ""))
        n = len(self.links())
        if self.build_id:
            lines.append(
                f"wrote {n} links ({_short(self.prop)}) into <{self.graph}>; published build {self.build_id} "
                f"(derived from {self.derived_from}); validation: {self.validation}"
            )
        else:
            lines.append(
                f"dry run: {n} links ({_short(self.prop)}) would go into <{self.graph}>; nothing written"
            )
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        def rec(o: Outcome) -> dict[str, Any]:
            d: dict[str, Any] = {"record": o.record.where, "names": o.record.names, "code": o.record.code,
                                 "target": o.record.target}  # fmt: skip
            if o.entity:
                d.update(entity=o.entity, by=o.how)
            if o.candidates:
                d["candidates"] = o.candidates
            if o.note:
                d["note"] = o.note
            return d

        return {
            "dataset": self.dataset.source,
            "columns": self.dataset.columns,
            "graph": self.graph,
            "property": self.prop,
            "counts": self.counts(),
            **{s: [rec(o) for o in self.of(s)] for s in ("matched", "ambiguous", "unmatched")},
            "build": self.build_id,
            "derived_from": self.derived_from,
            "validation": self.validation,
            "at": self.at,
        }


def _short(iri: str) -> str:
    for prefix, ns in SHORT_PREFIXES:
        if iri.startswith(ns):
            return prefix + iri[len(ns) :]
    return f"<{iri}>"


def link_quads(report: LinkReport) -> list[ox.Quad]:
    """The link graph: the links, the outside records' codes and names, and the linkset's description."""
    g = ox.NamedNode(report.graph)
    p = ox.NamedNode(report.prop)
    triples: list[ox.Triple] = []
    described: set[str] = set()
    for o in report.of("matched"):
        assert o.entity and o.record.target
        target = ox.NamedNode(o.record.target)
        triples.append(ox.Triple(ox.NamedNode(o.entity), p, target))
        if o.record.target in described:
            continue
        described.add(o.record.target)
        if o.record.code:
            triples.append(ox.Triple(target, ox.NamedNode(SKOS + "notation"), ox.Literal(o.record.code)))
        if o.record.names:
            triples.append(ox.Triple(target, ox.NamedNode(RDFS + "label"), ox.Literal(o.record.names[0])))
    c = report.counts()
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    meta = [
        (RDF_TYPE, ox.NamedNode(VOID + "Linkset")),
        (VOID + "linkPredicate", p),
        (DCT + "title", ox.Literal(f"Links to {report.dataset.name}", language="en")),
        (DCT + "source", ox.Literal(report.dataset.source)),
        (DCT + "created", ox.Literal(now, datatype=ox.NamedNode(XSD + "dateTime"))),
        (VOID + "triples", ox.Literal(str(len(report.links())), datatype=ox.NamedNode(XSD + "integer"))),
        (
            RDFS + "comment",
            ox.Literal(
                f"{c['matched']} records matched, {c['ambiguous']} ambiguous (not linked), "
                f"{c['unmatched']} unmatched",
                language="en",
            ),
        ),
    ]
    triples += [ox.Triple(g, ox.NamedNode(prop), obj) for prop, obj in meta]
    return [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]


def remove_links(store: ox.Store, graph: str) -> bool:
    """Take a link graph out of the store, and keep the default graph the union: the graph's triples
    leave it unless another graph states them too. False when there was no such graph."""
    g = ox.NamedNode(graph)
    if not store.contains_named_graph(g):
        return False
    store.update(
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != <{graph}>) }} }}"
    )
    store.remove_graph(g)
    return True


def write_links(store: ox.Store, graph: str, quads: list[ox.Quad]) -> None:
    """Put the link graph into the store, replacing an earlier one of that name (`remove_links`)."""
    g = ox.NamedNode(graph)
    remove_links(store, graph)
    store.add_graph(g)
    store.extend(quads)
    store.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads)


def aligned(
    store: ox.Store,
    dataset: Dataset,
    base: str,
    prop: str = "exactMatch",
    what: str = "all",
    at: str | None = None,
) -> LinkReport:
    """The alignment of `dataset` with the places and bodies of the graph in `store` (nothing written)."""
    index = Index.from_store(store, what, at)
    graph = links_graph_iri(dataset.name, base)
    return LinkReport(dataset, graph, LINK_PROPERTIES[prop], align(dataset, index), index, at=at)


def link(
    root: Path,
    dataset: Dataset,
    base: str,
    prop: str = "exactMatch",
    what: str = "all",
    dry_run: bool = False,
    at: str | None = None,
) -> LinkReport:
    """Align the served build with `dataset`; unless `dry_run`, publish a new build with the link graph."""
    from vankien.derive import derive_build
    from vankien.store import current_build

    if at is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", at):
        raise LinkError(f"--at {at!r}: give a date as YYYY-MM-DD")
    if prop not in LINK_PROPERTIES:
        raise LinkError(f"unknown link property {prop!r}: use one of {', '.join(LINK_PROPERTIES)}")
    graph = links_graph_iri(dataset.name, base)

    def report_for(store: ox.Store) -> LinkReport:
        return aligned(store, dataset, base, prop, what, at)

    if dry_run:
        return report_for(current_build(root).open())
    made: list[LinkReport] = []

    def change(store: ox.Store) -> dict[str, Any]:
        report = report_for(store)  # aligned against the very build the links are added to
        write_links(store, graph, link_quads(report))
        made.append(report)
        return {"graph": graph, "dataset": dataset.source, **report.counts()}

    derived = derive_build(root, change, f"vankien link --with {dataset.source}", base)
    report = made[-1]
    report.build_id, report.derived_from, report.validation = (
        derived.build_id,
        derived.derived_from,
        derived.validation,
    )
    return report
