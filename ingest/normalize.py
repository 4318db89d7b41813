"""Normalisation of Vietnamese text for matching: NFC, U+00D0 -> Đ, modern tone-mark placement.

``normalize`` is the public, idempotent function. ``normalize_mapped`` does the same to one line and also
drops markdown asterisks, soft hyphens and zero-width characters, collapses whitespace, and keeps for every
character of the result the span of the original line it came from (for provenance).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Vietnamese letters by case, for regular expressions ("[À-Ỹ]" is no case: Unicode interleaves the cases of
# Ạ…ỹ, and puts Đ, Ă, Ơ, Ư among the lower-case letters' code points): f"[{UPPER}]", f"[{LOWER}]".
UPPER = "A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA, 2))
LOWER = "a-zàáâãèéêìíòóôõùúýăđĩũơư" + "".join(chr(c) for c in range(0x1EA1, 0x1EFA, 2))
_TONED = "áàảãạéèẻẽẹýỳỷỹỵÁÀẢÃẠÉÈẺẼẸÝỲỶỸỴ"
# Old-style placement (hoá, uỷ, khoẻ) at the end of a syllable -> modern (hóa, ủy, khỏe); "qu" is a consonant.
_OLD = re.compile(rf"(?<![qQ])([oOuU])([{_TONED}])(?!\w)")
_DROP = {"*", "\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
# A word processor's hyphens (plain, non-breaking, figure dash: "09\u2011NQ/TW") read as the plain hyphen.
HYPHENS = str.maketrans(dict.fromkeys("\u2010\u2011\u2012", "-"))
_ODD = set("\u00d0\u2010\u2011\u2012")  # a cluster starting with one of these is rewritten
# A line without these can take the fast path of `normalize_mapped`: every character is its own cluster.
_NOT_SIMPLE = re.compile(
    "["
    + re.escape("".join(sorted(_DROP)))
    + "\u00d0\u2010\u2011\u2012"
    + "".join(re.escape(chr(c)) for c in range(0x10000) if unicodedata.combining(chr(c)))
    + "\U00010000-\U0010ffff]"
)
_WHITESPACE = re.compile(r"\s+")
# Whitespace that `_simple_clusters` must rewrite: a run, any space but " ", or space at either end.
_UNEVEN_SPACE = re.compile(r"\s\s|[^\S ]|^\s|\s$")


def _swap(first: str, second: str) -> str | None:
    """The modern spelling of the pair, or None when the pair is not an old-style placement."""
    decomposed = unicodedata.normalize("NFD", second)
    base, mark = decomposed[0], decomposed[1:]
    if (first in "uU" and base.lower() != "y") or (first in "oO" and base.lower() == "y"):
        return None
    return unicodedata.normalize("NFC", first + mark) + base


def _modern(m: re.Match[str]) -> str:
    return _swap(m.group(1), m.group(2)) or m.group(0)


def _step(s: str) -> str:
    t = unicodedata.normalize("NFC", s).replace("\u00d0", "Đ").translate(HYPHENS)
    t = _OLD.sub(_modern, t)
    return unicodedata.normalize("NFC", t)


@lru_cache(maxsize=1 << 16)  # names and phrases recur across a plan and across plans
def normalize(s: str) -> str:
    """NFC, U+00D0 (Icelandic eth) -> Đ, a word processor's hyphens -> "-", modern tone marks (uỷ -> ủy,
    hoá -> hóa); idempotent."""
    t = _step(s)
    for _ in range(8):  # a fixpoint, so that normalize(normalize(s)) == normalize(s) always holds
        u = _step(t)
        if u == t:
            break
        t = u
    return t


def normalize_mapped(line: str) -> tuple[str, list[int], list[int]]:
    """Normalise one line for matching; returns (text, starts, ends) with one original span per character.

    Whitespace runs become one space (none at either end); asterisks, soft hyphens and zero-width
    characters are dropped, a word processor's hyphens read as "-"; each remaining cluster (a base
    character and its combining marks) is NFC.
    """
    if _NOT_SIMPLE.search(line) is None and unicodedata.is_normalized("NFC", line):
        return modern_tones(*_simple_clusters(line))
    return modern_tones(*_clusters(line))


def modern_tones(chars: list[str], starts: list[int], ends: list[int]) -> tuple[str, list[int], list[int]]:
    """Old tone placement moved to the modern one in mapped characters (a swapped pair shares its span)."""
    text = "".join(chars)
    for m in _OLD.finditer(text):
        new = _swap(m.group(1), m.group(2))
        if new is None or len(new) != 2:
            continue
        a = m.start()
        chars[a], chars[a + 1] = new[0], new[1]
        lo, hi = starts[a], ends[a + 1]
        starts[a] = starts[a + 1] = lo
        ends[a] = ends[a + 1] = hi
    return "".join(chars), starts, ends


def _simple_clusters(line: str) -> tuple[list[str], list[int], list[int]]:
    """`_clusters` of an NFC line with nothing to drop and no combining marks: one cluster a character."""
    if _UNEVEN_SPACE.search(line) is None:  # most lines: words split by single spaces, kept as they are
        return list(line), list(range(len(line))), list(range(1, len(line) + 1))
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for m in _WHITESPACE.finditer(line):
        a, b = m.span()
        if a > at:
            chars.extend(line[at:a])
            starts.extend(range(at, a))
            ends.extend(range(at + 1, a + 1))
            if b < len(line):  # a run between words: one space (none at either end of the line)
                chars.append(" ")
                starts.append(a)
                ends.append(a + 1)
        at = b
    if at < len(line):
        chars.extend(line[at:])
        starts.extend(range(at, len(line)))
        ends.extend(range(at + 1, len(line) + 1))
    return chars, starts, ends


def _clusters(line: str) -> tuple[list[str], list[int], list[int]]:
    """Characters of the normalised line (before tone placement) with the original span of each."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(line)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(line[j]):
            j += 1
        cluster = line[i:j]
        if cluster[0].isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                starts.append(i)
                ends.append(j)
        elif cluster[0] not in _DROP:
            cluster = unicodedata.normalize("NFC", cluster)
            for ch in cluster.replace("\u00d0", "Đ").translate(HYPHENS) if cluster[0] in _ODD else cluster:
                chars.append(ch)
                starts.append(i)
                ends.append(j)
        i = j
    while chars and chars[-1] == " ":
        chars.pop()
        starts.pop()
        ends.pop()
    return chars, starts, ends
