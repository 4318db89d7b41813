"""The plan's own identity: number and symbol, date and place, issuer (with its province, district or
bloc as the text lets a reader resolve them) and signer."""

from __future__ import annotations

import copy
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ingest.bodies import (
    CENTRAL_CITIES,
    POSITION_RE,
    PROVINCE_RE,
    position_text,
    province_name,
    titlecase_body,
    titlecase_place,
)
from ingest.citations import DATE_RE, iso_date, make_key, parse_issuer, steering_name
from ingest.former_units import is_district_2023
from ingest.normalize import LOWER, UPPER, normalize
from ingest.text import Text, is_upper_line

# a code's parts may end in a number: a steering committee named by its number ("KH-BCĐ389"), a police
# department's ("KH-CAT-PV01")
_SYM = r"[A-ZĐ][A-Za-zĐđ]*(?:\s?[-/]\s?[A-ZĐ][A-Za-zĐđ]*\d{0,4})+"
_NUMBER_LINE = re.compile(rf"(?<!\w)Số\s*:?\s*(?P<num>\d+)?\s*(?P<sep>[-/–])?\s*(?P<sym>{_SYM})")
# the place, a numbered district or ward named with its unit too ("Quận 8, ngày …")
_PLACE_DATE = re.compile(
    r"(?P<place>[A-ZĐ][^\d,;:*/]{1,40}?(?:(?:(?<=Quận)|(?<=Phường))\s+\d{1,2})?)\s*,\s*(?i:ngày)\s*(?P<d>\d{1,2})?[\s.…_]*(?i:tháng)\s*(?P<m>\d{1,2})?"
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
    rf"ỦY BAN MTTQ VIỆT NAM HUYỆN)\s+(?P<name>[{UPPER}][{UPPER}\s]+)$"
)
_PROVINCE_CONTEXT = re.compile(
    r"(?:(?<!\w)tỉnh|TỈNH|Tỉnh ủy|TỈNH ỦY|Báo|Đài Phát thanh[^,;.]{0,20}|"
    r"UBND tỉnh|thành phố|THÀNH PHỐ|Thành phố|Thành ủy|Thành đoàn|ĐẢNG BỘ TỈNH)\s+$"
)

# A name with a slash between two of its words ("HỘI NẠN NHÂN CHẤT ĐỘC DA CAM/DIOXIN"): a body's name, not a
# number's symbol ("KH/TU") or a date; both words of three letters or more, and no digit.
_SLASHED_NAME = re.compile(rf"[{UPPER}\s]+\s[{UPPER}]{{3,}}/[{UPPER}]{{3,}}(?:\s[{UPPER}\s]+)?")


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


# "Hậu Lộc, ngày 15" / "tháng 5 năm 2023": a place-date broken over two lines by a narrow column
_PLACE_DATE_START = re.compile(
    r"[A-ZĐ][^\d,;:*/]{1,40}?\s*,\s*(?i:ngày)(?:\s*\d{1,2})?(?:\s*(?i:tháng)(?:\s*\d{1,2})?)?\s*$"
)


def _place_date_broken(t: Text, i: int, heading_line: int) -> re.Match[str] | None:
    """The place-date begun at the end of line i and finished at the start of the next line with text."""
    start = _PLACE_DATE_START.search(re.split(r"\s{3,}|\t", normalize(t.lines[i]).strip())[-1])
    nxt = next((j for j in range(i + 1, min(i + 3, heading_line)) if t.norm[j]), None)
    if start is None or nxt is None:
        return None
    first_col = re.split(r"\s{3,}|\t", normalize(t.lines[nxt]).strip())[0]
    return _PLACE_DATE.match(start.group() + " " + first_col.strip())


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
        at = line.find(d.group("place")) if d and m else -1
        if m and d and m.start() <= at < m.end():
            # the number and the place-date flattened onto one line with a single space ("Số 245-KH/TU Nam
            # Định, ngày …"): the place begins after the number's symbol, not inside it
            d = _PLACE_DATE.search(line, m.end())
        if d is None and ident.date_line is None and _PLACE_DATE_START.search(line):
            d = _place_date_broken(t, i, heading_line)
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
                and re.match(rf"^[{UPPER}]{{2,}}\s", col)
                and ("/" not in col or _SLASHED_NAME.fullmatch(col))
                and not col.startswith("SỐ")
            ):
                ident.header_bodies.append(col)
                ident.header_lines.append(i)
    _join_wrapped_names(t, ident)
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


def _join_wrapped_names(t: Text, ident: Identity) -> None:
    """A district's name broken over two header lines ("HUYỆN ỦY CẨM" / "GIÀNG   Cẩm Giàng, ngày …", as a
    scan's text gives it): the body's name goes on with the next line's first column where only the two
    together name a district of 2023."""
    for n, (i, body) in enumerate(zip(ident.header_lines, ident.header_bodies, strict=True)):
        m = _DISTRICT_HEAD.search(body)
        if m is None or is_district_2023(m.group("name")) or i + 1 >= len(t.lines):
            continue
        if i + 1 in ident.header_lines:
            continue  # the next line holds a body of its own
        rest = re.split(r"\s{3,}|\t", normalize(t.lines[i + 1]).strip())[0]
        if rest.isupper() and len(rest.split()) <= 2 and is_district_2023(f"{m.group('name')} {rest}"):
            ident.header_bodies[n] = f"{body} {rest}"


def find_province(t: Text, header_bodies: list[str], stated: str | None = None) -> str | None:
    """The province the text names for itself: the header block first, then the opening's address
    (``stated``), then "tỉnh X", "Báo X" …"""
    for body in header_bodies:
        m = PROVINCE_RE.search(body)
        # "… TỈNH NGHỆ AN", "ĐOÀN TP. HỒ CHÍ MINH", "SỞ GD&ĐT NGHỆ AN" (a department is its province's)
        if m and re.search(r"TỈNH|THÀNH PHỐ|TP\.|TỈNH ỦY|THÀNH ỦY|THÀNH ĐOÀN|^SỞ\s", body):
            return province_name(m.group())
    if stated:
        return stated
    votes: Counter[str] = Counter()
    for line in (b.text for b in t.blocks):  # blocks: a hard wrap may fall inside "Báo Quảng" / "Nam"
        for m in PROVINCE_RE.finditer(line):
            if _PROVINCE_CONTEXT.search(line[max(0, m.start() - 40) : m.start()]):
                name = province_name(m.group())
                if name:
                    votes[name] += 1
    if votes:
        return votes.most_common(1)[0][0]
    return None


# Administrative units as written before a place name, longest first ("thị xã" before "xã"). A special
# zone ("đặc khu Côn Đảo", since the reform of 2025) is a unit of the communes' level, under its province.
_UNITS = ("thị trấn", "thị xã", "thành phố", "phường", "huyện", "quận", "tỉnh", "xã", "đặc khu")
UNIT_RE = re.compile(r"(?<!\w)(?P<unit>" + "|".join(_UNITS) + r")\s+", re.IGNORECASE)
COMMUNE_UNITS = ("xã", "phường", "thị trấn", "đặc khu")
DISTRICT_UNITS = ("huyện", "quận", "thị xã", "thành phố")


def _name_at(text: str, p: int) -> int:
    """End of a place name at p: capitalised words or numbers ("Phường 14", "Phan Rang - Tháp Chàm")."""
    end = q = p
    while True:
        m = re.compile(r"(\s*)([^\s,;.:()]+)").match(text, q)
        if not m:
            break
        w = m.group(2)
        if not (w[0].isupper() or w.isdigit() or (w == "-" and end > p)):
            break
        q = end = m.end()
    while text[p:end].endswith((" -", "-")):
        end = text.rindex("-", p, end)
    return end if text[p:end].strip(" -") else p


def place_chain(text: str) -> list[tuple[str, str]]:
    """The first address chain "xã A, huyện B, tỉnh C" (two units or more) in a text: [(unit, name), …]."""
    for m in UNIT_RE.finditer(text):
        chain: list[tuple[str, str]] = []
        p = m.start()
        while True:
            u = UNIT_RE.match(text, p)
            if not u:
                break
            e = _name_at(text, u.end())
            if e == u.end():
                break
            chain.append((u.group("unit").lower(), text[u.end() : e].strip(" -")))
            sep = re.match(r"\s*,\s*", text[e:])
            if not sep:
                break
            p = e + sep.end()
        if len(chain) >= 2 and province_name(chain[-1][1]):
            return chain
    return []


# "hội" after "xã" that makes it "xã hội" (society: "BẢO HIỂM XÃ HỘI TỈNH …", "… VÀ XÃ HỘI"), not a commune
# ("XÃ HỘI XUÂN").
_SOCIETY = re.compile(r"(?i:hội)(?:\s+(?i:tỉnh|thành phố|huyện|quận|thị xã|việt nam)(?!\w)|\s*$)")


def header_places(header_bodies: list[str]) -> dict[str, tuple[str, str]]:
    """Units named in the upper-case header: {"commune"|"district": (unit, name)} ("ĐẢNG ỦY XÃ A")."""
    out: dict[str, tuple[str, str]] = {}
    for body in header_bodies:
        b = normalize(body)
        m = UNIT_RE.search(b)
        while m and (
            re.match(r"(?i:ủy|uỷ)(?!\w)", b[m.end() :])
            or (m.group("unit").casefold() == "xã" and _SOCIETY.match(b, m.end()))
        ):
            m = UNIT_RE.search(b, m.end())  # "HUYỆN ỦY …", "BẢO HIỂM XÃ HỘI …": no unit there
        if m:
            # "HUYỆN ĐOÀN BỐ TRẠCH", "QUẬN ĐOÀN 3": the district's Youth Union, named for its district
            rest = re.sub(r"^(?i:đoàn)\s+", "", b[m.end() :])
            unit, name = m.group("unit").lower(), titlecase_place(rest)
            if re.match(r"(?i:số)\s+\d", name):
                # "… CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ SỐ 2": a body's number, no place ("Quận 3" has no "số")
                continue
            if name.isdigit():
                name = f"{unit.capitalize()} {name}"  # a numbered district is named with its unit: "Quận 3"
            if unit in COMMUNE_UNITS:
                out.setdefault("commune", (unit, name))
            elif unit in DISTRICT_UNITS and not (unit == "thành phố" and name in CENTRAL_CITIES):
                out.setdefault("district", (unit, name))
            continue
        m = _DISTRICT_HEAD.search(b.upper())
        if m:
            name = titlecase_place(m.group("name"))
            if name not in CENTRAL_CITIES:
                unit = "thành phố" if "THÀNH" in m.group() else "quận" if "QUẬN" in m.group() else "huyện"
                out.setdefault("district", ("thị xã" if "THỊ ỦY" in m.group() else unit, name))
    return out


def find_district(t: Text, header_bodies: list[str]) -> str | None:
    for body in header_bodies:
        m = _DISTRICT_HEAD.search(normalize(body).upper())
        if m and titlecase_place(m.group("name")) not in CENTRAL_CITIES:
            return titlecase_place(m.group("name"))
    votes: Counter[str] = Counter()
    for line in (b.text for b in t.blocks):  # blocks: a hard wrap may fall inside "huyện Hậu" / "Lộc"
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


_BLOC_RE = re.compile(
    r"Đảng (?:bộ|ủy) (Khối (?:các |Các )?(?:cơ quan|Cơ quan|doanh nghiệp|Doanh nghiệp|"
    r"Dân chính Đảng|dân chính đảng)[^,;.:()]*?(?:tỉnh|thành phố|Trung ương)"
    # the committees that took over from the blocs in 2025: the Party agencies', the People's Committee's
    r"|các cơ quan Đảng (?:tỉnh|thành phố)|[Ủủ]y ban nhân dân (?:tỉnh|thành phố))(?!\w)"
)


def find_bloc(t: Text, header_bodies: list[str]) -> str | None:
    """The name of a Party bloc ("Đảng bộ Khối các cơ quan tỉnh", since 2025 also "Đảng bộ các cơ quan
    Đảng tỉnh") when the text names one: the header's body first (in capitals there), then the text's."""
    for body in header_bodies:
        if named := find_bloc_in(_sentence_case_party(normalize(body))):
            return named
    for block in t.blocks:  # blocks: a hard wrap may fall inside "Khối các cơ" / "quan tỉnh"
        # a title in capitals names it too ("… Ở ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH")
        if named := find_bloc_in(_sentence_case_party(block.text)):
            return named
    return None


def find_bloc_in(text: str) -> str | None:
    """The bloc a (normalised) text names first, as "Đảng bộ …", or None."""
    m = _BLOC_RE.search(text)
    return "Đảng bộ " + re.sub("^ủy", "Ủy", m.group(1)) if m else None


def _sentence_case_party(name: str) -> str:
    """A header's capitals in the case of running text: "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" -> "Đảng ủy Khối các
    cơ quan tỉnh" (only where the header is in capitals)."""
    if name != name.upper():
        return name
    words = name.lower().split()
    keep = {"đảng": "Đảng", "khối": "Khối", "trung": "Trung"}
    return " ".join(keep.get(w, w) for w in words)


def opening_issuer(text: str) -> tuple[int, int] | None:
    """The body that speaks in the opening sentence: "Thực hiện …, Ban Thường vụ Huyện ủy ban hành …",
    or in the sentence closing a list of grounds: "Ủy ban nhân dân huyện ban hành Kế hoạch … như sau:"."""
    best = None
    starts = [0] + [m.end() for m in re.finditer(r"[,;]\s+(?=\w)", text)]
    listed: dict[int, int] = {}  # where a body named before a comma ends: where it begins
    for start in starts:
        if not text[start : start + 1].isupper():  # any capital, "Ủy ban …" included
            continue
        span = parse_issuer(text, start)
        if not span:
            continue
        if text[span[1] : span[1] + 1] == ",":
            listed[span[1]] = span[0]
        # "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Quảng Ninh ban hành …": named with its field
        span = _joint_issuer(text, steering_name(text, span, len(text)))
        named = text[span[0] : span[1]]
        if (re.search(r"Ban\s+Chỉ\s+đạo$", named) or re.match(r"Ban\s+Quản\s+lý\s", named)) and (
            field := re.match(r"\s+[^,;.:()]{3,100}?(?=\s+(?:xây dựng|ban hành)\s)", text[span[1] :])
        ):
            # "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện A xây dựng …": a steering committee's
            # name runs to the opening's verb, its field and place (a field with a name in capitals too), and
            # so does a management board's, named by what it manages ("Ban Quản lý Khu di tích lịch sử A")
            span = (span[0], span[1] + field.end())
        tail = text[span[1] : span[1] + 60]
        tail = re.sub(r"^\s*\((?i:(?:sau đây )?gọi (?:tắt )?là)[^()]{0,40}\)", "", tail)
        if re.match(
            r"\s+(?:xây dựng|ban hành|hướng dẫn|triển khai|đề ra|thực hiện|yêu cầu|chỉ đạo|tổ chức|"
            r"thông báo|lập|giao|phối hợp|thống nhất)",
            tail,
        ):
            best = span
    if best and " và " in text[best[0] : best[1]]:
        # a joint plan of three or more bodies ("A, B và C thống nhất ban hành …"): the bodies listed before
        # the two the "và" joins are its issuers too
        while (before := re.search(r",\s+$", text[: best[0]])) and before.start() in listed:
            best = (listed[before.start()], best[1])
    return best


def _joint_issuer(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A joint plan is issued by the bodies the opening joins with "và": "Ban Thường trực Ủy ban MTTQ …
    và Ban Thường vụ Hội Nông dân … (sau đây gọi là hai bên) thống nhất ban hành …"."""
    m = re.match(rf"\s+và\s+(?=[{UPPER}])", text[span[1] :])
    if m is None:
        return span
    other = parse_issuer(text, span[1] + m.end())
    return (span[0], other[1]) if other else span


@dataclass
class Signer:
    name: str | None = None
    position: str | None = None
    on_behalf_of: str | None = None
    lines: tuple[int, int] | None = None


# A cell beside a signature that is not part of it: a recipient of a flattened two-column block, "(đã ký)".
_SIGNED = re.compile(r"^\(?(?i:đã ký|ký|đã ký và đóng dấu)\)?$")  # "(Đã ký)"
_RECIPIENT_CELL = re.compile(
    rf"{_SIGNED.pattern}|^[-–+•]|^(?i:nơi nhận)|"
    r"^[}\]|)]+\s*(?:\((?i:b/c|để b/c|để biết)\))?$|"  # a brace grouping recipients "} (b/c)"
    # a recipient's note standing alone in the column beside the signature, "(để b/c)"
    r"^\((?i:(?:để\s+)?(?:b/c|báo cáo|biết|t/h|thực hiện|phối hợp))\)$"
)
# A military or police rank written before the signer's name ("Đại tá Phan Đình Quang").
_RANK = re.compile(r"^(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|úy|uý|tướng)\s+|^Đại tướng\s+", re.IGNORECASE)
_NAME = re.compile(rf"^[{UPPER}][^\s\d,;:()]*(?:\s+[{UPPER}][^\s\d,;:()]*){{1,5}}$")
# A recipients' line with the signature's cell on the same baseline, flattened with a single space (raw
# pdftotext): "Nơi nhận: T/M BAN THƯỜNG VỤ", "- Văn phòng Trung ương (b/c), PHÓ BÍ THƯ", and the name after
# the last recipient's full stop, "- Lưu Văn phòng. Trần Văn An".
_MERGED_CELL = re.compile(
    rf"^(?P<rec>(?i:nơi nhận)\s*:|[-–+•]\s.*?[,;.)])\s+(?P<cell>[{UPPER}][{UPPER}/.\s]+)$"
)
_MERGED_NAME = re.compile(
    rf"^(?P<rec>[-–+•]\s.*\.)\s+(?P<cell>[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+){{1,3}})$"
)


def _merged_cells(line: str) -> list[str] | None:
    """A recipients' line and the signature's cell flattened onto its end (`_MERGED_CELL`), as two cells."""
    m = _MERGED_CELL.match(line)
    if m and not (re.match(r"(?:T/M|TM\.|K/?T\.?)\s", m["cell"]) or POSITION_RE.match(m["cell"])):
        m = None
    m = m or _MERGED_NAME.match(line)
    return [m["rec"], m["cell"].strip()] if m else None


# An office in capitals under a signer's position, with its body: "CHỦ TỊCH UBND XÃ", "GIÁM ĐỐC SỞ Y TẾ",
# "PHÓ BÍ THƯ THƯỜNG TRỰC HUYỆN ỦY".
_OTHER_OFFICE = re.compile(
    r"^(?P<office>(?:PHÓ\s+)?"
    r"(?:CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|CHỦ NHIỆM|TRƯỞNG BAN|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG)(?:\s+THƯỜNG TRỰC)?)\s+"
    r"(?P<body>UBND|ỦY BAN|HĐND|HỘI ĐỒNG|SỞ|ĐẢNG ỦY|XÃ|PHƯỜNG|HUYỆN|TỈNH|BAN|PHÒNG|MTTQ|CÔNG AN)(?!\w)"
)

# A head signing under his title named with his body, with or without a "TM." line: a local police's
# ("TRƯỞNG CÔNG AN HUYỆN", "PHÓ TRƯỞNG CÔNG AN XÃ"), a council's chair over the State office he holds besides
# ("CHỦ TỊCH HỘI ĐỒNG" / "PHÓ CHỦ TỊCH UBND TỈNH"), an inspectorate's ("CHÁNH THANH TRA"): a position, "Trưởng
# Công an huyện", "Chủ tịch Hội đồng", "Chánh Thanh tra", as the head of a board's is.
_HEAD_WITH_BODY = re.compile(
    r"^(?P<office>(?:PHÓ\s+)?(?:TRƯỞNG(?=\s+CÔNG AN)|CHỦ TỊCH(?=\s+HỘI ĐỒNG$)|CHÁNH(?=\s+THANH TRA$)))\s+"
    r"(?P<body>CÔNG AN\s+(?:HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|XÃ|PHƯỜNG|THỊ TRẤN)|HỘI ĐỒNG|THANH TRA)$"
)


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s).replace("\u00d0", "Đ")


def _signature_columns(t: Text, first: int, end: int, lead: str | None) -> tuple[_Column, bool] | None:
    """A joint plan signed side by side ("TM. BAN THƯỜNG VỤ HỘI …      TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ …"), in
    two columns or more: the column of the body the plan names first (`lead`, "A và B", "A, B và C"), and
    whether the heads sign in person under their offices; None for one signature."""
    if not lead:
        return None
    # the lead body's name begins the issuer's ("Sở Giáo dục và Đào tạo và Công an tỉnh": not cut at a "và")
    first_body = normalize(lead).casefold()
    # the signatures may stand above the recipients ("SỞ TƯ PHÁP      TM. BAN THƯỜNG TRỰC" / "GIÁM ĐỐC …")
    for i in range(max(0, first - 12), end):
        raw = _nfc(t.lines[i])
        cells = list(re.finditer(r"\S+(?: {1,2}\S+)*", raw))  # columns: 3 spaces or a tab apart
        if not 2 <= len(cells) <= 4 or not all(is_upper_line(c.group()) for c in cells):
            continue
        in_person = False
        if any(re.match(r"(?:T/M|TM\.)", c.group()) for c in cells):
            bodies = [re.sub(r"^(?:T/M|TM\.)\s*", "", c.group()) for c in cells]
        elif all(offices := [_OTHER_OFFICE.match(c.group()) for c in cells]):
            # two heads signing in person, each under his office named with his body ("GIÁM ĐỐC SỞ Y TẾ
            # GIÁM ĐỐC CÔNG AN TỈNH"): the body names the column
            bodies = [c.group()[m.start("body") :] for c, m in zip(cells, offices, strict=True) if m]
            in_person = True
        else:
            continue
        named = [normalize(titlecase_body(b)).casefold() for b in bodies]
        hits = [k for k, b in enumerate(named) if b and first_body.startswith(b)]
        if not hits:
            # "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN   GIÁM ĐỐC": the other body signs for itself, the lead body's head
            # in person, under a bare position
            hits = [k for k, b in enumerate(bodies) if b == cells[k].group() and POSITION_RE.match(b)]
        if len(hits) != 1:
            if len(cells) == 2:
                return None
            continue  # three cells or more, none of them the lead's: not yet the signatures' line
        k = hits[0]
        # the column runs from halfway to the cell on its left to halfway to the one on its right
        lo = (cells[k - 1].end() + cells[k].start()) // 2 if k else 0
        hi = (cells[k].end() + cells[k + 1].start()) // 2 if k + 1 < len(cells) else None
        return _Column(lo, hi, k, len(cells)), in_person
    return None


@dataclass
class _Column:
    """One signature column of lines signed side by side: its character offsets, its place among them."""

    lo: int
    hi: int | None
    index: int
    count: int


def read_signer(t: Text, first: int, end: int, lead: str | None = None) -> Signer:
    """T/M line, position and name in lines [first, end) (the columns beside "Nơi nhận" included). A
    joint plan signed side by side is signed by the signer of `lead`, the body it names first."""
    columns = _signature_columns(t, first, end, lead)
    if columns is None:
        return _read_signer(t, first, end)
    sig = _read_signer(_column_text(t, columns[0]), first, end, in_person=columns[1])
    board = _JOINT_BOARD.match(sig.on_behalf_of or "")
    if board:
        # "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH" beside another body's column: its body names the column, the
        # issuer already names it; the signer acts for the board ("Ban Thường vụ")
        sig.on_behalf_of = board.group(1)
    return sig


_JOINT_BOARD = re.compile(r"(Ban Thường vụ|Ban Thường trực|Ban Chấp hành)\s+\S", re.IGNORECASE)


def _column_text(t: Text, column: _Column) -> Text:
    """The text with each line cut to one signature column (`_signature_columns`)."""
    cut = copy.copy(t)

    def side(line: str) -> str:
        if "\t" in line:  # columns split by tabs: the tabs are the cuts, whatever the widths
            if column.count == 2:
                left, _, right = line.partition("\t")
                return right if column.index else left
            parts = re.split(r"\t+", line)
            return parts[column.index] if len(parts) == column.count else line[column.lo : column.hi]
        return line[column.lo : column.hi]

    cut.lines = [side(line) for line in t.lines]
    cut.norm = [" ".join(normalize(line).split()) for line in cut.lines]  # as a Text's: no spaces at the ends
    return cut


def _read_signer(t: Text, first: int, end: int, in_person: bool = False) -> Signer:
    """The signer of lines [first, end); `in_person`: a head signing under his office named with his body
    ("GIÁM ĐỐC CÔNG AN TỈNH", beside another body's head), whose office is his position."""
    sig = Signer()
    cells: list[tuple[int, str]] = []
    # A signature above "Nơi nhận" (a one-column block): go back over its short upper-case and name lines.
    while first > 0 and (
        not t.norm[first - 1]
        or t.page_number(first - 1)  # a page broken inside the signature
        or (
            len(t.norm[first - 1]) < 60
            and (
                is_upper_line(t.norm[first - 1])
                or _NAME.match(_RANK.sub("", t.norm[first - 1]))  # "Đại tá Lê Văn An": a rank before it
                or _SIGNED.match(t.norm[first - 1].strip())  # "(Đã ký)" between position and name
            )
        )
    ):
        first -= 1
    for i in range(first, end):
        raw = _nfc(t.lines[i])  # the signer's name is kept as written (NFC only), not re-spelt
        whole = " ".join(raw.replace("*", "").split())
        if (POSITION_RE.match(whole.upper()) and whole.isupper()) or (
            _NAME.match(whole) and not is_upper_line(whole) and "/" not in whole
        ):
            cells.append((i, whole))  # "PHÓ BÍ   THƯ", "Lâm Minh    Trang": wide spacing inside one cell
            continue
        if t.page_number(i):
            continue  # a page number between the position and the name ("2", "- 2 -", "Trang 4/5")
        if len(re.split(r"\s{3,}|\t", raw.strip())) == 1 and (merged := _merged_cells(whole)):
            cells += [(i, cell) for cell in merged]
            continue
        for col in re.split(r"\s{3,}|\t", raw.strip()):
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
        flat = " ".join(col.split())
        # under a "TM." line with no position of its own, the office the signer holds in another body is the
        # position ("TM. CỤM TRƯỞNG / CHỦ TỊCH UBND HUYỆN A": "Chủ tịch UBND huyện A")
        office = _OTHER_OFFICE.match(flat) if (sig.on_behalf_of or in_person) and flat.isupper() else None
        head = _HEAD_WITH_BODY.match(flat)  # a head named with his body
        if ((POSITION_RE.match(flat.upper()) and flat.isupper()) or office or head) and sig.position is None:
            held = head or (office if office and not POSITION_RE.match(flat.upper()) else None)
            sig.position = (
                position_text(office.group("office"))
                if in_person and office
                else f"{position_text(held.group('office'))} {titlecase_body(flat[held.start('body') :])}"
                if held
                else position_text(flat)
            )
            start_line = start_line if start_line is not None else i
            rest = cells[k + 1 :]
            # "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH": signing for the head (ký thay; also "TL.", "TUQ."); the next
            # cell of the signature's column is the signer's own position. Without a "T/M" line the
            # signer acts for that head ("K/T TRƯỞNG BAN": on behalf of the Trưởng ban).
            head = re.match(r"^(?:K/?T|TL|TUQ)\.?\s*(?P<head>.+)$", flat)
            own = next((n for n, (_, c) in enumerate(rest) if not _RECIPIENT_CELL.match(c)), None)
            if head and own is not None and POSITION_RE.match(" ".join(rest[own][1].split()).upper()):
                sig.position = position_text(" ".join(rest[own][1].split()))
                if sig.on_behalf_of is None:
                    sig.on_behalf_of = position_text(head.group("head"))
                rest = rest[own + 1 :]
            for j, name in rest:
                if (
                    _RECIPIENT_CELL.match(name)
                    or re.search(r"[,;]$", name)
                    or name[:1].islower()
                    or not any(c.isalpha() for c in name)
                ):
                    # the recipients' column of a flattened two-column block (a recipient's wrapped
                    # second line "Bộ Công an," or "và các đoàn thể …" too: a name never ends with a comma
                    # nor begins in lower case), "(đã ký)", a scan's speck of the seal (".", no letter)
                    continue
                name = _RANK.sub("", name)
                if _OTHER_OFFICE.match(name):
                    continue  # "TRƯỞNG BAN" / "CHỦ TỊCH UBND XÃ": the office the signer holds besides
                if _NAME.match(name) and not POSITION_RE.match(name.upper()):
                    sig.name = name.title() if name.isupper() else name
                    sig.lines = (start_line, j)
                break
            break
    return sig


_PLACE_LINE = re.compile(r"^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+(?!(?:ỦY|UỶ)(?!\w))")
_PLACE_UNIT_END = re.compile(r"(?<!\w)(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)$")
_SUB_BODY_LINE = re.compile(r"^(?:BAN|VĂN PHÒNG|(?:ỦY|UỶ) BAN KIỂM TRA|THƯỜNG TRỰC)(?!\w)")
# a name wrapped at its "và": the line under it opens on "VÀ" ("HỘI ĐỒNG GIÁO DỤC QUỐC PHÒNG" / "VÀ AN NINH")
_AND_LINE = re.compile(r"^(?:VÀ|&)\s")
# a name wrapped after a word that needs the next line's words ("BAN CHỈ ĐẠO THỰC HIỆN" / "QUY CHẾ DÂN CHỦ
# Ở CƠ SỞ"): a verb, a preposition or "và" does not end a body's name, nor does a comma between the fields
# it lists ("BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ," / "ĐỔI MỚI SÁNG TẠO …")
_OPEN_NAME_END = re.compile(r"(?<!\w)(?:VÀ|THỰC HIỆN|VỀ|CỦA|Ở|CÁC|CHO|PHÒNG,? CHỐNG)$|,$")
# the Party organisation of a place ("ĐẢNG BỘ TỈNH THÁI NGUYÊN"): its steering committee is the place's
_PLACE_PARTY = re.compile(r"ĐẢNG BỘ (?P<place>(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN) .+)$")


def header_names(header_bodies: list[str]) -> list[str]:
    """The header's bodies, normalised, each with the place line written under it joined to it: a name
    wrapped before its place ("ĐẢNG ỦY BỆNH VIỆN ĐA KHOA" / "TỈNH PHÚ THỌ") is one name, and so is a name
    wrapped at its "và" ("HỘI ĐỒNG GIÁO DỤC QUỐC PHÒNG" / "VÀ AN NINH") or after its verb ("BAN CHỈ ĐẠO
    THỰC HIỆN" / "QUY CHẾ DÂN CHỦ Ở CƠ SỞ")."""
    groups: list[str] = []
    for line in header_bodies:
        line = " ".join(normalize(line).split())
        if groups and (_PLACE_LINE.match(line) or _AND_LINE.match(line) or _OPEN_NAME_END.search(groups[-1])):
            groups[-1] += " " + line
        else:
            groups.append(line)
    return groups


def titled_header_body(header_bodies: list[str]) -> str | None:
    """The issuing body of the header block, in running-text case: its last body, with the place line
    written under it ("ỦY BAN NHÂN DÂN" / "HUYỆN ĐỨC THỌ"), and the body above it when the last line is
    one of that body's boards ("TỈNH ỦY QUẢNG TRỊ" / "BAN TỔ CHỨC": "Ban Tổ chức Tỉnh ủy Quảng Trị").
    A Party organisation line above ("ĐẢNG BỘ TỈNH …") names the Party organisation the body belongs
    to, not its name, and is left out."""
    if not header_bodies:
        return None
    groups = header_names(header_bodies)
    name = groups[-1]
    council = (
        re.match(
            r"(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s+(?P<place>(?P<unit>\S+(?: XÃ| PHỐ| TRẤN)?)\s.+)$",
            groups[-2],
        )
        if len(groups) >= 2
        else None
    )
    if council and (
        name.startswith(("BAN ", "HỘI ĐỒNG "))
        or not (_SUB_BODY_LINE.match(name) or name.startswith("SỞ ") or UNIT_RE.search(name))
    ):
        # a board, council or unit of the People's Committee ("UBND TỈNH HÀ TĨNH" / "BAN QUẢN LÝ KHU KINH TẾ
        # TỈNH", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH"): named with its place, not with the committee ("Ban Quản lý
        # Khu kinh tế tỉnh Hà Tĩnh"); a department is placed by `_complete_issuer`
        place = council.group("place")
        if name.endswith(" " + council.group("unit")):
            place = place[len(council.group("unit")) :].strip()
        name = f"{name} {place}"
    elif len(groups) >= 2 and name.startswith("BAN CHỈ ĐẠO ") and (pm := _PLACE_PARTY.match(groups[-2])):
        # a steering committee under its place's Party organisation ("ĐẢNG BỘ TỈNH A" / "BAN CHỈ ĐẠO X") is
        # the place's, named with it ("Ban Chỉ đạo X tỉnh A"), as under the place's committee ("TỈNH ỦY A")
        name = f"{name} {pm.group('place')}"
    elif (
        len(groups) >= 2
        and _SUB_BODY_LINE.match(name)
        and not groups[-2].startswith("ĐẢNG BỘ")
        and not name.endswith("TRUNG ƯƠNG")  # "BAN TỔ CHỨC TRUNG ƯƠNG" under "BAN CHẤP HÀNH TRUNG ƯƠNG"
        # a department's management board ("SỞ … / BAN QUẢN LÝ RỪNG PHÒNG HỘ A") is named by what it manages,
        # as its other units are ("Trung tâm Y tế huyện A")
        and not (name.startswith("BAN QUẢN LÝ ") and groups[-2].startswith("SỞ "))
    ):
        if _PLACE_UNIT_END.search(name):
            # "SỞ … HÀ NAM" / "VĂN PHÒNG ĐIỀU PHỐI … TỈNH": the unit's own name ends on its place's unit, so
            # the place is named after it (the province the body above closes on), not the body above
            place = [m.group() for m in PROVINCE_RE.finditer(groups[-2])][-1:]
            name = f"{name} {place[0]}" if place and groups[-2].endswith(place[0]) else name
        else:
            name = f"{name} {groups[-2]}"
    return titlecase_body(name)
