"""The parts of a plan: type heading, title, opening sentence, top-level sections, the "Nơi nhận" and
signature block, and annexes (ĐỀ CƯƠNG, PHỤ LỤC) with their numbered sections."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from ingest.normalize import normalize
from ingest.text import TYPE_HEADING, Block, Text, is_upper_line

_SUMMARY = re.compile(
    r"^(?:Những\s+)?(?i:nội dung)\s+(?:chính|cơ bản|chủ yếu)(?:\s+của)?\s+"
    r"(?P<type>Kế hoạch(?: hành động)?|Hướng dẫn|Chương trình(?: hành động)?)\s+(?P<rest>.*)$"
)
OPENING = re.compile(r"^(?:Thực hiện|Căn cứ|Thi hành|Triển khai|Quán triệt|Nhằm|Để)(?!\w)")
# One item of an opening written as a list: "- Căn cứ …;" / "Căn cứ …;" / "+ Thực hiện …,".
OPENING_ITEM = re.compile(r"^(?:[-–+•]\s*)?(?:Thực hiện|Căn cứ|Thi hành|Triển khai|Quán triệt)(?!\w)")
# "II.2 Kế hoạch này" (a reference to item 2 of part II, at the start of a wrapped line) heads no part: a
# digit right after the heading number's dot is the item's number
ROMAN_HEAD = re.compile(r"^(?P<num>[IVXL]+)\s*(?:[.\-–)](?!\d))\s*(?P<title>\S.*)$")
ARABIC_HEAD = re.compile(r"^(?P<num>\d{1,2})\s*[.)]\s+(?P<title>\S.*)$")
ANNEX_HEAD = re.compile(r"^(?P<type>ĐỀ CƯƠNG|PHỤ LỤC)(?:\s+(?:SỐ\s+)?[\dIVX]+)?\b")
# An annex heading written in sentence case on a line of its own, above its upper-case title ("Phụ lục").
# A form attached to a guidance ("Mẫu 01") is one too.
_ANNEX_WORD = re.compile(r"(?:Phụ lục|Đề cương|Mẫu)(?:\s+(?:số\s+)?[\dIVX]+)?")
# An annex heading in sentence case with its title in capitals after a colon on the same line: "Phụ lục:
# PHÂN CÔNG NHIỆM VỤ", "Phụ lục 2: DANH MỤC …" ("PHỤ LỤC: …" is an ANNEX_HEAD).
_ANNEX_COLON = re.compile(rf"(?P<word>{_ANNEX_WORD.pattern})\s*:\s*(?P<title>\S.*)")
ANNEX_SECTION = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2})*)(?:\.\s*|\s+)(?P<title>[^\d\s].*)$")
RECIPIENTS = re.compile(r"^(?i:nơi nhận)\s*:?")
_TYPE_WORDS = {
    "KẾ HOẠCH": "Kế hoạch",
    "HƯỚNG DẪN": "Hướng dẫn",
    "CHƯƠNG TRÌNH HÀNH ĐỘNG": "Chương trình hành động",
    "CHƯƠNG TRÌNH": "Chương trình",
    "KẾ HOẠCH HÀNH ĐỘNG": "Kế hoạch hành động",
}


@dataclass
class Layout:
    heading: int  # block index of the type heading
    doc_type: str
    title_blocks: list[int] = field(default_factory=list)
    summary_rest: int | None = None  # offset of the title in the heading block (summary form)
    opening: int | None = None  # the first block of the opening
    # The blocks of the opening: one sentence, or a list of grounds ("Căn cứ …;" items) ...
    opening_blocks: list[int] = field(default_factory=list)
    # ... and the sentence that closes such a list, naming who plans ("… xây dựng Kế hoạch như sau:")
    opening_close: int | None = None
    sections: list[tuple[int, str, str]] = field(default_factory=list)  # (block, number, title)
    body_end: int = 0  # first block after the plan's own text (recipients, signature, annex)
    recipients_line: int | None = None
    annexes: list[tuple[int, int]] = field(default_factory=list)  # (first block, end block)
    # A decision issuing the plan ("QUYẾT ĐỊNH / Ban hành Kế hoạch …", the plan attached after it): the
    # decision's first block; its grounds ("Căn cứ …") are the plan's opening
    decision: int | None = None


def find_heading(t: Text) -> tuple[int, str, int | None] | None:
    for i, b in enumerate(t.blocks[:60]):
        m = TYPE_HEADING.match(b.text)
        if m and not b.text.startswith(("ĐỀ CƯƠNG", "PHỤ LỤC")):
            word = re.sub(r"\s+(?:SỐ\s+)?[\dIVX]+$", "", b.text)
            return i, _TYPE_WORDS.get(word, word.capitalize()), None
        m = _SUMMARY.match(b.text)
        if m:
            typ = m.group("type")
            return i, typ[0].upper() + typ[1:], m.start("rest")
    return _loose_heading(t)


# A type heading written otherwise, looked for when there is none of the usual kind: its title on its own
# line ("KẾ HOẠCH thực hiện Chương trình …"), in sentence case ("Kế hoạch" over its title), letter-spaced
# by a PDF ("K Ế   H O Ạ C H").
_LOOSE_HEADING = re.compile(
    r"^(?P<type>(?i:kế hoạch hành động|chương trình hành động|kế hoạch|hướng dẫn|chương trình))"
    r"(?:\s+(?P<rest>(?!(?i:số|của|này|đã|được)(?!\w))[^\d\s].*))?$"
)
_SQUEEZED = {w.replace(" ", ""): typ for w, typ in _TYPE_WORDS.items()}


def _loose_heading(t: Text) -> tuple[int, str, int | None] | None:
    for i, b in enumerate(t.blocks[:20]):
        if OPENING.match(b.text) or OPENING_ITEM.match(b.text):
            return None  # the opening: a heading stands above it
        if (squeezed := b.text.replace(" ", "")) in _SQUEEZED:
            return i, _SQUEEZED[squeezed], None
        m = _LOOSE_HEADING.match(b.text)
        if m and (m.group("rest") or b.text[:1].isupper()):
            typ = m.group("type")
            return i, typ[0].upper() + typ[1:].lower(), m.start("rest") if m.group("rest") else None
    return None


def _is_section_head(b: Block) -> re.Match[str] | None:
    m = ROMAN_HEAD.match(b.text)
    if m and len(b.text) < 200:
        return m
    return None


_LETTER_HEAD = re.compile(r"^(?P<num>[A-H])\s*[.)]\s+(?P<title>\S.*)$")


def _lettered_parts(blocks: list[Block], first: int, end: int) -> list[tuple[int, str, str]]:
    """The parts of a plan lettered A, B, C … in order, each heading's title in capitals."""
    parts: list[tuple[int, str, str]] = []
    for k in range(first, end):
        if m := _is_letter_head(blocks[k], chr(ord("A") + len(parts))):
            parts.append((k, m.group("num"), m.group("title")))
    return parts


# A part named by the word "Phần": "Phần thứ nhất", "PHẦN THỨ HAI", "PHẦN I", "Phần II. TỔ CHỨC THỰC HIỆN".
_PART_HEAD = re.compile(
    r"^(?P<num>(?i:phần)\s+(?:(?i:thứ)\s+(?i:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|[IVX]{1,4}|\d{1,2}))"
    r"(?:\s*[.:\-–]\s*(?P<title>\S.*))?$"
)


def _named_parts(blocks: list[Block], first: int, end: int) -> list[tuple[int, str, str]]:
    """The parts of a plan headed "Phần thứ nhất" / "PHẦN I" …: the number as written, the title after it on
    its line or on the upper-case line below it (then the block of the part is its title's)."""
    return [part for k in range(first, end) if (part := _part_at(blocks, k, end))]


def _part_at(blocks: list[Block], k: int, end: int) -> tuple[int, str, str] | None:
    """The part headed at block `k` ("Phần thứ nhất"), if one is: (its block, number, title)."""
    m = _PART_HEAD.match(blocks[k].text)
    if m is None:
        return None
    if m.group("title"):
        return k, m.group("num"), m.group("title")
    if k + 1 < end and is_upper_line(blocks[k + 1].text):
        return k + 1, m.group("num"), blocks[k + 1].text  # the part's block is its title's
    return None


def _is_letter_head(b: Block, letter: str) -> re.Match[str] | None:
    """The heading of the part lettered `letter`, its title in capitals: "A. MỤC ĐÍCH, YÊU CẦU"."""
    m = _LETTER_HEAD.match(b.text)
    ok = m and m.group("num") == letter and len(b.text) < 200 and is_upper_line(m.group("title"))
    return m if ok else None


_ISSUES_ATTACHED = re.compile(r"Điều 1\.?\s+Ban hành kèm theo")


def _issuing_decision(blocks: list[Block], heading: int) -> int | None:
    """The block of "QUYẾT ĐỊNH" heading a decision that issues the plan attached after it ("Ban hành Kế
    hoạch …", then "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …"), or None."""
    for d in range(heading):
        if blocks[d].text == "QUYẾT ĐỊNH" and d + 1 < heading and blocks[d + 1].text.startswith("Ban hành"):
            return d if any(_ISSUES_ATTACHED.match(blocks[k].text) for k in range(d, heading)) else None
    return None


def _reads_as_opening(text: str) -> bool:
    """An opening sentence ends as a sentence ("… như sau:", "… ./."); a title does not."""
    return bool(re.search(r"[.:;]\s*(?:/\.)?\s*$", text)) or bool(re.search(r"(?i:như sau)", text))


# A ground numbered in a list under a short lead-in ("Căn cứ các văn bản sau:" / "1. Căn cứ Luật …;").
_NUMBERED_GROUND = re.compile(r"^\d{1,2}[.)]\s*(?:Thực hiện|Căn cứ|Thi hành|Triển khai|Quán triệt)(?!\w)")
# A ground listed under the first item's lead word, named by its document alone ("Nghị định số 59/2023 …;").
_BARE_GROUND = re.compile(
    r"^(?:[-–+•]\s*)?(?:Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Hướng dẫn|Thông tư|"
    r"Công văn|Chương trình|Quy định)\s[^.;]{0,80}?(?<!\w)số\s*\d"
)
_GROUNDS_LEAD_IN = re.compile(r"^(?:Căn cứ|Thực hiện)[^.;:]{0,60}:\s*$")


def _ground_follows(blocks: list[Block], first: int, k: int) -> bool:
    """Block `k` goes on with the opening's list of grounds: an item ("Căn cứ …", "- Căn cứ …", "1. Căn cứ
    …") after an item closed by ";" or ",", or the first item under a lead-in ("Căn cứ các văn bản sau:")."""
    text, prev = blocks[k].text, blocks[k - 1].text
    if _BARE_GROUND.match(text) and re.search(r";\s*$", prev):
        return True  # "Thực hiện Luật …;" / "Nghị định số …;": the first item's lead word goes on
    if not (OPENING_ITEM.match(text) or _NUMBERED_GROUND.match(text)):
        return False
    return bool(re.search(r"[;,]\s*$", prev)) or (k == first + 1 and bool(_GROUNDS_LEAD_IN.match(prev)))


def _opening_blocks(blocks: list[Block], first: int, end: int) -> tuple[list[int], int | None]:
    """The blocks of an opening that starts at `first`. Many plans open with one sentence ("Thực hiện
    …, Ban Thường vụ … xây dựng Kế hoạch như sau:"); others, State plans above all, list their grounds
    one per paragraph ("Căn cứ …;", "- Căn cứ …;", "Thực hiện …,") and close the list with the sentence
    naming who plans ("Ủy ban nhân dân huyện ban hành Kế hoạch … như sau:", "Trên cơ sở …, Ban Thường
    trực … xây dựng Kế hoạch …:")."""
    out = [first]
    k = first + 1
    while k < end and _ground_follows(blocks, first, k):
        out.append(k)
        k += 1
    if (
        k < end
        and re.search(r"[;,]\s*$", blocks[out[-1]].text)
        and not (_is_section_head(blocks[k]) or ARABIC_HEAD.match(blocks[k].text))
        and len(blocks[k].text) < 400
        and re.search(r"(?:như sau|sau(?: đây)?)\s*:\s*$", blocks[k].text)
    ):
        return out, k
    return out, None


def layout(t: Text) -> Layout | None:
    found = find_heading(t)
    if found is None:
        return None
    heading, doc_type, rest = found
    lay = Layout(heading, doc_type, summary_rest=rest)
    blocks = t.blocks
    i = heading + 1
    if rest is None:
        while i < len(blocks) and len(lay.title_blocks) < 3:
            b = blocks[i]
            # The block right after the type heading is the title, whatever word it starts with ("Thực hiện
            # Nghị quyết …"), unless it reads as the opening sentence (a plan without a title).
            first_title = not lay.title_blocks and i == heading + 1 and not _reads_as_opening(b.text)
            if (
                ((OPENING.match(b.text) or OPENING_ITEM.match(b.text)) and not first_title)
                or re.match(r"^-{3,}|^\*+$|^_{3,}", b.text)
                or _is_section_head(b)
                or ARABIC_HEAD.match(b.text)
                or _is_letter_head(b, "A")
                or _PART_HEAD.match(b.text)
                or re.match(r"\(?(?:Ban hành )?[Kk]èm theo", b.text)
            ):
                break
            lay.title_blocks.append(i)
            i += 1
    # The end of the plan's own text: "Nơi nhận", a signature line, or an annex heading.
    n = len(blocks)
    body_end = n
    for k in range(i, n):
        b = blocks[k]
        if RECIPIENTS.match(b.text) or ANNEX_HEAD.match(b.text) or re.match(r"^(?:T/?M|TM\.)\s", b.text):
            body_end = k
            break
    lay.body_end = body_end
    for k in range(i, min(body_end, i + 8)):
        if OPENING.match(blocks[k].text) or OPENING_ITEM.match(blocks[k].text):
            lay.opening = k
            lay.opening_blocks, lay.opening_close = _opening_blocks(blocks, k, body_end)
            break
        if _is_section_head(blocks[k]) or ARABIC_HEAD.match(blocks[k].text):
            break
    lay.decision = _issuing_decision(blocks, heading)
    if lay.opening is None and lay.decision is not None:
        for k in range(lay.decision, heading):
            if OPENING.match(blocks[k].text) or OPENING_ITEM.match(blocks[k].text):
                lay.opening = k
                lay.opening_blocks, lay.opening_close = _opening_blocks(blocks, k, heading)
                break
    for idx, line in enumerate(t.norm):
        if RECIPIENTS.match(line):
            lay.recipients_line = idx
    # Sections: Roman-numbered headings, else short Arabic-numbered headings at top level; parts lettered
    # in capitals ("A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG") are the top level when they come first.
    for k in range(i, body_end):
        m = _is_section_head(blocks[k])
        if m:
            lay.sections.append((k, m.group("num"), m.group("title")))
    for parts in (_lettered_parts(blocks, i, body_end), _named_parts(blocks, i, body_end)):
        if len(parts) >= 2 and (not lay.sections or parts[0][0] < lay.sections[0][0]):
            lay.sections = parts
    if not lay.sections:
        for k in range(i, body_end):
            b = blocks[k]
            m = ARABIC_HEAD.match(b.text)
            if m and len(b.text) <= 120 and not re.search(r"[.;:]\s*$|\.\s", b.text[m.start("title") :]):
                lay.sections.append((k, m.group("num"), m.group("title")))
    # Annexes: each upper-case ĐỀ CƯƠNG / PHỤ LỤC heading after the plan's own text.
    starts = [
        k
        for k in range(body_end, n)
        if (ANNEX_HEAD.match(blocks[k].text) and is_upper_line(blocks[k].text))
        or _ANNEX_WORD.fullmatch(blocks[k].text.strip())
        or _titled_annex(blocks[k].text)
    ]
    # "PHỤ LỤC" alone over "ĐỀ CƯƠNG GỢI Ý …": the second heading is the first one's title, not an annex
    starts = [
        k for a, k in enumerate(starts) if not (a and starts[a - 1] == k - 1 and _bare_annex(blocks[k - 1]))
    ]
    for a, k in enumerate(starts):
        lay.annexes.append((k, starts[a + 1] if a + 1 < len(starts) else n))
    return lay


def _titled_annex(text: str) -> re.Match[str] | None:
    """An annex heading that carries its title in capitals after a colon: "Phụ lục: PHÂN CÔNG NHIỆM VỤ"."""
    m = _ANNEX_COLON.fullmatch(text.strip())
    return m if m and is_upper_line(m.group("title")) else None


def _bare_annex(b: Block) -> bool:
    """An annex heading with no title of its own: "PHỤ LỤC", "Phụ lục 2"."""
    m = ANNEX_HEAD.match(b.text)
    return bool(m and not b.text[m.end() :].strip()) or bool(_ANNEX_WORD.fullmatch(b.text.strip()))


# The parts above an annex's numbered items: "I. ĐẶC ĐIỂM TÌNH HÌNH", "A. KIỂM TRA" (a letter: capitals only).
_ANNEX_PART = re.compile(r"^(?P<num>[IVX]{1,4}|[A-E])\s*[.)]\s+(?P<title>\S.*)$")


def _annex_part_head(text: str) -> re.Match[str] | None:
    """A heading of an annex: a numbered item ("1.", "1.1"), or a Roman or lettered part above them."""
    m = ANNEX_SECTION.match(text)
    if m and (re.match(r"^\d{1,2}(?:\.\d{1,2})*\.", text) or "." in m.group("num")):
        return m
    m = _ANNEX_PART.match(text)
    if m is None or len(text) >= 200:
        return None
    roman = re.fullmatch(r"I{1,3}|IV|VI{0,3}|IX|X", m.group("num"))
    return m if roman or is_upper_line(m.group("title")) else None


def _table_row_number(cell: str) -> bool:
    """A cell that is only a row's number ("1", "II"), in a table exported one cell a line under a "TT"."""
    return re.fullmatch(r"\d{1,2}|I{1,3}|IV|VI{0,3}|IX|X", cell.strip()) is not None


def _number_column(cells: list[str]) -> bool:
    """A table's header row by its first cell, the column that numbers the rows: "TT", "STT", or (a table of
    a row a month, "Tháng ⇥ Chuyên đề ⇥ Ghi chú") the month's, when other cells follow it."""
    return re.fullmatch(r"(?i:s?tt)", cells[0]) is not None or (
        len(cells) > 1 and re.fullmatch(r"(?i:tháng)", cells[0]) is not None
    )


def _before_caption(blocks: list[Block], k: int, end: int) -> bool:
    return k + 1 < end and bool(re.match(r"^\(?\s*(?i:kèm theo|ban hành kèm theo)", blocks[k + 1].text))


def annex_parts(
    t: Text, first: int, end: int
) -> tuple[str, list[int], int | None, list[tuple[int, str, str]]]:
    """Type, title blocks, caption block and numbered sections (block, number, title) of one annex."""
    blocks = t.blocks
    text = blocks[first].text
    head, colon = ANNEX_HEAD.match(text), _titled_annex(text)
    if head:
        word, rest = head.group("type"), text[head.end() :].strip()
    elif colon:
        word, rest = colon.group("word"), colon.group("title")
    else:
        word, rest = text.strip(), ""
    word = re.sub(r"\s+(?:số\s+)?[\dIVX]+$", "", word)
    annex_type = word[0] + word[1:].lower()
    title_blocks: list[int] = []
    caption: int | None = None
    k = first + 1
    if rest:
        title_blocks.append(first)
    while k < end:
        b = blocks[k]
        if re.match(r"^\(?\s*(?i:kèm theo|ban hành kèm theo)", b.text):
            caption = k
            k += 1
            continue
        if re.match(r"^-{3,}|^\*+$", b.text):
            k += 1
            continue
        aside = re.fullmatch(r"\([^()]+\)", b.text.strip())
        if caption is None and aside and (title_blocks or len(b.text.strip()) <= 32):
            # an aside under the title, "(Gợi ý)", "(Dự kiến)", "(Dùng cho đảng viên …)": not part of it
            k += 1
            continue
        if caption is not None and not title_blocks:
            # a form titled under its caption ("Mẫu số 02 / (Ban hành kèm theo …) / BÁO CÁO TÓM TẮT …"), after
            # the header it repeats for the body that fills it in ("… / CỘNG HÒA XÃ HỘI … / ……, ngày …")
            while k < end and (_FORM_HEADER.search(blocks[k].text) or _FORM_PLACE.match(blocks[k].text)):
                k += 1
            while (
                k < end
                and len(title_blocks) < 3
                and is_upper_line(blocks[k].text)
                and _annex_part_head(blocks[k].text) is None
                and not _FORM_HEADER.search(blocks[k].text)
            ):
                title_blocks.append(k)
                k += 1
            if title_blocks:
                continue
        if (
            caption is None
            and not title_blocks
            and (_FORM_HEADER.search(b.text) or _FORM_PLACE.match(b.text))
        ):
            # a form's own header above its title ("Mẫu 01" / "ĐẢNG BỘ …… ĐẢNG CỘNG SẢN VIỆT NAM" / "……, ngày
            # …" / "PHIẾU NHẬN XÉT …"), for the body that fills it in: no part of the title
            k += 1
            continue
        if (
            caption is None
            and _annex_part_head(b.text) is None
            and _PART_HEAD.match(b.text) is None
            and (is_upper_line(b.text) or _before_caption(blocks, k, end))
        ):
            # the title: upper-case lines, or a line of any case right above the caption ("Báo cáo …" /
            # "(Kèm theo Kế hoạch số …)")
            title_blocks.append(k)
            k += 1
            continue
        break
    stt = next(
        (
            i
            # from the block above: a laid-out table's header row may be read into the caption's block
            for i in (_lines(blocks, max(k - 1, first), end) if k < end else ())
            if _number_column(
                _row_cells(t.lines[i]) if _BAR_ROW.search(t.lines[i]) else _CELL_GAP.split(t.lines[i].strip())
            )
        ),
        None,
    )
    headed = stt is not None and any(
        blocks[j].last_line < stt
        and (
            ((m := _ANNEX_PART.match(blocks[j].text)) and re.fullmatch(r"[IVX]+", m.group("num")))
            or _part_at(blocks, j, end)  # "Phần II. KẾT QUẢ …" above a table of data
        )
        for j in range(k, end)
    )
    flat = stt is not None and (
        "\t" in t.lines[stt] or _BAR_ROW.search(t.lines[stt])
    )  # a row a line, cells split
    if stt is not None and not headed and not flat and _CELL_GAP.search(t.lines[stt].strip()):
        return annex_type, title_blocks, caption, _laid_out_rows(t, stt, blocks[end - 1].last_line + 1)
    if stt is not None and not headed:
        # a table of rows (its rows are the annex's items); under Roman parts ("I. SỐ LƯỢNG" / "STT …"), the
        # parts are, and the rows are data
        column, width = _content_column(t.lines[stt]), len(_row_cells(t.lines[stt]))
        return annex_type, title_blocks, caption, _table_rows(t, k, end, column, width)
    sections: list[tuple[int, str, str]] = []
    for j in range(k, end):
        if part := _part_at(blocks, j, end):
            # a part of the annex, "Phần thứ nhất" with its title on its line or the capitals below: a section
            # above the Roman items, which restart inside each part
            sections.append(part)
            continue
        m = _annex_part_head(blocks[j].text)
        if m is None:
            continue
        title = m.group("title")
        s = re.search(r"[.!?](?=\s+[A-ZĐ“\"])", title)
        if s:
            title = title[: s.start()]
        sections.append((j, m.group("num"), title.rstrip(" .:;!")))  # a slogan's "!" ends it too
    return annex_type, title_blocks, caption, sections


# The header a form repeats for the body that fills it in: the Party's or the State's motto line.
_FORM_HEADER = re.compile(r"ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do")
# a form's place-date or placeholder line: "……, ngày … tháng …", "CHI BỘ ……", "ĐẢNG BỘ XÃ (PHƯỜNG) ……"
_FORM_PLACE = re.compile(r"^[.…\s]*,\s*ngày\b|^[^\d.…]*(?:\.{3,}|…{2,})\s*$")


def _lines(blocks: list[Block], k: int, end: int) -> range:
    return range(blocks[k].first_line, blocks[end - 1].last_line + 1)


# The column that says what a row is about: "Nội dung", "Nhiệm vụ", "Tên nhiệm vụ", "Công việc".
_CONTENT_HEADING = re.compile(r"(?i:nội dung|(?:tên )?nhiệm vụ|công việc|tên đề án)")


def _content_column(header: str) -> int:
    """In a header row of cells split by tabs ("TT ⇥ Đơn vị ⇥ Nội dung ⇥ Thời gian"), the column that says
    what a row is about: the one so headed, else the first after the number."""
    cells = [normalize(c).strip() for c in _row_cells(header)]
    return next((n for n, c in enumerate(cells) if n and _CONTENT_HEADING.match(c)), 1)


def _table_rows(t: Text, k: int, end: int, column: int = 1, width: int = 0) -> list[tuple[int, str, str]]:
    """The rows of an annex table exported one cell a line (under a "TT" cell; the lines, not the blocks,
    which may join cells): each cell that is only a number ("1", "II") and the content cell after it; in a
    table of a row a line, cells split by tabs, the cell of the content `column` (a group row's, the one
    after its number; a content cell that ends a row's line short of the header's `width` cells goes on
    over the lines below, up to their first tab)."""
    by_line: dict[int, tuple[int, int]] = {}  # line -> (block, offset of its first character there)
    for j in range(k, end):
        for n, (i, _, _) in enumerate(t.blocks[j].pos):
            by_line.setdefault(i, (j, n))
    lines = [i for i in _lines(t.blocks, k, end) if t.norm[i].strip()]
    rows: list[tuple[int, str, str]] = []
    for here, nxt in pairwise([*lines, -1]):
        cells = [" ".join(normalize(c).split()) for c in _row_cells(t.lines[here])]
        if len(cells) > 1 and _table_row_number(cells[0]) and cells[1] and here in by_line:
            # a row of cells split by tabs: its number and its content cell
            content = cells[column] if column < len(cells) and cells[column] else cells[1]
            j = by_line[here][0]
            at = t.blocks[j].text.find(content)
            if at != -1:
                if content == cells[-1] and len(cells) < width:
                    content = " ".join([content, *_wrapped_cell(t, here + 1, lines[-1] + 1)]).strip()
                rows.append((j, cells[0], content.rstrip(" .:;!")))
            continue
        if not _table_row_number(t.norm[here]) or nxt not in by_line:
            continue
        j, start = by_line[nxt]
        block = t.blocks[j]
        stop = _line_end(block, nxt)
        # a content cell wrapped onto the lines below it (a PDF's table): while it is cut (a bracket left
        # open, or a long line) and the next line goes on in lower case, in the same block
        after = nxt + 1
        while after in by_line and by_line[after][0] == j and _cell_goes_on(t.norm[after - 1], t.norm[after]):
            stop = _line_end(block, after)
            after += 1
        rows.append((j, t.norm[here].strip(), block.text[start:stop].strip().rstrip(" .:;!")))
    return rows


def _wrapped_cell(t: Text, first: int, stop: int) -> list[str]:
    """A row's last cell wrapped onto lines [first, stop) (a .docx export: a row a line, its cells split by
    tabs and cut by the line breaks inside them): the lines' text up to the first tab, the next cell's start;
    nothing unless that tab comes before a blank line or the next row."""
    parts: list[str] = []
    for i in range(first, stop):
        head, tab, _ = t.lines[i].partition("\t")
        head = " ".join(normalize(head).split())
        if not t.norm[i] or (tab and _table_row_number(head)):
            return []
        parts.append(head)
        if tab:
            return parts
    return []


# A table of a row a line with its cells split by bars ("1 | Tổ chức … | Sở Nội vụ | Quý II"), as a tab splits
# them in another export.
_BAR_ROW = re.compile(r"\S\s+\|\s+\S|^\s*\|.*\|\s*$")


def _row_cells(line: str) -> list[str]:
    """The cells of a table's row written on one line: split by bars when it has them, else by tabs."""
    if _BAR_ROW.search(line):
        return re.split(r"\s*\|\s*", line.strip().strip("|").strip())
    return line.split("\t")


# Between two cells of a row: a tab, or (a table laid out by pdftotext -layout) a run of two spaces or more.
_CELL_GAP = re.compile(r"\t| {2,}")


def _cells(line: str) -> list[tuple[int, str]]:
    """The cells of a laid-out line with the column each starts at (a page's form feed takes none)."""
    line = line.removeprefix("\f")
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def _laid_out_rows(t: Text, header: int, stop: int) -> list[tuple[int, str, str]]:
    """The rows of a table laid out in columns of spaces (pdftotext -layout), under its header row at line
    `header`: a row opens on a line whose first cell is its number and runs to a blank line, its cells
    wrapping onto the lines below side by side; its title is the content column's cell, each line's part of
    it (a cell starting within that column, a group row's spanning the others too) joined in order."""
    heads = _cells(t.lines[header])
    col = _content_column("\t".join(c for _, c in heads))
    start = heads[col][0] - 2
    end = heads[col + 1][0] - 2 if col + 1 < len(heads) else 10**6
    by_line = {i: j for j, b in enumerate(t.blocks) for i in range(b.first_line, b.last_line + 1)}
    rows: list[tuple[int, str, str]] = []
    parts: list[str] | None = None  # the open row's content lines
    for i in range(header + 1, stop):
        cells = _cells(t.lines[i])
        if not cells:
            parts = None
            continue
        if cells[0][0] < start and _table_row_number(cells[0][1]) and i in by_line:
            rows.append((by_line[i], cells[0][1], ""))
            parts = []
        if parts is None:
            continue  # a page number, the header row a page repeats
        parts += [c for at, c in cells if start <= at < end]
        title = " ".join(normalize(" ".join(parts)).split()).rstrip(" .:;!")
        rows[-1] = (*rows[-1][:2], title)
    return rows


def _line_end(block: Block, line: int) -> int:
    return max(n for n, (i, _, _) in enumerate(block.pos) if i == line) + 1


# a line that ends on the first word of a body's name after "của" ("… ngày 02/01/2020 của Bộ")
_CUT_NAME = re.compile(r"(?<!\w)của\s+(?:Bộ|Ban|Ủy|Hội|Ban Thường|Ban Chấp)$")


def _cell_goes_on(line: str, below: str) -> bool:
    line, below = line.strip(), below.strip()
    if re.search(r"(?<!\w)(?:và|tại|của|với|về|cho|các|năm|trong|theo|đến)$", line) and below:
        return True  # "… tại" / "Đảng bộ xã …", "… năm" / "2022": a cell does not end on these words
    if len(line) >= 60 and below[:1].isupper() and _CUT_NAME.search(line):
        # a long line cut inside the name of a body after its "của" ("… của Bộ" / "Chính trị về …")
        return True
    if not below[:1].islower():
        return False
    return line.count("(") > line.count(")") or line.endswith((",", "-")) or len(line) >= 60
