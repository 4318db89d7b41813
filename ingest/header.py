"""The plan's own identity: number and symbol, date and place, issuer (with its province, district or
bloc as the text lets a reader resolve them) and signer."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.bodies import (
    POSITION_RE,
    PROVINCE_RE,
    position_text,
    province_name,
    titlecase_body,
    titlecase_place,
)
from ingest.citations import DATE_RE, iso_date, make_key, parse_issuer
from ingest.normalize import normalize
from ingest.text import Text

_SYM = r"[A-ZĐ][A-Za-zĐđ]*(?:\s?[-/]\s?[A-ZĐ][A-Za-zĐđ]*)+"
_NUMBER_LINE = re.compile(rf"(?<!\w)Số\s*:?\s*(?P<num>\d+)?\s*(?P<sep>[-/–])?\s*(?P<sym>{_SYM})")
_PLACE_DATE = re.compile(
    r"(?P<place>[A-ZĐ][^\d,;:*/]{1,40}?)\s*,\s*(?i:ngày)\s*(?P<d>\d{1,2})?[\s.…_]*(?i:tháng)\s*(?P<m>\d{1,2})?"
    r"[\s.…_]*(?i:năm)\s*(?P<y>\d{4})"
)
_CAPTION = re.compile(
    rf"(?i:kèm theo)\s+(?P<type>[^\s].*?)\s+(?i:số)\s*:?\s*(?P<num>\d+)?\s*(?P<sep>[-/–])?\s*"
    rf"(?P<sym>{_SYM})(?:\s*,?\s*(?i:ngày)\s*(?P<date>[\d\s/.\-]+\d{{4}}))?"
)
_NATIONAL_HEADERS = re.compile(
    r"(?i:đảng cộng sản việt nam|cộng hòa xã hội chủ nghĩa việt nam|"
    r"độc lập\s*-\s*tự do\s*-\s*hạnh phúc|mặt trận tổ quốc việt nam$)"
)
_DISTRICT_HEAD = re.compile(
    r"(?:HUYỆN ỦY|THỊ ỦY|THÀNH ỦY|QUẬN ỦY|ĐẢNG ỦY HUYỆN|UBND HUYỆN|ỦY BAN NHÂN DÂN HUYỆN|"
    r"ỦY BAN MTTQ VIỆT NAM HUYỆN)\s+(?P<name>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ\s]+)$"
)
_PROVINCE_CONTEXT = re.compile(
    r"(?:(?<!\w)tỉnh|TỈNH|Tỉnh ủy|TỈNH ỦY|Báo|Đài Phát thanh[^,;.]{0,20}|"
    r"UBND tỉnh|thành phố|THÀNH PHỐ|Thành ủy|ĐẢNG BỘ TỈNH)\s+$"
)


@dataclass
class Identity:
    number: str | None = None
    symbol: str | None = None
    key: str | None = None
    date: str | None = None
    place: str | None = None
    number_line: int | None = None
    date_line: int | None = None
    header_lines: list[int] | None = None
    header_bodies: list[str] | None = None


def _place_date(raw: str, line: str) -> re.Match[str] | None:
    """The place-date of a header line, read within its column: a two-column header flattened onto one
    line puts the number ("Số 45-KH/TU") and the place ("Long An, ngày …") side by side."""
    for col in re.split(r"\s{3,}|\t", normalize(raw).strip()):
        d = _PLACE_DATE.search(col)
        if d:
            return d
    return _PLACE_DATE.search(line)


def read_identity(t: Text, heading_line: int, annex_caption_lines: list[int]) -> Identity:
    ident = Identity(header_lines=[], header_bodies=[])
    for i in range(0, heading_line):
        raw = t.lines[i]
        line = t.norm[i]
        if not line:
            continue
        m = _NUMBER_LINE.search(line)
        if m and ident.symbol is None:
            ident.symbol = re.sub(r"\s+", "", m.group("sym"))
            ident.number_line = i
            if m.group("num"):
                ident.number = m.group("num")
                ident.key, ident.symbol = make_key(ident.number, m.group("sep") or "-", ident.symbol)
        d = _place_date(raw, line)
        if d and ident.date_line is None:
            ident.place = " ".join(d.group("place").split()).strip("* ")
            ident.date_line = i
            if d.group("d") and d.group("m"):
                ident.date = f"{int(d.group('y')):04d}-{int(d.group('m')):02d}-{int(d.group('d')):02d}"
        for col in re.split(r"\s{3,}|\t", normalize(raw).strip()):
            col = " ".join(col.replace("*", "").split())
            if (
                len(col) > 3
                and col.isupper()
                and not _NATIONAL_HEADERS.search(col)
                and re.match(r"^[A-ZĐÀ-Ỹ]{2,}\s", col)
                and "/" not in col
                and not col.startswith("SỐ")
            ):
                ident.header_bodies.append(col)
                ident.header_lines.append(i)
    for i in annex_caption_lines:
        text = " ".join(t.norm[i : i + 3])
        m = _CAPTION.search(text)
        if not m:
            continue
        if ident.number is None and m.group("num"):
            ident.number = m.group("num")
            ident.key, ident.symbol = make_key(ident.number, m.group("sep") or "-", m.group("sym"))
            ident.number_line = i
        if ident.symbol is None:
            ident.symbol = re.sub(r"\s+", "", m.group("sym"))
        if ident.date is None and m.group("date"):
            dm = DATE_RE.search(m.group("date"))
            if dm:
                ident.date = iso_date(dm)
                ident.date_line = ident.date_line if ident.date_line is not None else i
    return ident


def find_province(t: Text, header_bodies: list[str]) -> str | None:
    """The province the text names for itself: the header block first, then "tỉnh X", "Báo X" …"""
    for body in header_bodies:
        m = PROVINCE_RE.search(body)
        if m and re.search(r"TỈNH|THÀNH PHỐ|TỈNH ỦY|THÀNH ỦY", body):
            return province_name(m.group())
    votes: Counter[str] = Counter()
    for line in t.norm:
        for m in PROVINCE_RE.finditer(line):
            if _PROVINCE_CONTEXT.search(line[max(0, m.start() - 40) : m.start()]):
                name = province_name(m.group())
                if name:
                    votes[name] += 1
    if votes:
        return votes.most_common(1)[0][0]
    return None


def find_district(t: Text, header_bodies: list[str]) -> str | None:
    for body in header_bodies:
        m = _DISTRICT_HEAD.search(normalize(body).upper())
        if m:
            return titlecase_place(m.group("name"))
    votes: Counter[str] = Counter()
    for line in t.norm:
        for m in re.finditer(
            r"(?:Huyện ủy|Ban Thường vụ Huyện ủy|UBND huyện|huyện)\s+((?:[A-ZĐ][^\s,;.:()]*\s?){1,3})", line
        ):
            name = m.group(1).strip()
            if not re.match(r"^(?:ủy|Ủy|Hội|Ban|Đảng)\b", name):
                votes[name] += 1
    if votes:
        name, count = votes.most_common(1)[0]
        return name if count >= 2 else None
    return None


def find_bloc(t: Text) -> str | None:
    """The name of a Party bloc ("Đảng bộ Khối các cơ quan tỉnh") when the text names one."""
    for line in t.norm:
        m = re.search(
            r"Đảng (?:bộ|ủy) (Khối (?:các |Các )?(?:cơ quan|Cơ quan|doanh nghiệp|Doanh nghiệp|"
            r"Dân chính Đảng|dân chính đảng)[^,;.:()]*?(?:tỉnh|thành phố|Trung ương))(?!\w)",
            line,
        )
        if m:
            return "Đảng bộ " + m.group(1)
    return None


def opening_issuer(text: str) -> tuple[int, int] | None:
    """The body that speaks in the opening sentence: "Thực hiện …, Ban Thường vụ Huyện ủy ban hành …"."""
    best = None
    for m in re.finditer(r"[,;]\s+(?=[A-ZĐ])", text):
        span = parse_issuer(text, m.end())
        if not span:
            continue
        tail = text[span[1] : span[1] + 60]
        if re.match(
            r"\s+(?:xây dựng|ban hành|hướng dẫn|triển khai|đề ra|thực hiện|yêu cầu|chỉ đạo|tổ chức|"
            r"thông báo|lập|giao|phối hợp)",
            tail,
        ):
            best = span
    return best


@dataclass
class Signer:
    name: str | None = None
    position: str | None = None
    on_behalf_of: str | None = None
    lines: tuple[int, int] | None = None


_NAME = re.compile(r"^[A-ZĐÀ-Ỹ][^\s\d,;:()]*(?:\s+[A-ZĐÀ-Ỹ][^\s\d,;:()]*){1,5}$")


def read_signer(t: Text, first: int, end: int) -> Signer:
    """T/M line, position and name in lines [first, end) (the columns beside "Nơi nhận" included)."""
    sig = Signer()
    cells: list[tuple[int, str]] = []
    for i in range(first, end):
        for col in re.split(r"\s{3,}|\t", normalize(t.lines[i]).strip()):
            col = " ".join(col.replace("*", "").split())
            if col:
                cells.append((i, col))
    start_line = None
    for k, (i, col) in enumerate(cells):
        m = re.match(r"^(?:T/M|TM)\.?\s*(?P<body>.+)$", col)
        if m and sig.on_behalf_of is None:
            sig.on_behalf_of = titlecase_body(m.group("body"))
            start_line = i
            continue
        if POSITION_RE.match(col.upper()) and col.isupper() and sig.position is None:
            sig.position = position_text(col)
            start_line = start_line if start_line is not None else i
            for j, name in cells[k + 1 :]:
                if re.match(r"^\(?(?i:đã ký|ký|đã ký và đóng dấu)\)?$|^[-–+•]|^(?i:nơi nhận)", name):
                    continue  # the recipients' column of a flattened two-column block
                if _NAME.match(name):
                    sig.name = name.title() if name.isupper() else name
                    sig.lines = (start_line, j)
                break
            break
    return sig


def titled_header_body(header_bodies: list[str]) -> str | None:
    """The issuing body of the header block (its last upper-case line), in running-text case."""
    if not header_bodies:
        return None
    return titlecase_body(header_bodies[-1])
