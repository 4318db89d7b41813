"""A table of tasks in "Tổ chức thực hiện", flattened to text: one row a line, cells split by tabs (a Word
table exported as text) or by runs of spaces (a PDF laid out as text), under a header row that names the
columns ("TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian"). Each row gives one duty (the
"Nội dung" cell) to the body of its "chủ trì" cell; its "phối hợp" cell names the partners. In a PDF's
layout a cell may wrap onto the lines below its row, each piece under the cell's start (the "chủ trì" cell
too: its body's name is the pieces joined), the header row's titles too ("Cơ quan" / "chủ trì"), and a page
break may cut the table, even inside a row, with the page's number, its running header and the header row
again between."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
    assignee: Span  # the "chủ trì" cell (its first line)
    duty: Span  # the "Nội dung" cell (its first line)
    partners: list[Span]  # the "phối hợp" cell, a piece a line, if the table has one and the row fills it
    wrapped: list[Span] = field(default_factory=list)  # the pieces of its other cells on the lines below
    lead_more: list[Span] = field(default_factory=list)  # the "chủ trì" cell's pieces on the lines below


@dataclass
class _Columns:
    count: int
    tabs: bool
    lead: int
    content: int
    partner: int | None


# A Markdown table's row, its cells between pipes ("| 1 | Rà soát … | Công an tỉnh | … |", a pandoc export),
# and the rule under its header row ("|---|:---:|").
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")


def _cells(line: str) -> tuple[list[tuple[int, int]], bool]:
    """The (start, end) of each cell of a line, and whether tabs (or a Markdown row's pipes) split it: then
    every boundary is one (an empty cell stays), otherwise a run of two spaces or more is."""
    pipes = "|" in line and _PIPE_ROW.match(line) is not None
    if "\t" in line or pipes:
        sep = "|" if pipes else "\t"
        out, pos = [], 0
        if pipes:  # the pipes opening and closing the row are no boundaries between cells
            pos = line.index("|") + 1
            line = line[: line.rindex("|")]
        for part in line[pos:].split(sep):
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


def _header(line: str, below: str = "") -> _Columns | None:
    """The columns of a header row, or None if the line is not one. In a PDF's layout the titles may wrap
    onto the line below ("Cơ quan" / "chủ trì"): each of its pieces goes on with the title it sits under."""
    spans, tabs = _cells(line)
    names = [_key(line[a:e]) for a, e in spans]
    if below and not tabs:
        for a, e in _cells(below)[0]:
            col = next((n for n in range(len(spans) - 1, -1, -1) if spans[n][0] <= a + 1), None)
            if col is None or (col + 1 < len(spans) and e > spans[col + 1][0]):
                return None
            names[col] += " " + _key(below[a:e])
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


# A numbered item or a heading of the text ("2. Các đảng ủy trực thuộc"): the table above it has ended.
_ITEM_LINE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVXL]+\.|[a-zđ]\))\s")


def table_rows(t: Text, first: int, end: int) -> list[Row]:
    """The rows of the tables of tasks in blocks [first, end), in order."""
    if first >= end:
        return []
    places = _Places(t, first, end)
    rows: list[Row] = []
    cols: _Columns | None = None
    starts: list[int] = []  # where the cells of the last row read start, in a PDF's layout
    resume = -1  # lines before it have been read already
    last = t.blocks[end - 1].last_line
    for ln in range(t.blocks[first].first_line, last + 1):
        line = t.lines[ln]
        laid_out = t.hard_wrapped or (cols is not None and not cols.tabs)
        if not line.strip() or t.norm[ln] in t.running or (laid_out and t.page_number(ln)):
            continue  # a page's number and running header, where a page break cuts the table (a PDF's)
        if ln < resume or _PIPE_RULE.match(line):
            continue  # the titles of the header row above, wrapped, a table of one cell a line, a rule
        if cols is None and (stacked := _stacked_rows(t, places, ln, last)):
            rows.extend(stacked[0])
            resume = stacked[1]
            continue
        header = _header(line)
        if (
            header is None
            and ln + 1 < len(t.lines)
            and 0 < len(_cells(t.lines[ln + 1])[0]) < len(_cells(line)[0])
        ):
            header = _header(line, t.lines[ln + 1])
            resume = ln + 2 if header else resume
        if cols is None or header:
            cols, starts = header, []  # a table starts, or goes on after a page break with its header again
            continue
        spans, tabs = _cells(line)
        below = _wrapped_cells(line, spans, starts) if len(spans) < cols.count else None
        if below is not None:
            _add_wrapped(rows[-1], places, ln, spans, below, cols)
            continue
        starts = []
        if tabs != cols.tabs or len(spans) < 2:
            cols = None  # the table has ended; another may start
            continue
        if (not tabs and len(spans) != cols.count) or len(spans) <= max(cols.lead, cols.content):
            continue  # a row this reader cannot place (a group heading, a row with an empty cell)
        row = _row(places, ln, spans, cols)
        if row:
            rows.append(row)
            starts = [] if tabs else [a for a, _e in spans]
    return rows


# The title of a column that is neither the work, its lead, its partners nor the row's number.
_OTHER = re.compile(r"^(?:thời gian|thời hạn|tiến độ|ghi chú|kết quả|sản phẩm|kinh phí|dự kiến)")
_ROLES = (
    ("lead", _LEAD.search),
    ("partner", _PARTNER.search),
    ("content", _CONTENT.search),
    ("other", _OTHER.match),
)
_ROW_NUMBER = re.compile(r"\d{1,3}")


def _role(name: str, first: bool) -> str | None:
    """What a column titled name holds ("number" only for the first column), or None if it is no title."""
    if first and _NUMBER.match(name):
        return "number"
    return next((role for role, test in _ROLES if test(name)), None)


def _stacked_header(t: Text, ln: int, last: int) -> tuple[list[str], list[int]] | None:
    """The columns of a header row exported one cell a line (a Word table saved as text), from line ln: a
    run of short lines, each a column's title and no column twice, naming the work and its lead. Their
    roles and lines; None if ln does not start one."""
    roles: list[str] = []
    lines: list[int] = []
    for i in range(ln, last + 1):
        line = t.lines[i]
        if not line.strip():
            continue
        name = _key(line)
        role = _role(name, not roles)
        if role is None or "\t" in line or len(name.split()) > 6 or _ITEM_LINE.match(line):
            break
        if role in roles and role != "other":
            break
        roles.append(role)
        lines.append(i)
    if len(roles) < 3 or "lead" not in roles or "content" not in roles:
        return None
    return roles, lines


def _stacked_rows(t: Text, places: _Places, ln: int, last: int) -> tuple[list[Row], int] | None:
    """The rows of a table exported one cell a line whose header starts at line ln, and the line where
    reading goes on after it; None if no such header starts there. The cells are read in the header's
    order; with a column of row numbers a row starts at its number (the lines between, headings of groups
    of rows, are skipped). The table ends at a numbered item or heading of the text, or at a row whose lead
    cell ends a sentence; a row left incomplete there is read as text."""
    found = _stacked_header(t, ln, last)
    if found is None:
        return None
    roles, head = found
    lead, content = roles.index("lead"), roles.index("content")
    partner = roles.index("partner") if "partner" in roles else None
    numbered = roles[0] == "number"
    rows: list[Row] = []
    cells: list[int] = []
    i = head[-1] + 1
    while i <= last:
        line = t.lines[i].strip()
        if line:
            if _ITEM_LINE.match(t.lines[i]) or "\t" in line:
                break
            if numbered and _ROW_NUMBER.fullmatch(line):
                cells = []
            if cells or not numbered or _ROW_NUMBER.fullmatch(line):
                cells.append(i)
        if len(cells) == len(roles):
            if re.search(r"[.:;]$", t.lines[cells[lead]].strip()):
                break
            who, duty = _whole_line(t, places, cells[lead]), _whole_line(t, places, cells[content])
            with_ = _whole_line(t, places, cells[partner]) if partner is not None else None
            if who and duty:
                rows.append(Row(who, duty, [with_] if with_ else []))
            cells = []
        i += 1
    return rows, (cells[0] if cells else i)


def _whole_line(t: Text, places: _Places, ln: int) -> Span | None:
    line = t.lines[ln]
    return places.span(ln, len(line) - len(line.lstrip()), len(line.rstrip()))


def _wrapped_cells(line: str, spans: list[tuple[int, int]], starts: list[int]) -> list[int] | None:
    """The column of each piece of a line (with fewer pieces than a row has cells) that goes on with the
    wrapped cells of the row above, its cells starting at starts: each piece starts under a cell's start
    (one column of slack) and stays within that cell's width. None if the line does not, or is a numbered
    item of the text."""
    if not starts or _ITEM_LINE.match(line):
        return None
    out = []
    for a, e in spans:
        col = next((n for n, s in enumerate(starts) if abs(a - s) <= 1), None)
        if col is None or (col + 1 < len(starts) and e > starts[col + 1]):
            return None
        out.append(col)
    return out


def _add_wrapped(
    row: Row, places: _Places, ln: int, spans: list[tuple[int, int]], columns: list[int], cols: _Columns
) -> None:
    """Add the pieces of a line to the wrapped cells of row, the "phối hợp" column's to its partners."""
    for (a, e), col in zip(spans, columns, strict=True):
        piece = places.span(ln, a, e)
        if piece is not None:
            to = row.partners if col == cols.partner else row.lead_more if col == cols.lead else row.wrapped
            to.append(piece)


def _row(places: _Places, ln: int, spans: list[tuple[int, int]], cols: _Columns) -> Row | None:
    lead = places.span(ln, *spans[cols.lead])
    duty = places.span(ln, *spans[cols.content])
    if lead is None or duty is None:
        return None
    partners = None
    if cols.partner is not None and cols.partner < len(spans):
        partners = places.span(ln, *spans[cols.partner])
    return Row(lead, duty, [partners] if partners else [])


def table_blocks(rows: list[Row]) -> set[int]:
    """The blocks that hold the rows, with the lines their wrapped cells go on to."""
    return {b for r in rows for b, _a, _e in (r.assignee, r.duty, *r.partners, *r.wrapped, *r.lead_more)}
