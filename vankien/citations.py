"""Reading a citation as people paste it: "Kế hoạch số 70-KH/TU ngày 23/5/2023 của Ban Thường vụ Tỉnh ủy
Sóc Trăng" -> type, number-and-symbol key, date, issuer. Matching it to documents is the caller's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from vankien.labels import vi_text
from vankien.search import fold

_KEY = re.compile(
    r"(?<![\w/])(\d{1,5})\s*([-/])\s*([A-Za-zĐđ]{1,10}(?:\s*[-/]\s*[A-Za-zĐđ0-9]{1,12}){0,3})(?![\w])"
)
_DATE_NUM = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")
_DATE_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_TYPES = [
    "Chương trình hành động", "Thông báo kết luận", "Kế hoạch", "Hướng dẫn", "Nghị quyết", "Kết luận",
    "Chỉ thị", "Quy định", "Quyết định", "Công văn", "Thông báo", "Chương trình", "Đề án", "Thông tư",
    "Nghị định", "Luật",
]  # fmt: skip


@dataclass
class Citation:
    text: str
    type: str | None
    key: str | None
    date: date | None
    issuer: str | None

    def canonical_key(self) -> str | None:
        return re.sub(r"\s+", "", self.key).casefold() if self.key else None


def parse_citation(text: str) -> Citation:
    text = vi_text(text)
    folded = fold(text)
    type_ = next((ty for ty in _TYPES if fold(ty) in folded), None)
    key = None
    m = _KEY.search(text)
    if m:
        number, sep, symbol = m.group(1), m.group(2), re.sub(r"\s+", "", m.group(3))
        key = f"{number}{sep}{symbol}"
    when = None
    d = _DATE_WORDS.search(text) or _DATE_NUM.search(text)
    if d:
        try:
            when = date(int(d.group(3)), int(d.group(2)), int(d.group(1)))
        except ValueError:
            when = None
    issuer = None
    c = re.search(r"\bcủa\s+(.+)$", text)
    if c:
        issuer = re.split(r"\s+(?:về|v/v)\s+", c.group(1), maxsplit=1)[0].strip(" .,;")
    return Citation(text, type_, key, when, issuer)
