"""A table of tasks in "Tổ chức thực hiện", flattened to text: one row a line, cells split by tabs (a Word
table exported as text) or by runs of spaces (a PDF laid out as text), under a header row that names the
columns ("TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian"). Each row gives one duty (the
"Nội dung" cell) to the body of its "chủ trì" cell; its "phối hợp" cell names the partners."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.normalize import normalize
from ingest.text import Text

Span = tuple[int, int, int]  # block, start, end

# The column of the body that leads the work, of its partners, and of the work itself.
_LEAD = re.compile(r"chủ trì|^(?:cơ quan|đơn vị|bộ phận)\s+(?:thực hiện|thực hiện chính|phụ trách)$")
_PARTNER = re.compile(r"phối hợp")
_CONTENT = re.compile(r"nội dung|nhiệm vụ|công việc|hoạt động")
_NUMBER = re.compile(r"^(?:tt|stt|số tt|số thứ tự)$")


@dataclass
class Row:
    assignee: Span  # the "chủ trì" cell
    duty: Span  # the "Nội dung" cell
    partners: Span | None  # the "phối hợp" cell, if the table has one and the row fills it


@dataclass
class _Columns:
    count: int
    tabs: bool
    lead: int
    content: int
    partner: int | None


def _cells(line: str) -> tuple[list[tuple[int, int]], bool]:
    """The (start, end) of each cell of a line, and whether tabs split it: with tabs every tab is a
    boundary (an empty cell stays), otherwise a run of two spaces or more is."""
    if "\t" in line:
        out, pos = [], 0
        for part in line.split("\t"):
            a, e = pos, pos + len(part)
            while a < e and line[a] == " ":
                a += 1
            while e > a and line[e - 1] == " ":
                e -= 1
            out.append((a, e))
            pos += len(part) + 1
        return out, True
    return [m.span() for m in re.finditer(r"\S+(?: \S+)*", line)], False


def _key(text: str) -> str:
    return " ".join(normalize(text).split()).casefold()


def _header(line: str) -> _Columns | None:
    """The columns of a header row, or None if the line is not one."""
    spans, tabs = _cells(line)
    names = [_key(line[a:e]) for a, e in spans]
    # column titles are a few words each, not a sentence broken by wide spaces ("- Chủ trì, phối hợp
    # với các cơ quan     liên quan     …" is a duty)
    if len(names) < 3 or any(len(x.split()) > 6 or x.startswith(("-", "+", "•")) for x in names):
        return None
    lead = next((n for n, x in enumerate(names) if _LEAD.search(x)), None)
    if lead is None:
        return None
    partner = next((n for n, x in enumerate(names) if n != lead and _PARTNER.search(x)), None)
    content = next((n for n, x in enumerate(names) if n not in (lead, partner) and _CONTENT.search(x)), None)
    if content is None:
        content = 1 if _NUMBER.match(names[0]) else 0
    if content in (lead, partner):
        return None
    return _Columns(len(names), tabs, lead, content, partner)


class _Places:
    """Where the characters of the original lines are in the blocks [first, end)."""

    def __init__(self, t: Text, first: int, end: int) -> None:
        self.at: dict[int, list[tuple[int, int, int]]] = {}  # line -> [(column, block, offset)]
        for j in range(first, end):
            for i, (line, col, _e) in enumerate(t.blocks[j].pos):
                self.at.setdefault(line, []).append((col, j, i))

    def span(self, line: int, a: int, e: int) -> Span | None:
        inside = [(j, i) for col, j, i in self.at.get(line, []) if a <= col < e]
        if not inside:
            return None
        j = inside[0][0]
        offsets = [i for jj, i in inside if jj == j]
        return j, min(offsets), max(offsets) + 1


def table_rows(t: Text, first: int, end: int) -> list[Row]:
    """The rows of the tables of tasks in blocks [first, end), in order."""
    if first >= end:
        return []
    places = _Places(t, first, end)
    rows: list[Row] = []
    cols: _Columns | None = None
    for ln in range(t.blocks[first].first_line, t.blocks[end - 1].last_line + 1):
        line = t.lines[ln]
        if cols is None:
            cols = _header(line)
            continue
        if not line.strip():
            continue
        spans, tabs = _cells(line)
        if tabs != cols.tabs or len(spans) < 2:
            cols = _header(line)  # the table has ended; another may start
            continue
        if (not tabs and len(spans) != cols.count) or len(spans) <= max(cols.lead, cols.content):
            continue  # a row this reader cannot place (a wrapped cell, a group heading)
        row = _row(places, ln, spans, cols)
        if row:
            rows.append(row)
    return rows


def _row(places: _Places, ln: int, spans: list[tuple[int, int]], cols: _Columns) -> Row | None:
    lead = places.span(ln, *spans[cols.lead])
    duty = places.span(ln, *spans[cols.content])
    if lead is None or duty is None:
        return None
    partners = None
    if cols.partner is not None and cols.partner < len(spans):
        partners = places.span(ln, *spans[cols.partner])
    return Row(lead, duty, partners)


def table_blocks(rows: list[Row]) -> set[int]:
    """The blocks that hold the rows."""
    return {b for r in rows for b in (r.assignee[0], r.duty[0])}
