"""The "Nơi nhận" list: one recipient per dash line, without "(b/c)"-style notes and trailing punctuation."""

from __future__ import annotations

import re

from ingest.normalize import UPPER, normalize
from ingest.text import Text

# A short bracket at the end is a note ("(b/c)", "(để t/h)"), but for one naming the unit that receives the
# copy by its kind and name ("Bộ Tư pháp (Vụ PBGDPL)", "(Cục Thuế)") or by its code, capitals and a number
# ("Bộ Công an (C06)", "(PV01)"): part of the recipient.
_UNIT_CODE = rf"[{UPPER}]{{1,3}}\d{{1,3}}\)"
_UNIT = rf"(?:Vụ|Cục|Tổng cục|Chi cục|Phòng|Ban|Văn phòng|Viện|Trung tâm|Sở)\s+[{UPPER}]|{_UNIT_CODE}"
_NOTE = re.compile(rf"\s*\(\s*(?!{_UNIT})[^()]{{0,14}}\)\s*$")
_RULE = re.compile(r"^[-–—_=*.·\s]{3,}$")  # a rule line under the list (before footnotes), not a recipient
_STOP = re.compile(rf"^(?:T/?M|TM\.|KT\.|TL\.|[{UPPER}\s]{{6,}}$)")
# The filing line ("Lưu: VT, SNV (TĐKT)", "Lưu: VT, (KT/Th)"): its brackets name the unit that files the copy.
_FILING = re.compile(r"^Lưu(?!\w)")
# A text that merged the two columns of the foot with a single space ("Nơi nhận: T/M BAN THƯỜNG VỤ") ends
# the recipients' lines with the signature's words: the signer's post in capitals ("- Văn phòng … (b/c),
# PHÓ BÍ THƯ"), and the signer's name after the last recipient's full stop ("- Lưu Văn phòng. Trần Văn An").
_SIGNATURE_TAIL = re.compile(
    rf"(?:\s+[{UPPER}]+(?:/[{UPPER}]+)?(?=\s|$)){{2,}}\s*$|(?<=\.)(?:\s+[{UPPER}]\w*){{2,5}}\s*$"
)


def clean_recipient(s: str) -> str:
    """A recipient as written, without its dash, its "(b/c)"-style note and trailing punctuation; the filing
    line keeps its brackets, which are no note."""
    s = " ".join(s.replace("*", "").split())
    s = re.sub(r"^[-–+•]\s*", "", s)
    note = None if _FILING.match(s) else _NOTE
    prev = None
    while prev != s:
        prev = s
        s = s.rstrip(" ;,.:")
        s = note.sub("", s) if note else s
    return s


def _continues(t: Text, i: int, col: str) -> bool:
    """Line i is the wrapped end of the recipient above it: indented (or in a hard-wrapped text), not a dash
    line or a signature cell, and the list goes on with a dash line after it, past more wrapped lines in
    lower case (a name wrapped over three lines of a narrow table cell)."""
    wrapped = t.lines[i][:1].isspace() or t.hard_wrapped
    if not wrapped or re.match(r"^[-–+•]", col) or _STOP.match(col) or _RULE.match(col):
        return False
    for x in t.lines[i + 1 : i + 5]:
        nxt = normalize(x).strip()
        if re.match(r"^[-–+•]", nxt):
            return True
        if nxt and not nxt[:1].islower():
            return False
    return False


def read_recipients(t: Text, line: int) -> tuple[list[str], list[dict], int]:
    """Recipients from the "Nơi nhận" line on; returns (names, sources, index of the line after the list)."""
    names: list[str] = []
    sources: list[dict] = []
    i = line
    first = True
    merged = False
    end = line + 1
    last = ""  # the last line of the recipient read last, as written
    right: list[tuple[str, dict]] = []  # the list's second column, read after the first
    while i < len(t.lines):
        raw = t.lines[i]
        norm = normalize(raw).strip()
        cols = re.split(r"\s{3,}|\t+", norm)
        col = cols[0] if cols else ""
        if first:
            first = False
            rest = re.sub(r"^(?i:nơi\s+nhận)\s*:?\s*", "", col)
            merged = bool(_STOP.match(rest))  # the signature's heading beside it, merged on the line
            col = "" if merged else rest
            if not col:
                i += 1
                continue
        if merged:
            col = _SIGNATURE_TAIL.sub("", col)
        if not col or (t.hard_wrapped and t.page_number(i)):  # a page broken inside the list
            i += 1
            continue
        if names and _continues(t, i, col):
            # a recipient wrapped onto an indented line before the next dash: after its comma ("- Cục …,⏎
            # Bộ Công an,") or inside a name ("- Ban Chỉ đạo … về tổng kết⏎  Nghị quyết số …")
            joint = ", " if re.search(r",\s*$", last) else " "
            names[-1] = clean_recipient(f"{names[-1]}{joint}{col}")
            last = col
            own = t.line_source(i)
            own_text = re.split(r"\s{3,}|\t", own["text"])[0]  # its first column only
            prev = sources[-1]
            sources[-1] = {**prev, "lines": [prev["lines"][0], i + 1], "text": f"{prev['text']}\n{own_text}"}
            end = i + 1
            i += 1
            continue
        if not re.match(r"^[-–+•]", col) or _STOP.match(col) or _RULE.match(col):
            break
        name = clean_recipient(col)
        if name:
            names.append(name)
            last = col
            start = raw.find(col[:1]) if col else 0
            stripped = raw.rstrip()
            seg = stripped[start:]
            # keep only the first column of a flattened two-column line
            cut = re.search(r"\s{3,}|\t", seg)
            if cut:
                seg = seg[: cut.start()]
            sources.append(t.span_source(i, start, i, start + len(seg)))
            if cut and (two := _second_column(t, i, start + cut.end(), cols)):
                right.append(two)
        end = i + 1
        i += 1
    for name, source in right:
        names.append(name)
        sources.append(source)
    return names, sources, end


def _second_column(t: Text, i: int, at: int, cols: list[str]) -> tuple[str, dict] | None:
    """The recipient in the second column of line i (from at), when the list was laid out in two columns
    merged on the same lines ("- Công an tỉnh;      - Các phòng thuộc Ban;"): a dash line of its own, not
    the signature beside the list."""
    if len(cols) < 2 or not re.match(r"^[-–+•]", cols[1]) or _RULE.match(cols[1]):
        return None
    name = clean_recipient(cols[1])
    raw = t.lines[i].rstrip()
    cut = re.search(r"\s{3,}|\t", raw[at:])
    stop = at + cut.start() if cut else len(raw)
    return (name, t.span_source(i, at, i, stop)) if name else None
