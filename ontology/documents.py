"""Document types, their symbol abbreviations, symbols and keys, and the Party terms (khóa)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ontology.text import ascii_fold, int_to_roman, nfc, norm, roman_to_int


@dataclass(frozen=True)
class DocType:
    cls: str
    vi: str
    en: str
    abbreviations: tuple[str, ...]
    family: str  # "directive" (issued to be carried out) or "plan" (carries out others) or "other"
    written_forms: tuple[str, ...] = ()


DOC_TYPES: list[DocType] = [
    DocType("Resolution", "Nghị quyết", "Resolution", ("NQ",), "directive"),
    DocType("Conclusion", "Kết luận", "Conclusion", ("KL",), "directive"),
    DocType("Directive", "Chỉ thị", "Directive", ("CT",), "directive"),
    DocType("Regulation", "Quy định", "Regulation", ("QĐ", "QĐi"), "directive"),
    DocType("Decision", "Quyết định", "Decision", ("QĐ",), "directive"),
    DocType("Rules", "Quy chế", "Rules", ("QC",), "directive"),
    DocType("Plan", "Kế hoạch", "Plan", ("KH",), "plan", ("kế hoạch hành động",)),
    DocType(
        "ActionProgramme", "Chương trình hành động", "Action programme", ("CTr",), "plan", ("chương trình",)
    ),
    DocType("Guidance", "Hướng dẫn", "Guidance", ("HD",), "plan"),
    DocType("Notice", "Thông báo", "Notice", ("TB",), "other", ("thông báo kết luận",)),
    DocType("OfficialLetter", "Công văn", "Official letter", ("CV",), "other"),
    DocType("Scheme", "Đề án", "Scheme", ("ĐA",), "plan"),
    DocType("Outline", "Đề cương", "Outline", (), "other"),
    DocType("Report", "Báo cáo", "Report", ("BC",), "other"),
    DocType("Submission", "Tờ trình", "Submission", ("TTr",), "other"),
    DocType("Decree", "Nghị định", "Decree", ("NĐ",), "directive"),
    DocType("Circular", "Thông tư", "Circular", ("TT",), "directive"),
]

_BY_NAME: dict[str, DocType] = {}
for _t in DOC_TYPES:
    _BY_NAME[norm(_t.vi)] = _t
    for _w in _t.written_forms:
        _BY_NAME[norm(_w)] = _t


def doc_type(type_as_written: str | None, symbol: str | None = None) -> DocType | None:
    """The type of a document from its type words, else from its symbol's first part."""
    if type_as_written:
        t = _BY_NAME.get(norm(type_as_written))
        if t:
            return t
        # longest known prefix ("Kế hoạch liên tịch" -> Kế hoạch)
        n = norm(type_as_written)
        for name in sorted(_BY_NAME, key=len, reverse=True):
            if n.startswith(name):
                return _BY_NAME[name]
    abbr = symbol_type_abbreviation(symbol)
    if abbr:
        for t in DOC_TYPES:
            if abbr.casefold() in (a.casefold() for a in t.abbreviations):
                return t
    return None


def split_symbol(symbol: str | None) -> tuple[str | None, str | None, str | None]:
    """(style, type abbreviation, issuer part) of a symbol.

    Party style `KH/TU`, `QĐi/TW`, `CV/BTCTU`: type before the slash, issuer after it.
    State and Front style `KH-UBND`, `QĐ-TTg`, `KH-MTTQ-BTT`: type before the first hyphen.
    """
    if not symbol:
        return None, None, None
    s = re.sub(r"\s+", "", nfc(symbol))
    if "/" in s:
        head, _, tail = s.partition("/")
        return "party", head or None, tail or None
    if "-" in s:
        head, _, tail = s.partition("-")
        return "state", head or None, tail or None
    return None, s, None


def symbol_type_abbreviation(symbol: str | None) -> str | None:
    return split_symbol(symbol)[1]


# Issuer part of a symbol -> (level, system, kind key or None). Checked on the last segment.
ISSUER_SUFFIXES: list[tuple[str, str, str, str | None]] = [
    (r"TW$", "central", "party", None),
    (r"TU$", "province", "party", None),
    (r"ĐUK$", "province", "party", None),
    (r"HU$", "district", "party", None),
    (r"^UBND$", "*", "state", "uy-ban-nhan-dan"),
    (r"^HĐND$", "*", "state", "hoi-dong-nhan-dan"),
    (r"^TTg$", "central", "state", "thu-tuong"),
    (r"^CP$", "central", "state", "chinh-phu"),
    (r"^MTTQ", "*", "front", None),
]


def issuer_suffix_meaning(symbol: str | None) -> tuple[str, str, str | None] | None:
    """(level, system, kind key) that the issuer part of a symbol stands for, or None when unknown."""
    _style, _abbr, tail = split_symbol(symbol)
    if not tail:
        return None
    for pat, level, system, kind in ISSUER_SUFFIXES:
        if re.search(pat, tail, flags=re.IGNORECASE if "ĐUK" not in pat else 0):
            return level, system, kind
    return None


def canonical_key(key: str | None) -> str | None:
    """The key as an identity: no spaces, case folded (`58-Ctr/TU` and `58-CTr/TU` are one key)."""
    if not key:
        return None
    return re.sub(r"\s+", "", nfc(key)).casefold()


def key_slug(number: str | None, symbol: str | None, key: str | None = None) -> str | None:
    """IRI segment of a numbered document: `21-NQ/TW` -> `21-nq-tw`, `3588/KH-UBND` -> `3588-kh-ubnd`."""
    text = key or (f"{number}-{symbol}" if number and symbol else None)
    if not text:
        return None
    s = re.sub(r"[^a-z0-9]+", "-", ascii_fold(nfc(text))).strip("-")
    return s or None


# The day each national Party congress closed: a /TW document belongs to the term (khóa) then begun.
CONGRESS_CLOSED: list[tuple[int, date]] = [
    (9, date(2001, 4, 22)),
    (10, date(2006, 4, 25)),
    (11, date(2011, 1, 19)),
    (12, date(2016, 1, 28)),
    (13, date(2021, 2, 1)),
    (14, date(2026, 1, 23)),
]


def term_of_date(d: date) -> int | None:
    term = None
    for k, start in CONGRESS_CLOSED:
        if d >= start:
            term = k
    return term


_TERM_RE = re.compile(r"khóa\s+([IVXLC]+)\b", re.IGNORECASE)


def term_in_text(text: str | None) -> int | None:
    """The term written in an issuer's name: `Bộ Chính trị khóa XII` -> 12."""
    if not text:
        return None
    m = _TERM_RE.search(nfc(text))
    return roman_to_int(m.group(1)) if m else None


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def period_segment(*, national_party: bool, when: date | None, issuer: str | None) -> str | None:
    """The part of a document IRI that tells numbering periods apart.

    Party documents of the centre are numbered per term: `khoa-xiii`, from the date or from the
    issuer's name. Others are numbered per year (State) or their term is local, so the year is used,
    and the term written in the issuer's name when there is no date.
    """
    term_text = term_in_text(issuer)
    if national_party:
        term = term_of_date(when) if when else term_text
        return f"khoa-{int_to_roman(term).lower()}" if term else None
    if when:
        return str(when.year)
    if term_text:
        return f"khoa-{int_to_roman(term_text).lower()}"
    return None


_CONGRESS_RE = re.compile(r"đại hội.*?(?:lần thứ\s+)?\b([IVXLC]+)\b", re.IGNORECASE)
_PLENUM_RE = re.compile(
    r"(?:trung ương|tw)\s*(?:lần thứ\s*)?(\d+|[a-zà-ỹ]+)\b.*?khóa\s+([IVXLC]+)|"
    r"hội nghị (?:lần thứ\s*)?(\d+|[a-zà-ỹ]+)\s+ban chấp hành trung ương.*?khóa\s+([IVXLC]+)|"
    r"hội nghị ban chấp hành trung ương lần thứ\s*(\d+|[a-zà-ỹ]+).*?khóa\s+([IVXLC]+)",
    re.IGNORECASE,
)
_ORDINALS = {
    "nhất": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}


def unnumbered_identity(type_: DocType | None, title: str | None, issuer: str | None) -> str | None:
    """A readable identity for an unnumbered resolution of a congress or a Central Committee plenum."""
    text = norm(" ".join(x for x in (issuer, title) if x))
    if type_ is not None and type_.cls != "Resolution":
        return None
    m = _PLENUM_RE.search(text)
    if m:
        groups = [g for g in m.groups() if g]
        n_raw, term = groups[0], groups[1]
        n = int(n_raw) if n_raw.isdigit() else _ORDINALS.get(n_raw)
        if n:
            return f"hoi-nghi-tw-{n}-khoa-{term.lower()}"
    if "đại hội" in text:
        m2 = _CONGRESS_RE.search(text)
        if m2 and roman_to_int(m2.group(1)):
            return f"dai-hoi-{m2.group(1).lower()}"
    return None
