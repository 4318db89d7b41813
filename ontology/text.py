"""Text helpers: Vietnamese normalisation for matching, and ASCII slugs for IRIs."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from ingest.normalize import normalize  # one normalisation for the whole project
from ingest.read import int_to_roman  # noqa: F401 - part of this module's interface

_SPACE_RE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def nfc(text: str) -> str:
    """Unicode NFC with collapsed spacing and modern tone placement; case is kept."""
    return _SPACE_RE.sub(" ", normalize(text)).strip()


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Normalised form for matching: NFC, modern tone marks, lower case, no markdown, single spaces."""
    text = nfc(text.replace("*", "")).lower()
    text = re.sub(r"\s*([-–/])\s*", r"\1", text)
    return text.strip(" .;,:")


def ascii_fold(text: str) -> str:
    """Vietnamese text without diacritics (đ -> d), lower case."""
    text = unicodedata.normalize("NFC", text).replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1 << 16)
def slug(text: str, max_len: int = 60) -> str:
    """A readable ASCII IRI segment: `Ban Thường vụ Tỉnh ủy` -> `ban-thuong-vu-tinh-uy`."""
    s = re.sub(r"[^a-z0-9]+", "-", ascii_fold(nfc(text))).strip("-")
    if len(s) > max_len:
        s = s[:max_len].rsplit("-", 1)[0]
    return s or "x"


def short_hash(*parts: str | None, n: int = 8) -> str:
    """A stable short hash of the normalised parts (for IRIs of things without an identity of their own)."""
    joined = "\x1f".join(norm(p) if p else "" for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:n]


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(roman: str) -> int | None:
    roman = roman.upper()
    if not roman or any(c not in _ROMAN for c in roman):
        return None
    total = 0
    for i, c in enumerate(roman):
        v = _ROMAN[c]
        total += -v if i + 1 < len(roman) and _ROMAN[roman[i + 1]] > v else v
    return total
