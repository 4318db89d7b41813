"""Reading a plan file: .txt in UTF-8 (with or without BOM), UTF-16 or Windows-1258; .docx; .pdf.

The result keeps the file's lines as decoded (original spelling), less the characters that are never seen
(soft hyphens, zero-width spaces and joiners, a BOM inside the text: web pages and word processors leave
them inside words and names); ``encoding`` says how it was read.
Line numbers used for provenance are 1-based indices into ``lines``.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from ingest.errors import InputError

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Characters that never occur in a text document (C0 controls other than tab, LF, CR, FF).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Never seen in print: dropped on reading (provenance quotes the text as it is seen).
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Letters with Vietnamese diacritics: a cp1258 reading must produce some of them to be believed.
_VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300\u0301\u0303\u0309\u0323]")


# A Markdown file exported by pandoc (from a .docx) says so by a footnote ("[^1]", "[^1]: …") or a hard line
# break (a backslash at a line's end); it is read as the plain text it renders, line for line, as a .docx is:
# the emphasis marks dropped ("**KẾ HOẠCH**"), a footnote's anchor and its note's mark as superscript digits
# ("xã[^1]" -> "xã¹", "[^1]: Quyết định …" -> "¹ Quyết định …"), the break's backslash and the escapes of
# punctuation ("\\*" -> "*") dropped, a list item's mark followed by one space ("-   " -> "- ").
# Provenance keeps the file's line numbers and quotes the text as it is seen, as for invisible characters.
# what only pandoc's Markdown writes: a footnote's anchor, a hard break's backslash, a list mark escaped at a
# line's start ("\\- Sở Tư pháp;", "1\\. Mục đích": a dash or a number read as plain text, not as a list)
_PANDOC_SIGN = re.compile(r"\[\^\d{1,3}\]|\S\\$|^\s*(?:\\-|\d{1,3}\\\.)\s")
_PANDOC_NOTE = re.compile(r"^\[\^(\d{1,3})\]:\s*")
_PANDOC_ANCHOR = re.compile(r"\[\^(\d{1,3})\]")
_PANDOC_MARKUP = re.compile(r"\\$|\\([!-/:-@\[-`{-~])|\*+")
_PANDOC_ITEM = re.compile(r"^(\s*(?:-|\d{1,2}[.)]))\s{2,}(?=\S)")  # "-   Sở Tư pháp;": a list item's padding


# a pipe table's row ("| 1 | Rà soát … | Công an tỉnh |") and the rule under its header row ("|---|---|")
_PANDOC_ROW = re.compile(r"^\|.*\|$")
_PANDOC_RULE = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+$")


def _pandoc_plain(line: str) -> str:
    """One line of a pandoc Markdown export as the plain text it stands for; a pipe table's row as a .docx
    table's row is read, its cells split by tabs (its rule under the header row, a blank line)."""
    if line[:1] == "|" and _PANDOC_ROW.match(line.rstrip()):
        if _PANDOC_RULE.match(line.rstrip()):
            return ""
        line = "\t".join(cell.strip() for cell in line.strip()[1:-1].split("|"))
    line = _PANDOC_NOTE.sub(lambda m: m.group(1).translate(_SUPERSCRIPT) + " ", line)
    line = _PANDOC_ANCHOR.sub(lambda m: m.group(1).translate(_SUPERSCRIPT), line)
    line = _PANDOC_MARKUP.sub(lambda m: m.group(1) or "", line).rstrip()
    return _PANDOC_ITEM.sub(r"\1 ", line)


@dataclass
class SourceText:
    """The decoded lines of one input file."""

    path: Path
    name: str
    lines: list[str] = field(default_factory=list)
    encoding: str = "utf-8"

    def __post_init__(self) -> None:
        if any(_INVISIBLE.search(line) for line in self.lines):  # rare: a search is cheaper than a rewrite
            self.lines = [_INVISIBLE.sub("", line) for line in self.lines]
        if any(_PANDOC_SIGN.search(line) for line in self.lines):
            self.lines = [_pandoc_plain(line) for line in self.lines]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def split_lines(text: str) -> list[str]:
    """Split on CRLF, CR or LF only (not on the other characters str.splitlines treats as breaks)."""
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _first_bad_line(data: bytes, position: int) -> int:
    return data[:position].count(b"\n") + 1


def decode_bytes(data: bytes, path: Path) -> tuple[str, str]:
    """Decode the bytes of a .txt plan; returns (text, encoding). Raises InputError when it cannot."""
    if not data.strip():
        raise InputError(path, "empty file: expected the text of a plan")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", path), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", path), "utf-16"
    if b"\x00" in data:
        # UTF-16 without a BOM: every other byte of ASCII text is NUL.
        even, odd = data[0::2], data[1::2]
        if len(data) % 2 == 0 and odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
            return _strict(data, "utf-16-le", path), "utf-16"
        if len(data) % 2 == 0 and even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
            return _strict(data, "utf-16-be", path), "utf-16"
        raise InputError(
            path,
            "binary file (NUL bytes): expected a text, .docx or .pdf plan",
            _first_bad_line(data, data.index(b"\x00")),
        )
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as e:
        try:
            text = data.decode("cp1258")
        except UnicodeDecodeError:
            raise InputError(
                path,
                f"undecodable bytes: not UTF-8 ({e.reason} at byte {e.start}), UTF-16 or Windows-1258",
                _first_bad_line(data, e.start),
            ) from None
        if not _VIETNAMESE.search(text):
            raise InputError(
                path,
                f"undecodable bytes: not UTF-8 ({e.reason} at byte {e.start}) and "
                "not Vietnamese in Windows-1258",
                _first_bad_line(data, e.start),
            ) from None
        encoding = "cp1258"
    _check_text(text, path)
    return text, encoding


def _strict(data: bytes, codec: str, path: Path) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as e:
        raise InputError(
            path,
            f"undecodable bytes: invalid {codec} ({e.reason} at byte {e.start})",
            _first_bad_line(data, e.start),
        ) from None
    text = text.lstrip("\ufeff")
    _check_text(text, path)
    return text


def _check_text(text: str, path: Path) -> None:
    m = _CONTROL.search(text)
    if m:
        raise InputError(
            path,
            f"binary file (control character U+{ord(m.group()):04X}): expected text",
            text[: m.start()].count("\n") + 1,
        )
    if not text.strip():
        raise InputError(path, "empty file: expected the text of a plan")


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_paragraph_text(p, footnote_marks: dict[str, str]) -> str:
    parts: list[str] = []
    for el in p.iter():
        tag = el.tag
        if tag == f"{_W}t":
            parts.append(el.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}footnoteReference":
            parts.append(footnote_marks.get(el.get(f"{_W}id") or "", ""))
    return "".join(parts)


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]


def int_to_roman(n: int) -> str:
    """1 -> I, 14 -> XIV (list numbering in .docx files, terms of a Party congress)."""
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _format_number(fmt: str, n: int) -> str:
    if fmt == "upperRoman":
        return int_to_roman(n)
    if fmt == "lowerRoman":
        return int_to_roman(n).lower()
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "bullet":
        return "-"
    return str(n)


class _Numbering:
    """Automatic list numbering of a .docx (word/numbering.xml), rendered as text."""

    def __init__(self, xml: bytes | None) -> None:
        from lxml import etree

        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        if not xml:
            return
        root = etree.fromstring(xml)
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for a in root.iter(f"{_W}abstractNum"):
            lv: dict[int, tuple[str, str, int]] = {}
            for lvl in a.iter(f"{_W}lvl"):
                ilvl = int(lvl.get(f"{_W}ilvl") or 0)
                fmt_el, text_el, start_el = (
                    lvl.find(f"{_W}numFmt"),
                    lvl.find(f"{_W}lvlText"),
                    lvl.find(f"{_W}start"),
                )
                fmt = fmt_el.get(f"{_W}val") if fmt_el is not None else "decimal"
                text = text_el.get(f"{_W}val") if text_el is not None else f"%{ilvl + 1}."
                start = int(start_el.get(f"{_W}val")) if start_el is not None else 1
                lv[ilvl] = (fmt or "decimal", text or "", start)
            abstract[a.get(f"{_W}abstractNumId") or ""] = lv
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            for ilvl, spec in abstract.get(ref.get(f"{_W}val") or "", {}).items():
                self.levels[(num.get(f"{_W}numId") or "", ilvl)] = spec

    def label(self, num_id: str, ilvl: int) -> str:
        if (num_id, ilvl) not in self.levels:
            return ""
        counts = self.counters.setdefault(num_id, [0] * 9)
        counts[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        fmt, text, _start = self.levels[(num_id, ilvl)]
        if fmt == "bullet":
            return "- "

        def level_value(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            f, _t, start = self.levels.get((num_id, k), ("decimal", "", 1))
            return _format_number(f, counts[k] + start - 1)

        return re.sub(r"%(\d)", level_value, text) + " "


def read_docx(data: bytes, path: Path) -> list[str]:
    """Paragraphs of word/document.xml (one per line, list numbering as text), then the footnotes."""
    from lxml import etree

    try:
        with zipfile.ZipFile(BytesIO(data)) as z:
            names = set(z.namelist())
            if "word/document.xml" not in names:
                raise InputError(path, "not a Word document: word/document.xml is missing")
            document = z.read("word/document.xml")
            footnotes = z.read("word/footnotes.xml") if "word/footnotes.xml" in names else None
            numbering = z.read("word/numbering.xml") if "word/numbering.xml" in names else None
    except zipfile.BadZipFile:
        raise InputError(path, "not a .docx file (not a zip archive)") from None
    try:
        body = etree.fromstring(document)
        notes = etree.fromstring(footnotes) if footnotes else None
    except etree.XMLSyntaxError as e:
        raise InputError(path, f"broken .docx XML: {e}") from None
    marks: dict[str, str] = {}
    note_lines: list[str] = []
    if notes is not None:
        for note in notes.iter(f"{_W}footnote"):
            note_id = note.get(f"{_W}id") or ""
            if note.get(f"{_W}type") in ("separator", "continuationSeparator") or int(note_id or 0) <= 0:
                continue
            mark = str(len(marks) + 1).translate(_SUPERSCRIPT)
            marks[note_id] = mark
            text = " ".join(_docx_paragraph_text(p, {}) for p in note.iter(f"{_W}p")).strip()
            note_lines.append(f"{mark} {text}")
    numbers = _Numbering(numbering)
    lines: list[str] = []
    for p in body.iter(f"{_W}p"):
        text = _docx_paragraph_text(p, marks)
        num = p.find(f"{_W}pPr/{_W}numPr")
        if num is not None:
            ilvl_el, id_el = num.find(f"{_W}ilvl"), num.find(f"{_W}numId")
            ilvl = int(ilvl_el.get(f"{_W}val")) if ilvl_el is not None else 0
            text = numbers.label(id_el.get(f"{_W}val") if id_el is not None else "", ilvl) + text
        lines.extend(text.split("\n"))
    if note_lines:
        lines.append("")
        lines.extend(note_lines)
    return lines


def read_pdf(data: bytes, path: Path) -> list[str]:
    """The text layer of a PDF, page after page."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(BytesIO(data))
        # layout mode keeps a line's columns apart ("SỞ Y TẾ      Độc lập - Tự do - Hạnh phúc"), as
        # pdftotext -layout does; the plain mode joins them with one space
        pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as e:
        raise InputError(path, f"unreadable PDF: {e}") from None
    lines: list[str] = []
    for text in pages:
        lines.extend(split_lines(text))
    if not any(line.strip() for line in lines):
        raise InputError(path, "PDF without a text layer (scanned?): expected text")
    return lines


def read_plan(path: Path) -> SourceText:
    """Read a plan file (.txt, .docx or .pdf) into its decoded lines. Raises InputError."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read the file: {e.strerror or e}") from None
    if not data.strip():
        raise InputError(path, "empty file: expected the text of a plan")
    suffix = path.suffix.lower()
    if suffix == ".docx" or data.startswith(b"PK\x03\x04"):
        return SourceText(path, path.name, read_docx(data, path), "docx")
    if suffix == ".pdf" or data.startswith(b"%PDF"):
        return SourceText(path, path.name, read_pdf(data, path), "pdf")
    text, encoding = decode_bytes(data, path)
    return SourceText(path, path.name, split_lines(text), encoding)


def source_from_text(text: str, name: str) -> SourceText:
    """A SourceText for a string (tests, synthetic plans)."""
    return SourceText(Path(name), Path(name).name, split_lines(text.lstrip("\ufeff")), "str")
