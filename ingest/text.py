"""The plan as blocks of normalised text, each character traced to its place in the original lines.

A block is a paragraph as a reader sees it: PDF hard wraps (and the blank lines and page numbers between
wrapped lines) are joined, while a bullet, a numbered item, a heading or a sentence end starts a new block.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from itertools import repeat

from ingest.normalize import HYPHENS, LOWER, UPPER, normalize_mapped
from ingest.read import SourceText

MARKER = re.compile(
    r"^(?:[-–—+•·]\s*|\d+(?:\.\d+)*[.)]\s|\d+(?:\.\d+)+\s|[IVXL]+\s*[.\-–)](?!\d)\s*|[a-zđ]\)\s|"
    r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s?|\[\d{1,2}\]\s|Nơi nhận|NƠI NHẬN|\(?Kèm theo|-{3,}|T/?M\b|TM\.|KT\.|\*\s*$)"
)
# A line ending in one of these words cannot end a heading or a sentence: the next line continues it.
_OPEN_END = re.compile(
    r"(?<!\w)(?:của|về|và|số|các|với|cho|theo|trong|ngày|tại|thực hiện|những|là|đối với|"
    r"nhằm|để|gắn với|đến|từ|trên)$"
)
# A line that is only a document-type heading ("KẾ HOẠCH", "HƯỚNG DẪN", …).
TYPE_HEADING = re.compile(
    r"^(?:KẾ HOẠCH|HƯỚNG DẪN|CHƯƠNG TRÌNH HÀNH ĐỘNG|CHƯƠNG TRÌNH|KẾ HOẠCH HÀNH ĐỘNG|"
    r"KẾ HOẠCH LIÊN TỊCH|HƯỚNG DẪN LIÊN TỊCH|CHƯƠNG TRÌNH LIÊN TỊCH|CHƯƠNG TRÌNH PHỐI HỢP|KẾ HOẠCH PHỐI HỢP|"
    r"ĐỀ CƯƠNG|PHỤ LỤC)(?:\s+(?:SỐ\s+)?[\dIVX]+)?$"
)
# A reference's first word: a wrapped line that starts with it continues a list of references.
_DOC_WORD = re.compile(
    r"^(?:Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Chương trình|Hướng dẫn|Quy định|"
    r"Thông tư|Thông báo|Công văn|Đề án|Luật|Bộ luật|Pháp lệnh|Quy chế|Thông tri)(?!\w)"
)
_OPENING_WORD = re.compile(r"^(?:Thực hiện|Căn cứ|Thi hành|Quán triệt)(?!\w)")
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_RULE_LINE = re.compile(r"^[_=–—-]{5,}$")
_SENTENCE_END = re.compile(r"[.:;!?…]['\"”’)]?$")  # a line or a block ending a sentence (or a clause)
# A table's row of cells split by tabs, opened by its number cell ("4 ⇥ Quán triệt … ⇥ Ghi chú"): it never
# continues the row above it, though that one ends open and it starts with a digit.
_TAB_ROW = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})\.?\t\s*\S")
# A form's place and date left blank for the one who fills it in: a line of its own, not the item above.
_BLANK_PLACE_DATE = re.compile(r"^[.…]{2,}\s*,\s*ngày\b")
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?\d{1,3}(?:\s*-)?$|^Trang \d+")


# An item numbered "1/" or lettered "a/" (some plans' way of "1." and "a)"); a scan's border left at a line's
# start or end ("|   II. MỤC TIÊU"); a heading's marks in a text converted to Markdown ("## II. NHIỆM VỤ").
_SLASH_ITEM = re.compile(rf"^(\s*)(?:\d{{1,2}}|[{LOWER}])/(?=\s)")
_BORDER = re.compile(r"^\|(?=\s)|(?<=\s)\|$")
# A part's label on its own line: "Phần thứ nhất", "PHẦN THỨ HAI", "Phần II".
_PART_LABEL = re.compile(
    r"(?i:phần\s+(?:thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|[IVX]{1,4}))\s*[.:]?\s*"
)
_MD_HEADING = re.compile(r"^#{1,6}(?=\s)")
# A document's number in which a scan's text read a zero as the letter O or a one as the letter l ("Kế
# hoạch số 1O5-KH/TU", "số l8/KH-UBND", "số 4O3/2017/NQLT-…"): digits and those letters, before the symbol
# or the year.
_O_FOR_ZERO = re.compile(r"(?<!\w)(?=[\dOl]*\d)(?=\d*[Ol])[\dOl]{2,5}(?=\s?[-/]\s?(?:\d{4}/)?[A-ZĐ])")


def _usual_marks(line: str) -> str:
    """A normalised line with its item mark written the usual way ("1/ " -> "1. ", "a/ " -> "a) "), a
    scan's stray border bar or a Markdown heading's marks blanked, and a scan's letter O or l read as the zero
    or the one of a document's number; the same length, so that the line's map to the original still holds."""
    if "O" in line or "l" in line:
        line = _O_FOR_ZERO.sub(lambda m: m.group().replace("O", "0").replace("l", "1"), line)
    if "/" not in line[:4] and "|" not in line and line[:1] != "#":
        return line  # most lines: nothing to rewrite (this runs on every line of every plan)
    line = _MD_HEADING.sub(lambda m: " " * len(m.group()), line)
    m = _SLASH_ITEM.match(line)
    if m:
        mark = "." if line[m.end() - 2].isdigit() else ")"
        line = line[: m.end() - 1] + mark + line[m.end() :]
    return _BORDER.sub(" ", line)


# A scan's text read an "m" as "rn" at a word's start ("rnột số", "rniền núi"): no Vietnamese word begins with
# "rn" (inside a word, "Internet", it is left alone).
_RN_FOR_M = re.compile(rf"(?<!\w)([rR])n(?=[{LOWER}])")


def _m_for_rn(t: str, s: list[int], e: list[int]) -> tuple[str, list[int], list[int]]:
    """A normalised line with a word-initial "rn" read as "m", its map to the original spanning both letters
    (provenance quotes the file's "rn")."""
    for m in reversed(list(_RN_FOR_M.finditer(t))):
        a = m.start()
        t = t[:a] + ("m" if m[1] == "r" else "M") + t[a + 2 :]
        s, e = s[: a + 1] + s[a + 2 :], e[:a] + e[a + 1 :]
    return t, s, e


# Fixed-width and no-break spaces, read as a space.
_SPACES = "\u00a0\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_SPACE_LIKE = re.compile(f"[{_SPACES}]")
_ODD_LINE = re.compile(f"[{_SPACES}\u2010-\u2012]")  # a line with a space or hyphen to rewrite


# A web portal's lines around a plan copied from it: above the plan, the breadcrumb ("Trang chủ > …") and the
# post's data ("Ngày đăng: …", "Lượt xem: …", "Cỡ chữ …"); below it, the attachment, sharing and related news
# ("Tin liên quan", whose items name other documents) and the copyright line.
_PORTAL_HEAD = re.compile(r"^(?:Trang chủ\s*[>»/›]|(?:Ngày đăng|Ngày cập nhật|Lượt xem|Lượt đọc|Cỡ chữ)\b)")
_PORTAL_TAIL = re.compile(
    r"^(?:(?:Tệp|File) đính kèm|Tin liên quan|Tin cùng chuyên mục|Các tin khác|Tin khác|"
    r"Bài viết liên quan|Chia sẻ\s*:|©)"
)
# An annex's heading: an attachment line before it is the plan's own ("File đính kèm: Phụ lục …").
_ANNEX_LINE = re.compile(r"^(?:PHỤ LỤC|ĐỀ CƯƠNG)(?!\w)")


def _portal_lines(norm: list[str]) -> list[int]:
    """The lines of a web portal's page around the plan it shows: the head down to the last of two or more
    portal lines among the first lines, and the tail from a portal line after "Nơi nhận" to the end (unless
    an annex follows it: then the line is the plan's own)."""
    out: list[int] = []
    head = [i for i, x in enumerate(norm[:15]) if _PORTAL_HEAD.match(x)]
    if len(head) >= 2:
        out.extend(range(head[-1] + 1))
    recipients = [i for i, x in enumerate(norm) if re.match(r"(?i:nơi nhận)", x)]
    if recipients:
        tail = next((i for i in range(recipients[-1], len(norm)) if _PORTAL_TAIL.match(norm[i])), None)
        if tail is not None and not any(_ANNEX_LINE.match(x) for x in norm[tail:]):
            out.extend(range(tail, len(norm)))
    return out


def is_upper_line(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass
class Block:
    """A paragraph of normalised text; ``pos[i]`` is (line index, start, end) of character i in the file."""

    text: str
    pos: list[tuple[int, int, int]]
    anchors: list[tuple[int, str]] = field(default_factory=list)  # footnote marks: (offset, mark)

    @property
    def first_line(self) -> int:
        return self.pos[0][0]

    @property
    def last_line(self) -> int:
        return self.pos[-1][0]


class Text:
    """The normalised lines and blocks of a plan, and the provenance of any stretch of them."""

    def __init__(self, src: SourceText) -> None:
        self.src = src
        self.name = src.name
        # The lines the readers of a header, a signature or a table parse: a no-break or other fixed-width
        # space (a .docx export's "Văn\u00a0Khánh") as a plain one, and a word processor's hyphen
        # ("112\u2011KH") as "-", the same length; provenance quotes the file's own lines (`src.lines`).
        self.lines = [
            _SPACE_LIKE.sub(" ", line).translate(HYPHENS) if _ODD_LINE.search(line) else line
            for line in src.lines
        ]
        self.norm: list[str] = []
        self.maps: list[tuple[list[int], list[int]]] = []
        for line in src.lines:
            t, s, e = normalize_mapped(line)
            t = _usual_marks(t)
            if "rn" in t or "Rn" in t:
                t, s, e = _m_for_rn(t, s, e)
            if t != t.strip():  # a border bar blanked at either end: the line is stripped again, and its map
                lead, keep = len(t) - len(t.lstrip()), len(t.strip())
                t, s, e = t[lead : lead + keep], s[lead : lead + keep], e[lead : lead + keep]
            self.norm.append(t)
            self.maps.append((s, e))
        for i in _portal_lines(self.norm):  # a web portal's page around the plan: read as blank lines
            self.norm[i], self.maps[i], self.lines[i] = "", ([], []), ""
        # the width the text is wrapped at: its long lines', a table's rows of cells split by tabs aside (not
        # a paragraph's indenting tab)
        lengths = sorted(
            len(t)
            for t, raw in zip(self.norm, self.lines, strict=True)
            if t and ("\t" not in raw or "\t" not in raw.strip())
        )
        self.wrap_width = lengths[int(len(lengths) * 0.9)] if lengths else 0
        self.hard_wrapped = len(lengths) >= 15 and self.wrap_width <= 130 and lengths[len(lengths) // 2] > 30
        self.running = self._running_headers()
        self.blocks = _glued_anchors(self._across_page_feet(self._blocks()))

    def _running_headers(self) -> set[str]:
        """Lines a PDF repeats at the top of its pages ("TỈNH ỦY …   Kế hoạch số …"): in a hard-wrapped text,
        a line that stands right after a page number (set apart by a blank line above it, unlike the row
        numbers of a table) on two pages or more."""
        if not self.hard_wrapped:
            return set()
        after_page: Counter[str] = Counter()
        for i in range(2, len(self.norm)):
            x, page, above = self.norm[i], self.norm[i - 1], self.norm[i - 2]
            if x and len(x) <= 100 and _PAGE_NUMBER.match(page) and not above:
                after_page[x] += 1
        return {x for x, n in after_page.items() if n > 1}

    def page_number(self, i: int) -> bool:
        """Line i is a page number of a PDF's text ("3", "- 3 -", "Trang 3")."""
        return bool(_PAGE_NUMBER.match(self.norm[i]))

    def _across_page_feet(self, blocks: list[Block]) -> list[Block]:
        """A sentence broken by a page's foot ("… và Quy định số" / rule line / footnotes / "50-QĐ/TW của …")
        is one block again, the foot's blocks after it: the rule line shows the break is the page's, and
        what follows the foot goes on in lower case, with the key its "số" announced, or after a filled line
        of a hard-wrapped text ("… của Bộ" / "Chính trị về …") with anything but an item or a heading."""
        out = list(blocks)
        repeated = Counter(b.text for b in blocks if len(b.text) <= 100)
        k = 0
        while k < len(out) - 2:
            j = k + 1
            if _SENTENCE_END.search(out[k].text) or not _RULE_LINE.match(out[j].text):
                k += 1
                continue
            j += 1
            # the foot's notes, and a running header ("TỈNH ỦY …   Kế hoạch số …", the same on every page)
            while j < len(out) and (_FOOTNOTE.match(out[j].text) or repeated[out[j].text] > 1):
                j += 1
            rest = out[j].text if j < len(out) else ""
            first = rest[:1]
            filled = self.hard_wrapped and len(self.norm[out[k].last_line]) >= 0.7 * self.wrap_width
            goes_on = (
                first.islower()
                or (out[k].text.endswith(" số") and re.match(r"\d+\s*[-/]", rest))
                or (filled and first.isalpha() and not MARKER.match(rest) and not is_upper_line(rest))
            )
            if j > k + 2 and goes_on:
                a, b = out[k], out[j]
                merged = Block(
                    a.text + " " + b.text,
                    [*a.pos, a.pos[-1], *b.pos],
                    a.anchors + [(len(a.text) + 1 + at, mark) for at, mark in b.anchors],
                )
                out[k : j + 1] = [merged, *out[k + 1 : j]]
            k += 1
        return out

    # -- provenance -------------------------------------------------------------------------------------
    def source(self, block: Block, start: int, end: int) -> dict:
        """The source of block characters [start, end): file, 1-based line span, exact original text."""
        start, end = _trimmed(block, start, end)
        l1, c1, _ = block.pos[start]
        l2, _, c2 = block.pos[end - 1]
        return self.span_source(l1, c1, l2, c2)

    def span_source(self, l1: int, c1: int, l2: int, c2: int) -> dict:
        joined = "\n".join(self.src.lines[l1 : l2 + 1])
        offset = sum(len(x) + 1 for x in self.src.lines[l1:l2])
        return {"file": self.name, "lines": [l1 + 1, l2 + 1], "text": joined[c1 : offset + c2]}

    def line_source(self, index: int) -> dict:
        line = self.src.lines[index]
        stripped = line.strip()
        start = line.find(stripped) if stripped else 0
        return self.span_source(index, start, index, start + len(stripped))

    def block_source(self, block: Block) -> dict:
        return self.source(block, 0, len(block.text))

    def original(self, block: Block, start: int, end: int) -> str:
        """The original spelling of block characters [start, end), whitespace collapsed, asterisks and
        footnote anchors ("chính trị¹", "xã[1]") dropped."""
        # the block's own lines only: not a page number or a blank line the block was joined across
        start, end = _trimmed(block, start, end)
        l1, c1, _ = block.pos[start]
        l2, _, c2 = block.pos[end - 1]
        parts = []
        for i in sorted({line for line, _, _ in block.pos[start:end]}):
            text = self.lines[i]
            parts.append(text[c1 if i == l1 else 0 : c2 if i == l2 else len(text)])
        quote = "\n".join(parts)
        quote = re.sub(r"(\d[-/–])[ \t]*\n\s*(?=[A-ZĐ])", r"\1", quote)  # "21-" / "NQ/TW" wrapped in a PDF
        if block.anchors:
            quote = _ANCHOR_MARK.sub("", quote)
        if "rn" in quote or "Rn" in quote:  # a scan's "rnột" read as "một", as the normalised text reads it
            quote = _RN_FOR_M.sub(lambda m: "m" if m[1] == "r" else "M", quote)
        # Labels keep the original spelling (tone placement), in NFC and with a real Đ for U+00D0.
        return unicodedata.normalize("NFC", " ".join(quote.replace("*", "").split())).replace("\u00d0", "Đ")

    # -- blocks -----------------------------------------------------------------------------------------
    def _joins(self, prev: str, nxt: str) -> bool:
        if _RULE_LINE.match(prev) or _RULE_LINE.match(nxt):
            return False  # a rule line (the notes at a page's foot below it) stands alone
        if (
            self.hard_wrapped
            and re.match(rf"^[-–]\s+[{LOWER}]", nxt)
            and not _SENTENCE_END.search(prev)
            and len(prev) >= 0.6 * self.wrap_width  # the line above was filled: the break is the wrap's
        ):
            return True  # "kinh tế" / "- xã hội …": a hyphenated phrase broken before its dash, not a bullet
        if re.match(r"^[-–]\s?(?:19|20)\d\d(?!\d)", nxt) and re.search(r"(?<!\d)(?:19|20)\d\d$", prev):
            return True  # "nhiệm kỳ 2025" / "- 2030 và …": a span of years broken at its dash, not a bullet
        if re.match(r"^[IVX]{1,4}/(?:19|20)\d\d(?!\d)", nxt) and re.search(r"(?i:quý)$", prev):
            return True  # "… trong Quý" / "III/2020.": a quarter broken from its number, not a heading
        if re.match(r"^(?:19|20)\d\d[.,;:]?(?:\s|$)", nxt) and re.search(r"(?<!\w)(?i:năm)$", prev):
            return True  # "… cấp xã năm" / "2025. Cùng với …": a year broken from its "năm", not an item
        if re.match(r"^[IVXL]+\)", nxt) and re.search(r"\((?i:khóa|khoá)\s*$", prev):
            return True  # "… Bộ Chính trị (khóa" / "XIII) về …": a term broken from its numeral, not an item
        if re.search(r"(?<!\w)số\s*\d+$", prev) and re.match(r"^[-–]\s?[A-ZĐ][A-Za-zĐđ]*[-/]", nxt):
            return True  # "Quyết định số 99" / "-QĐ/TW của …": a number broken from its symbol, not a bullet
        if _BLANK_PLACE_DATE.match(nxt):
            return False  # a form's place and date left blank ("……, ngày … tháng …") stand alone
        if MARKER.match(nxt) or (MARKER.match(prev) and len(prev) < 12):
            return False
        if TYPE_HEADING.match(prev) or TYPE_HEADING.match(nxt) or _PART_LABEL.fullmatch(nxt):
            return False  # a line that is only a part's label, "Phần thứ nhất", heads its own block
        if re.search(r"\d[-/–]$", prev) and re.match(r"^[A-ZĐ][A-Za-zĐđ]*[-/]", nxt):
            return True  # a document number broken after its hyphen: "21-" / "NQ/TW"
        if re.search(r"(?<!\w)số$", prev) and re.match(r"^\d+[-/]", nxt):
            return True  # "Nghị quyết số" / "22-NQ/TW.": a number broken from its "số"
        if is_upper_line(prev) != is_upper_line(nxt):
            return False
        if _OPENING_WORD.match(nxt) and not _OPEN_END.search(prev) and not re.search(r"[,\w][-/–]$", prev):
            return False  # a capitalised "Thực hiện …", "Căn cứ …" starts a sentence: the title has ended
        if is_upper_line(prev):
            # a heading below, Roman or lettered ("II. KẾT QUẢ" / "A. KIỂM TRA"), starts its own block
            return not re.match(r"^(?:[IVXL]+[.\-–]|[A-E][.)]\s)", nxt) and not re.search(r"[.:;]$", prev)
        first = next((c for c in nxt if c.isalnum()), "")
        if self.hard_wrapped and prev.endswith(";") and first.islower() and nxt[:1].isalpha():
            return True  # a clause of the same sentence, carried to the next line of a hard-wrapped file
        if self.hard_wrapped and len(prev) >= 0.7 * self.wrap_width and nxt[:1].isalpha():
            # A filled line is broken by the wrap even after a semicolon or a colon: "… lần thứ tư;" /
            # "Quyết định số 749/QĐ-TTg …" (the next reference of the list), "khóa XIII:" / "Nghị quyết số …",
            # "qua Email:" / "địa chỉ …". (A bullet or a numbered item below was let go above.)
            if prev.endswith(";") or (prev.endswith(":") and (first.islower() or _DOC_WORD.match(nxt))):
                return True
        if _SENTENCE_END.search(prev):
            return False
        if first.islower() or first.isdigit() or _OPEN_END.search(prev) or re.search(r"\w[-/–]$", prev):
            return True
        # A numbered item's first line ("4. Ban Dân tộc Hội đồng nhân dân tỉnh") is often a heading naming a
        # body, with a capitalised sentence below it: it continues only when it fills the line.
        filled = 0.85 if re.match(r"\d+(?:\.\d+)*\.\s", prev) else 0.7
        return self.hard_wrapped and len(prev) >= filled * self.wrap_width

    def _blocks(self) -> list[Block]:
        blocks: list[Block] = []
        cur_text: list[str] = []
        cur_pos: list[tuple[int, int, int]] = []
        last_line_text, last_line = "", 0

        def flush() -> None:
            if cur_text:
                blocks.append(_make_block("".join(cur_text), list(cur_pos)))
            cur_text.clear()
            cur_pos.clear()

        for i, t in enumerate(self.norm):
            if not t or (self.hard_wrapped and self.page_number(i)) or t in self.running:
                continue
            starts, ends = self.maps[i]
            row = _TAB_ROW.match(self.lines[i]) and _TAB_ROW.match(self.lines[last_line])
            if cur_text and not row and self._joins(last_line_text, t):
                cur_text.append(" ")
                cur_pos.append(cur_pos[-1])
            else:
                flush()
            cur_text.append(t)
            cur_pos.extend(zip(repeat(i), starts, ends))
            last_line_text, last_line = t, i
        flush()
        return blocks


# A footnote's own mark, superscript or in brackets: "¹ Quy định số …", "[1] Quy định số …".
NOTE_MARK = re.compile(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]|\[\d{1,2}\])")
# A footnote at a page's foot: those, or "1 Quy định số …" (a plain digit, no dot, then a capital).
_FOOTNOTE = re.compile(rf"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s?|\[\d{{1,2}}\]\s?|\d{{1,2}}\s+(?=[{UPPER}]))")


def _trimmed(block: Block, start: int, end: int) -> tuple[int, int]:
    """[start, end) without the spaces at either end (the whole block when nothing is left)."""
    while start < end and block.text[start] == " ":
        start += 1
    while end > start and block.text[end - 1] == " ":
        end -= 1
    return (start, end) if end > start else (0, len(block.text))


_BRACKET_ANCHOR = re.compile(r"\[(\d{1,2})\]")
# An anchor as the original writes it, after a word: "trị¹", "xã[1]".
_ANCHOR_MARK = re.compile(rf"(?<=\S)(?:[{_SUPERSCRIPTS}]+|\[\d{{1,2}}\])")
_TO_DIGITS = str.maketrans(_SUPERSCRIPTS, "1234567890")


def footnote_mark(text: str) -> str | None:
    """The number of the footnote a block is ("¹ Quy định …", "[1] Quy định …", "1 Quy định …"), as digits."""
    m = _FOOTNOTE.match(text)
    return re.sub(r"\D", "", m.group(0).translate(_TO_DIGITS)) or None if m else None


# A footnote's anchor that a PDF's text layer flattened to a plain digit glued to its word ("của Bộ Y tế1;"):
# after two lower-case letters (not "m2", "F0"), before a space, a stop or the line's end, not a unit ("km2").
_GLUED = re.compile(rf"(?<=[{LOWER}]{{2}})(\d{{1,2}})(?=[\s.,;:)]|$)")
_UNIT = re.compile(r"(?<!\w)(?:km|cm|mm|dm|ha)$")


def _glued_anchors(blocks: list[Block]) -> list[Block]:
    """Digits glued to a word read as footnote anchors, where the plan has a footnote of that number at a
    page's foot written with a plain digit ("1 Thông tư số …"); other digits stay text."""
    numbers = {footnote_mark(b.text) for b in blocks if b.text[:1].isdigit()} - {None}
    if not numbers:
        return blocks
    out: list[Block] = []
    for b in blocks:
        found = [m for m in _GLUED.finditer(b.text) if m.group(1) in numbers]
        found = [m for m in found if not _UNIT.search(b.text, 0, m.start())]
        if not found:
            out.append(b)
            continue
        text, pos, anchors = b.text, list(b.pos), list(b.anchors)
        for m in reversed(found):
            a, z = m.span(1)
            text = text[:a] + text[z:]
            del pos[a:z]
            anchors = [(at - (z - a) if at > a else at, mark) for at, mark in anchors] + [(a, m.group(1))]
        out.append(Block(text, pos, sorted(anchors)))
    return out


def _make_block(text: str, pos: list[tuple[int, int, int]]) -> Block:
    """Drop footnote anchors (superscript digits or a number in brackets right after a word: "xã¹", "xã[1]")
    from the text, remembering where they were and their number (as digits)."""
    if not any(ch in text for ch in _SUPERSCRIPTS) and "[" not in text:
        return Block(text, pos, [])
    anchors: list[tuple[int, str]] = []
    out: list[str] = []
    out_pos: list[tuple[int, int, int]] = []
    k = 0
    while k < len(text):
        ch = text[k]
        after_word = bool(out) and out[-1] != " "
        bracket = _BRACKET_ANCHOR.match(text, k) if ch == "[" and after_word else None
        if bracket:
            anchors.append((len(out), bracket.group(1)))
            k = bracket.end()
            continue
        if ch in _SUPERSCRIPTS and anchors and anchors[-1][0] == len(out) and after_word:
            anchors[-1] = (len(out), anchors[-1][1] + ch.translate(_TO_DIGITS))  # "¹²": footnote 12
            k += 1
            continue
        if ch in _SUPERSCRIPTS and after_word:
            anchors.append((len(out), ch.translate(_TO_DIGITS)))
            k += 1
            continue
        out.append(ch)
        out_pos.append(pos[k])
        k += 1
    return Block("".join(out), out_pos, anchors)
