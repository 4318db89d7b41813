"""The "Nơi nhận" list: one recipient per dash line, without "(b/c)"-style notes and trailing punctuation."""

from __future__ import annotations

import re

from ingest.normalize import normalize
from ingest.text import Text

_NOTE = re.compile(r"\s*\(\s*[^()]{0,14}\)\s*$")
_RULE = re.compile(r"^[-–—_=*.·\s]{3,}$")  # a rule line under the list (before footnotes), not a recipient
_STOP = re.compile(r"^(?:T/?M|TM\.|KT\.|TL\.|[A-ZĐÀ-Ỹ\s]{6,}$)")


def clean_recipient(s: str) -> str:
    s = " ".join(s.replace("*", "").split())
    s = re.sub(r"^[-–+•]\s*", "", s)
    prev = None
    while prev != s:
        prev = s
        s = s.rstrip(" ;,.:")
        s = _NOTE.sub("", s)
    return s


def read_recipients(t: Text, line: int) -> tuple[list[str], list[dict], int]:
    """Recipients from the "Nơi nhận" line on; returns (names, sources, index of the line after the list)."""
    names: list[str] = []
    sources: list[dict] = []
    i = line
    first = True
    end = line + 1
    while i < len(t.lines):
        raw = t.lines[i]
        norm = normalize(raw).strip()
        cols = re.split(r"\s{3,}|\t+", norm)
        col = cols[0] if cols else ""
        if first:
            first = False
            rest = re.sub(r"^(?i:nơi nhận)\s*:?\s*", "", col)
            col = rest
            if not col:
                i += 1
                continue
        if not col:
            i += 1
            continue
        if not re.match(r"^[-–+•]", col) or _STOP.match(col) or _RULE.match(col):
            break
        name = clean_recipient(col)
        if name:
            names.append(name)
            start = raw.find(col[:1]) if col else 0
            stripped = raw.rstrip()
            seg = stripped[start:]
            # keep only the first column of a flattened two-column line
            cut = re.search(r"\s{3,}|\t", seg)
            if cut:
                seg = seg[: cut.start()]
            sources.append(t.span_source(i, start, i, start + len(seg)))
        end = i + 1
        i += 1
    return names, sources, end
