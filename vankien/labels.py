"""Human labels of the graph's entities, and Vietnamese text normalisation for display and matching.

A document reads as people cite it: "Kết luận số 21-KL/TW" (type, number and symbol), or its type and
title when it has no number. Used by the search index and by the pages alike.
"""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
# Old-style tone placement on a syllable-final "oa", "oe", "uy" -> modern ("hoá" -> "hóa", "uỷ" -> "ủy").
# Only at the end of a syllable: "hoạch", "hoàng", "quý" are already right and must stay as they are.
_OLD_TONE = re.compile(r"(?<![qQ])([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])")
_TONE_OF = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


def _move_tone(m: re.Match[str]) -> str:
    first, second = m.group(1), m.group(2)
    parts = unicodedata.normalize("NFD", second)
    tone = "".join(c for c in parts if c in _TONE_OF)
    bare = "".join(c for c in parts if c not in _TONE_OF)
    return unicodedata.normalize("NFC", first + tone) + unicodedata.normalize("NFC", bare)


def vi_text(text: str) -> str:
    """NFC, modern tone marks, collapsed spacing (case kept)."""
    text = unicodedata.normalize("NFC", text)
    text = _OLD_TONE.sub(_move_tone, text)
    return _SPACE.sub(" ", text).strip()


def document_label(
    type_: str | None, key: str | None, title: str | None = None, *, max_title: int = 90
) -> str:
    """'Kết luận số 21-KL/TW', or 'Kế hoạch: <title>' for a document without a number."""
    t = vi_text(type_ or "Văn bản")
    t = t[:1].upper() + t[1:]
    if key:
        return f"{t} số {key}"
    if title:
        title = vi_text(title)
        short = title if len(title) <= max_title else title[: max_title - 1].rsplit(" ", 1)[0] + "…"
        return f"{t}: {short}"
    return t


def local_name(iri: str) -> str:
    """The last segment of an IRI, for things that have no label at all."""
    return re.split(r"[/#]", iri.rstrip("/"))[-1] or iri
