"""How a plan names the documents it cites, and the `cited` facts that follow from what it wrote.

Each mention is written from a `Doc` with some of its parts (date, issuer, subject); the registry
merges what all the mentions of one document gave, so the facts say exactly what the text says.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from synth.documents import Doc


@dataclass
class Style:
    """Per-plan writing habits; the loose forms are the lexical variations."""

    so: bool = True  # "Nghị quyết số 21-NQ/TW" (False: "Nghị quyết 21-NQ/TW", sometimes)
    key_spaces: bool = False  # "35 - NQ/TW", "374 /KH-MTTQ-BTT", sometimes
    date_forms: bool = False  # mix 25/7/2023, 18-5-2021 and "15 tháng 5 năm 2023"
    pad_day: bool = True  # 07/6/2012 rather than 7/6/2012
    comma_date: bool = True  # "21-NQ/TW, ngày …" rather than "21-NQ/TW ngày …"


def date_text(d: dt.date, style: Style, rng: random.Random) -> str:
    day = f"{d.day:02d}" if style.pad_day else str(d.day)
    if style.date_forms:
        form = rng.randrange(4)
        if form == 1:
            return f"{d.day}-{d.month}-{d.year}"
        if form == 2:
            return f"{d.day} tháng {d.month} năm {d.year}"
        if form == 3:
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{day}/{d.month}/{d.year}"


class Mentions:
    def __init__(self, rng: random.Random, style: Style) -> None:
        self.rng = rng
        self.style = style
        self.entries: dict[int, dict] = {}
        self.docs: dict[int, Doc] = {}
        self._issuer: dict[int, str] = {}
        self._subject: dict[int, str | None] = {}

    def key_text(self, doc: Doc) -> str:
        key = doc.key or ""
        if not self.style.key_spaces or self.rng.random() < 0.4:
            return key
        sep = "/" if doc.state_style else "-"
        form = self.rng.choice((f" {sep} ", f" {sep}", f"{sep} "))
        return f"{doc.number}{form}{doc.symbol}"

    def _record(self, doc: Doc, date: dt.date | None, issuer: str | None, title: str | None) -> None:
        e = self.entries.get(id(doc))
        if e is None:
            self.docs[id(doc)] = doc
            self.entries[id(doc)] = {
                "key": doc.key,
                "type": doc.type,
                "number": doc.number,
                "symbol": doc.symbol,
                "date": date.isoformat() if date else None,
                "issuer": issuer,
                "jurisdiction": doc.jurisdiction,
                "title": title,
            }
            return
        if e["date"] is None and date:
            e["date"] = date.isoformat()
        if e["issuer"] is None and issuer:
            e["issuer"] = issuer
        if e["title"] is None and title:
            e["title"] = title

    def issuer_of(self, doc: Doc) -> str:
        if id(doc) not in self._issuer:
            self._issuer[id(doc)] = self.rng.choice(doc.issuers)
        return self._issuer[id(doc)]

    def subject(self, doc: Doc, depth: int) -> str | None:
        """The subject of a document as this plan writes it (cached: every mention says it alike)."""
        if id(doc) in self._subject:
            return self._subject[id(doc)]
        if doc.topic is not None:
            s: str | None = doc.topic
        elif doc.about is not None:
            inner = self.mention(
                doc.about,
                date=depth == 0 and self.rng.random() < 0.5,
                issuer=True,
                title=depth == 0,
                depth=depth + 1,
            )
            s = f"thực hiện {inner}"
        else:
            s = doc.title
        self._subject[id(doc)] = s
        return s

    def mention(
        self, doc: Doc, *, date: bool = False, issuer: bool = False, title: bool = False, depth: int = 0
    ) -> str:
        if doc.key is None and doc.name:  # an unnumbered congress resolution
            self._record(doc, None, doc.issuers[0], doc.name)
            return doc.name
        head = (
            f"{doc.type} số {self.key_text(doc)}"
            if self.style.so or self.rng.random() < 0.3
            else (f"{doc.type} {self.key_text(doc)}")
        )
        parts = [head]
        rec_date = None
        if date and doc.date is not None:
            parts.append(
                f"{', ' if self.style.comma_date else ' '}ngày {date_text(doc.date, self.style, self.rng)}"
            )
            rec_date = doc.date
        rec_issuer = None
        if issuer or (title and not doc.link):
            rec_issuer = self.issuer_of(doc)
            parts.append(f" của {rec_issuer}")
        rec_title = None
        if title:
            rec_title = self.subject(doc, depth)
            if rec_title:
                parts.append(f" {doc.link} {rec_title}" if doc.link else f" {rec_title}")
        self._record(doc, rec_date, rec_issuer, rec_title)
        return "".join(parts)

    def cited(self) -> list[dict]:
        return list(self.entries.values())
