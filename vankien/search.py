"""The full-text search index of a build: SQLite FTS5 over documents, bodies, places, persons and plan text.

Vietnamese is folded before it is indexed and before it is searched: NFC, modern tone marks, then
every diacritic removed and `đ` made `d`, lower case (`fold`). "tinh uy soc trang" finds "Tỉnh ủy Sóc
Trăng", "ket luan 21" finds "Kết luận số 21-KL/TW". Folding keeps the length of the text (one folded
character per character), so a match found in the folded text is highlighted in the original.

The index is one file, ``builds/<id>/search.sqlite``, written by `build_index` at the end of a build
and only read afterwards (`Index`). No Flask here.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from vankien.labels import document_label, vi_text

INDEX_NAME = "search.sqlite"
VK = "https://vankien.example.org/ontology#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

# Kinds of entries, and how much a match of each kind weighs in the ranking (bm25 is negative: lower wins).
KIND_WEIGHT = {"document": 3.0, "body": 2.0, "place": 2.0, "person": 1.5, "line": 1.0}
_WORD = re.compile(r"\w+", re.UNICODE)


@cache
def _fold_char(c: str) -> str:
    if c in "đĐ":
        return "d"
    base = "".join(ch for ch in unicodedata.normalize("NFD", c) if not unicodedata.combining(ch)).lower()
    return base if len(base) == 1 else c.lower()[:1] or c


# code point -> its folded character, for str.translate: Latin (Vietnamese included) and combining marks
# up front; any other character is added the first time it is met
_FOLDED: dict[int, str] = {}
_OTHER = re.compile(r"[^\x00-\u024f\u0300-\u036f\u1e00-\u1eff]")


def fold(text: str) -> str:
    """Lower case, no diacritics, `đ` -> `d`; one output character per character of NFC `text`.

    Done by `str.translate` (a search index folds every line of every plan: ten million at 100,000 plans)."""
    text = unicodedata.normalize("NFC", text)
    if _OTHER.search(text):
        for c in set(_OTHER.findall(text)):
            _FOLDED.setdefault(ord(c), _fold_char(c))
    return text.translate(_FOLDED)


for _range in (range(0x250), range(0x300, 0x370), range(0x1E00, 0x1F00)):
    _FOLDED.update((i, _fold_char(chr(i))) for i in _range)


def query_tokens(query: str) -> list[str]:
    return _WORD.findall(fold(vi_text(query)))


@dataclass
class Entry:
    kind: str
    iri: str
    title: str
    text: str = ""
    line: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _rows(store: ox.Store, query: str) -> Iterator[dict[str, str]]:
    """The query's solutions one at a time (a build's graph has millions; they are not gathered)."""
    result = store.query(query)
    names = [v.value for v in result.variables]
    for sol in result:
        yield {n: t.value for n, t in zip(names, sol, strict=True) if t is not None}


_PREFIXES = f"""
PREFIX vk: <{VK}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
"""

_DOCUMENTS = (
    _PREFIXES
    + """
SELECT ?s ?p ?o WHERE {
  ?s a vk:Document .
  VALUES ?p { dcterms:title vk:key vk:typeAsWritten vk:issuerName eli:date_document }
  ?s ?p ?o
}
"""
)

_DOC_CLASS = (
    _PREFIXES
    + """
SELECT ?s ?o WHERE { ?s a ?c . ?c vk:typeName ?o . ?s a vk:Document }
"""
)

_LABELLED = (
    _PREFIXES
    + """
SELECT ?s ?kind ?label (LANG(?label) AS ?lang) WHERE {
  { ?s a org:Organization . BIND("body" AS ?kind)
     { ?s skos:prefLabel ?label } UNION { ?s rdfs:label ?label } UNION { ?s skos:altLabel ?label } }
  UNION { ?s a vk:Jurisdiction . BIND("place" AS ?kind)
     { ?s rdfs:label ?label } UNION { ?s skos:prefLabel ?label } }
  UNION { ?s a foaf:Person . BIND("person" AS ?kind) ?s foaf:name ?label }
}
"""
)

_PLAN_FILES = (
    _PREFIXES
    + """
SELECT ?s ?file WHERE { ?s a vk:AnalysedPlan ; vk:readFrom ?f . ?f vk:fileName ?file }
"""
)

_P = {
    "http://purl.org/dc/terms/title": "title",
    VK + "key": "key",
    VK + "typeAsWritten": "type",
    VK + "issuerName": "issuer",
    "http://data.europa.eu/eli/ontology#date_document": "date",
}


def _document_entries(store: ox.Store) -> list[Entry]:
    docs: dict[str, dict[str, str]] = {}
    for row in _rows(store, _DOCUMENTS):
        docs.setdefault(row["s"], {}).setdefault(_P[row["p"]], vi_text(row["o"]))
    for row in _rows(store, _DOC_CLASS):
        if row["s"] in docs:
            docs[row["s"]].setdefault("class_type", row["o"])
    out = []
    for iri, d in docs.items():
        label = document_label(d.get("class_type") or d.get("type"), d.get("key"), d.get("title"))
        rest = [x for x in (d.get("type"), d.get("title"), d.get("issuer"), d.get("date")) if x]
        out.append(Entry("document", iri, label, " · ".join(rest)))
    return out


def _entity_entries(store: ox.Store) -> list[Entry]:
    """One entry per body, place and person: its preferred label the title, the others its text."""
    labels: dict[str, tuple[str, list[list[str]]]] = {}  # iri -> kind, labels by language rank
    for row in _rows(store, _LABELLED):
        iri = row["s"]
        if iri not in labels:
            labels[iri] = (row["kind"], [[], [], []])
        lang = row.get("lang", "")
        rank = 0 if lang in ("vi", "") else 2 if lang == "en" else 1
        lab = vi_text(row.get("label", ""))
        if lab:
            labels[iri][1][rank].append(lab)
    out = []
    for iri, (kind, ranked) in labels.items():
        names = list(dict.fromkeys(lab for group in ranked for lab in group))
        out.append(Entry(kind, iri, names[0] if names else iri, " · ".join(names[1:])))
    return out


def _line_entries(build_dir: Path, store: ox.Store) -> Iterator[Entry]:
    sources = build_dir / "sources"
    for row in _rows(store, _PLAN_FILES):
        path = sources / row["file"]
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as lines:  # universal newlines, as the extractor reads it
            for n, line in enumerate(lines, start=1):
                text = vi_text(line.rstrip("\n"))
                if text:
                    yield Entry("line", row["s"], "", text, n)


def collect_entries(build_dir: Path, store: ox.Store) -> Iterator[Entry]:
    """Everything the index holds: one entry per entity (its labels joined), one per line of plan text.

    Entries come one at a time: the lines of plan text (about a hundred a plan) are never all in memory,
    only the entities' labels, which are grouped by entity first."""
    yield from _document_entries(store)
    yield from _entity_entries(store)
    yield from _line_entries(build_dir, store)


def build_index(build_dir: Path, store: ox.Store, base: str | None = None) -> Path:
    """Write ``build_dir/search.sqlite`` from the build's store and plan texts; returns its path."""
    path = build_dir / INDEX_NAME
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.execute(
            "CREATE VIRTUAL TABLE entries USING fts5("
            "title, text, kind UNINDEXED, iri UNINDEXED, line UNINDEXED, "
            "title_display UNINDEXED, text_display UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
        )
        con.executemany(
            "INSERT INTO entries (title, text, kind, iri, line, title_display, text_display) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (fold(e.title), fold(e.text), e.kind, e.iri, e.line, e.title, e.text)
                for e in collect_entries(build_dir, store)
            ),
        )
        con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        con.execute("INSERT INTO meta VALUES ('base', ?)", (json.dumps(base),))
        con.execute("INSERT INTO entries(entries) VALUES ('optimize')")
        con.commit()
    finally:
        con.close()
    tmp.replace(path)
    return path


@dataclass
class Hit:
    kind: str
    iri: str
    label: str
    text: str
    line: int | None
    score: float
    marks: list[tuple[int, int]]  # spans of `label` (kind != line) or `text` (lines) that matched

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "iri": self.iri,
            "label": self.label,
            "text": self.text,
            "line": self.line,
            "score": round(self.score, 4),
        }


def match_spans(display: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Where the query's tokens (prefixes of words) occur in `display`, by its folded form."""
    folded = fold(display)
    spans = []
    for m in _WORD.finditer(folded):
        word = m.group(0)
        if any(word.startswith(t) for t in tokens):
            spans.append((m.start(), m.end()))
    return spans


def fts_query(tokens: list[str]) -> str:
    """Every token must occur; the last one may be a prefix (search as you type)."""
    parts = [f'"{t}"' for t in tokens[:-1]] + [f'"{tokens[-1]}"*']
    return " AND ".join(parts)


class Index:
    """A read-only handle on a build's search index."""

    def __init__(self, path: Path):
        if not path.is_file():
            raise FileNotFoundError(f"{path}: the build has no search index (rebuild the store)")
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def close(self) -> None:
        self._con.close()

    def search(
        self, query: str, kinds: list[str] | None = None, limit: int = 50, offset: int = 0
    ) -> tuple[list[Hit], dict[str, int]]:
        """Ranked hits for `query`, and the number of hits of each kind (before `kinds` is applied)."""
        tokens = query_tokens(query)
        if not tokens:
            return [], {}
        match = fts_query(tokens)
        counts = {
            kind: n
            for kind, n in self._con.execute(
                "SELECT kind, count(*) FROM entries WHERE entries MATCH ? GROUP BY kind", (match,)
            )
        }
        weights = " ".join(f"WHEN '{k}' THEN {w}" for k, w in KIND_WEIGHT.items())
        sql = (
            "SELECT kind, iri, line, title_display, text_display, "
            f"bm25(entries, 4.0, 1.0) * (CASE kind {weights} ELSE 1.0 END) AS score "
            "FROM entries WHERE entries MATCH ?"
        )
        params: list[Any] = [match]
        if kinds:
            sql += f" AND kind IN ({','.join('?' * len(kinds))})"
            params += kinds
        sql += " ORDER BY score, iri, line LIMIT ?"
        params += [(limit + offset) * 3 + 20]
        phrase = " ".join(tokens)
        hits = []
        for kind, iri, line, title, text, score in self._con.execute(sql, params):
            marks = match_spans(text if kind == "line" else title, tokens)
            words = " ".join(_WORD.findall(fold(title or text)))
            if words == phrase:
                score *= 3.0  # the very name asked for
            elif phrase in words:
                score *= 1.5  # the words asked for, in that order
            hits.append(Hit(kind, iri, title, text, line, score, marks))
        hits.sort(key=lambda h: (h.score, h.iri, h.line or 0))
        return hits[offset : offset + limit], counts


def index_path(build_dir: Path) -> Path:
    return build_dir / INDEX_NAME
