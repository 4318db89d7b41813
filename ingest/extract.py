"""From a plan's text to its facts dict (docs/facts.md): the gold layout plus provenance."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from ingest.bodies import (
    CENTRAL_CITIES,
    POSITION_RE,
    PROVINCE_RE,
    level_of,
    province_name,
    system_of,
    titlecase_place,
    without_delegation,
)
from ingest.citations import (
    Mention,
    _rejoined_keys,
    find_mentions,
    first_cell,
    law_name,
    list_item,
    list_lead_in,
    tidy_title,
)
from ingest.errors import InputError
from ingest.former_units import (
    commune_before,
    district_of_commune,
    is_commune_2025,
    province_before,
    province_of_district,
)
from ingest.header import (
    COMMUNE_UNITS,
    DISTRICT_UNITS,
    find_bloc,
    find_bloc_in,
    find_district,
    find_province,
    header_names,
    header_places,
    opening_issuer,
    place_chain,
    read_identity,
    read_signer,
    titled_header_body,
)
from ingest.normalize import LOWER, UPPER, normalize
from ingest.read import SourceText, read_plan, source_from_text
from ingest.recipients import read_recipients
from ingest.structure import ANNEX_HEAD, Layout, annex_parts, layout
from ingest.tasks import deadline, partners, read_tasks, reports_to
from ingest.text import NOTE_MARK, Text, footnote_mark, is_upper_line

# The day the district level was abolished and the communes rearranged (`ontology.units.CHANGE_DATE`,
# which this layer cannot import): a commune of a plan dated from then on has no district.
REFORM_DAY = "2025-07-01"
# Huế, a city of Thừa Thiên Huế, became a centrally-run city (the province, renamed) on 1 January 2025.
HUE_CITY_DAY = "2025-01-01"
# The centrally-run cities, Huế among them: a name that is a province only in a plan dated from that day.
_CENTRAL = CENTRAL_CITIES | {"Huế"}
# A sector's body ("Công đoàn ngành Y tế"): one of the body above it, over that sector's units.
_SECTOR = re.compile(r"(?<!\w)(?i:ngành)\s+\w")
# The city of Huế named as a body's place in the opening ("Kế hoạch số … của UBND thành phố Huế").
_HUE_CITY = re.compile(r"(?<!\w)(?:thành phố|Thành phố|THÀNH PHỐ|TP\.?)\s*Huế(?!\w)")


_UNITS_2025 = Path(__file__).resolve().parents[1] / "ontology" / "data" / "units-2025.tsv"


@lru_cache(maxsize=1)
def _communes_2025() -> dict[tuple[str, str], set[str]]:
    """{(unit, name) casefolded: {its province}} of the commune-level units in force from 1 July 2025."""
    with _UNITS_2025.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    province_of = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows:
        if r["level"] == "commune" and r["parent"] in province_of:
            name = province_of[r["parent"]]
            found[(r["type"].casefold(), normalize(r["name"]).casefold())].add(province_name(name) or name)
    return dict(found)


def _province_of_commune_2025(unit: str, name: str) -> str | None:
    """The province of the only commune-level unit of 2025 of that kind and name ("phường", "Tân Định" -> Hồ
    Chí Minh), or None when there is none or more than one."""
    found = _communes_2025().get((unit.casefold(), normalize(name).casefold()), set())
    return next(iter(found)) if len(found) == 1 else None


class Context:
    """What the plan says about itself, used to resolve the jurisdiction of what it cites."""

    def __init__(
        self,
        province: str | None,
        district: str | None,
        bloc: str | None,
        commune: str | None = None,
        district_unit: str | None = None,
        commune_unit: str | None = None,
        date: str | None = None,
    ) -> None:
        self.province = province
        self.district = district
        self.bloc = bloc
        self.commune = commune
        self.district_unit = district_unit
        self.commune_unit = commune_unit  # "xã", "phường", "thị trấn"
        self.date = date  # the plan's date, ISO
        # the bloc is a corporation's Party organisation under a central bloc ("Đảng bộ Tổng công ty …")
        self.enterprise = False
        # the bloc above the plan's own Party organisation, when that is an agency's ("Đảng bộ Sở Y tế")
        self.parent_bloc: str | None = None
        # the plan's own numbering series (the symbol's part after "/" up to its first "-": "TĐTN" of
        # "HD/TĐTN-BTG") and its jurisdiction: another key of that series is the same body's
        self.own_series: str | None = None
        self.own_j = "unknown"
        # the plan's whole symbol ("CTrPH-MTTQ-BTT"): a key of it naming no issuer is the same body's
        self.own_symbol: str | None = None
        # the plan's own body when it is of no bloc, a university under a ministry ("Trường Đại học Vinh")
        self.own_body: str | None = None
        # the districts the plan places in a province ("huyện Lệ Thủy, tỉnh Quảng Bình (cũ)"): a district of
        # before the 2025 reform stays in the province it belonged to
        self.district_provinces: dict[str, str] = {}

    def city_level(self) -> str:
        """The level of an unnamed "Thành ủy" / "thành phố": a centrally-run city is a province."""
        if self.district_unit != "thành phố" and self.province in _CENTRAL:
            return "province"
        return "district"

    def commune_j(self) -> str:
        """A commune of 2023 is named with its district (`commune:Hậu Lộc, Hậu Lộc, Thanh Hóa`), a ward as
        `ward:`; one of a plan dated from 1 July 2025, when the district level was gone, with its province
        only (`commune:Hậu Lộc, Thanh Hóa`, `ward:Ninh Kiều, Cần Thơ`), even where its text names the
        district of before (a commune of 2025 bearing an abolished district's name)."""
        return self.named_commune_j(self.commune_unit, self.commune)

    def named_commune_j(self, unit: str | None, name: str | None) -> str:
        """A commune (ward) of the plan's district, or of its province from 1 July 2025 (see commune_j); a
        commune another than the plan's, named in a plan after the reform, that only the units of 2023 have
        ("Ủy ban nhân dân thị trấn Vương (trước sắp xếp)"), is that unit of 2023, with its district."""
        kind = "ward" if unit == "phường" else "commune"
        if name and self.province and self.date and self.date >= REFORM_DAY:
            gone = name != self.commune and not is_commune_2025(name, self.province)
            before = commune_before(name, self.province) if gone else None
            return f"{kind}:{name}, {before[0]}, {before[1]}" if before else f"{kind}:{name}, {self.province}"
        if name and self.district and self.province:
            return f"{kind}:{name}, {self.district}, {self.province}"
        return "unknown"

    def province_j(self) -> str:
        return f"province:{self.province}" if self.province else "unknown"

    def district_j(self) -> str:
        return self.named_district_j(self.district) if self.province else "unknown"

    def named_district_j(self, name: str | None) -> str:
        """A district (or a provincial city) in the province the plan places it in, else the plan's."""
        province = self.placed(name) if name else None
        return f"district:{name}, {province}" if province else "unknown"

    def placed(self, district: str) -> str | None:
        """The province a district belongs to: the one the plan places it in, else the plan's; in a plan of
        a province merged in 2025, written after the reform, the one of the merged provinces it was in
        ("thành phố Mỹ Tho" in a plan of the new Đồng Tháp: Tiền Giang's)."""
        placed = self.district_provinces.get(district.casefold())
        if placed is None and self.province and self.date and self.date >= REFORM_DAY:
            placed = province_before(district, self.province)
        return placed or self.province

    def bloc_j(self) -> str:
        if self.bloc and (self.enterprise or self.bloc.endswith("Trung ương")):
            # a corporation's Party organisation belongs to no province, nor does a central bloc ("Đảng bộ
            # Khối các cơ quan Trung ương") in its own plan: its numbering is its own, of no province
            return f"bloc:{self.bloc}"
        if self.bloc and self.province:
            return f"bloc:{self.bloc}, {self.province}"
        return "unknown"


def jurisdiction(symbol: str | None, issuer: str | None, ctx: Context) -> str:
    """Whose numbering a key belongs to: /TW national, /TU the province, /HU the district, /ĐUK the bloc
    (/ĐU a bloc's or, in a commune's plan, the commune's Đảng ủy).
    A provincial body is the plan's own province's unless the issuer names another province ("Ban
    Thường vụ Tỉnh ủy Đắk Nông" cited by a plan of Lâm Đồng after the 2025 mergers, or a neighbour's plan)."""
    found = _jurisdiction(symbol, issuer, ctx)
    own = re.search(r"(?:Đảng bộ|Đảng ủy)\s+(?P<body>.+)$", normalize(issuer or ""))
    if found == "unknown" and own and ctx.own_body and ctx.province and re.search(r"/ĐU(?!K)", symbol or ""):
        # "…/ĐU của Ban Chấp hành Đảng bộ Trường Đại học A" in the plan of Trường Đại học A, a body of no
        # bloc: its own Party organisation's numbering, a bloc of its own in its province (NOTES: 3103)
        if own.group("body").casefold() == normalize(ctx.own_body).casefold():
            return f"bloc:Đảng bộ {ctx.own_body}, {ctx.province}"
    if found.startswith("bloc:") and issuer:
        # "…/ĐUK của Ban Thường vụ Đảng ủy Khối …" in the plan of the committee that took over from that
        # bloc in 2025: the bloc the issuer names
        named = find_bloc_in(normalize(issuer))
        province = _named_province(issuer) or ctx.province
        if named and (named != ctx.bloc or province != ctx.province) and province:
            # or the same kind of committee of another province ("Đảng ủy Ủy ban nhân dân tỉnh Long An")
            return f"bloc:{named}, {province}"
    group = _ENTERPRISE.search(normalize(issuer or "")) if ctx.enterprise and found == ctx.bloc_j() else None
    if group and not re.fullmatch(r"(?i:tổng công ty|tập đoàn|ngân hàng|bộ)", group.group("org")):
        # in a corporation's plan, the Party organisation of another group it names ("Ban Chấp hành Đảng bộ
        # Tập đoàn A", the one it belongs to): that organisation's own numbering
        return f"bloc:Đảng bộ {group.group('org')}"
    if found == ctx.province_j() and issuer:
        named = _named_province(issuer)
        if named and named != ctx.province:
            return f"province:{named}"
    return found


def _named_province(issuer: str) -> str | None:
    """The province an issuer's name ends with: "… Tỉnh ủy Bình Thuận", "UBND tỉnh Hà Tĩnh"."""
    m = re.search(
        rf"(?:Tỉnh ủy|tỉnh|Thành ủy|thành phố)\s+(?P<name>[{UPPER}][\w\s-]*)$", normalize(issuer).strip()
    )
    return province_name(m.group("name")) if m else None


# "… và Ban Thường vụ Thành đoàn": the second of a document's joint issuers (casefolded)
_JOINT_NEXT = re.compile(
    r"\s+và\s+(?=(?:ban|ủy ban|ubnd|hđnd|thường trực|hội|đoàn|tỉnh đoàn|thành đoàn|sở|liên đoàn|công đoàn|"
    r"đảng ủy|đảng đoàn|bộ)\s)"
)


def _jurisdiction(symbol: str | None, issuer: str | None, ctx: Context) -> str:
    # a joint document is placed by its first issuer: "Ban Thường trực Ủy ban MTTQ thành phố và Ban …"
    iss = _JOINT_NEXT.split(normalize(issuer or "").casefold(), maxsplit=1)[0]
    if not iss and symbol and ctx.own_symbol == symbol and ctx.own_j != "unknown":
        # a key of the plan's own symbol naming no issuer ("Chương trình phối hợp số 06/CTrPH-MTTQ-BTT" in
        # the programme "15/CTrPH-MTTQ-BTT"): the same body's earlier one, even of a series every committee
        # uses
        return ctx.own_j
    found = _symbol_jurisdiction(symbol, iss, ctx) if symbol else "unknown"
    if found != "unknown":
        return found
    # A symbol the plan's context cannot place ("/ĐU" of a provincial military Party committee, in a plan
    # of no bloc and no commune): the issuer's name tells.
    return _issuer_jurisdiction(iss, ctx) or "unknown"


# A district named after its unit in an issuer: "Ban Thường vụ Huyện đoàn Bố Trạch", "Hội LHPN huyện Cẩm Khê".
_NAMED_DISTRICT = re.compile(
    r"(?P<unit>huyện|quận|thị xã)(?:\s+(?:ủy|uỷ|đoàn))?\s+(?P<name>[^\W\d_][\w\s-]*|\d+)$"
)


# A symbol's part of a body numbered where it sits: a People's Committee, a Council, a Front committee or
# its standing board ("BTT"; not the start of a ministry's "BTTTT", Bộ Thông tin và Truyền thông).
_LOCAL_SERIES = re.compile(r"UBND|HĐND|MTTQ|BTT(?![A-ZĐ])")


# An issuer ending in a commune-level unit's word alone, the plan's own commune ("UBND xã", "Ủy ban nhân dân
# đặc khu": a special zone is of the communes' level since 2025), casefolded.
_OWN_COMMUNE_END = re.compile(r"(?<!thị )(?<!\w)(?:xã|phường|thị trấn|đặc khu)$")


# A commune named after its unit in an issuer: "Ban Thường vụ Đảng ủy xã Phúc Trạch" (casefolded).
_NAMED_COMMUNE = re.compile(r"(?<!thị )(?<!\w)(?P<unit>xã|phường|thị trấn)\s+(?P<name>[^\W\d_][\w\s-]*|\d+)$")


def _named_commune(iss: str) -> re.Match[str] | None:
    """A commune or ward named at the end of an issuer (casefolded), not the "xã hội" (society) of a name
    ("Sở Lao động - Thương binh và Xã hội")."""
    m = _NAMED_COMMUNE.search(iss)
    return m if m and not (m.group("unit") == "xã" and m.group("name").startswith("hội")) else None


_PLACE_NAME = rf"[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,3}}"
_DISTRICT_IN_PROVINCE = re.compile(rf"(?<!\w)huyện\s+(?P<d>{_PLACE_NAME}),\s+tỉnh\s+(?P<p>{_PLACE_NAME})")


def _districts_placed(t: Text) -> dict[str, str]:
    """The districts the plan's text places in a province: "huyện X, tỉnh Y" (casefolded district)."""
    found: dict[str, str] = {}
    for b in t.blocks:
        for m in _DISTRICT_IN_PROVINCE.finditer(b.text):
            found.setdefault(m.group("d").casefold(), province_name(m.group("p")) or m.group("p"))
    return found


# A company's board ("Hội đồng quản trị Công ty", "Hội đồng thành viên Tổng công ty"), not its Party
# committee: an enterprise numbers its own business documents, in no register of the Party's or the State's
# (NOTES: 6603).
_COMPANY_BOARD = re.compile(
    r"hội đồng (?:quản trị|thành viên)(?:\s+(?:công ty|tổng công ty|tập đoàn)(?!\w)|$)"
)


def _issuer_jurisdiction(iss: str, ctx: Context) -> str | None:
    """The jurisdiction an issuer's name gives by its level word (casefolded name), None when it has none:
    a body of the centre, a commune's, a district's (the one it names, else the plan's), a bloc's or a
    province's (a department, "Sở", is the province's)."""
    iss = without_delegation(iss)
    if re.search(r"(?<!\w)quân khu(?!\w)", iss):
        # a Military Region's body ("Cục Chính trị Quân khu"): its register is neither national nor one
        # province's (NOTES: 3201, 4202)
        return "unknown"
    if re.search(r"bộ chính trị|ban bí thư|trung ương|chính phủ|thủ tướng|quốc hội|bộ trưởng", iss):
        return "national"
    if _COMPANY_BOARD.search(iss) or re.match(r"(?:tổng công ty|tập đoàn)(?!\w)", iss):
        # a company's board or the group or corporation itself ("Quyết định … của Tập đoàn Điện lực Việt
        # Nam"): its business documents are in no register of the Party or the State
        return "unknown"
    if level_of(iss) == "central":
        return "national"  # a ministry named with no place ("Bộ Y tế"), of a document with no number
    if iss.endswith("việt nam") and not re.search(
        r"tỉnh|huyện|quận|thị xã|thành phố|xã(?! hội)|phường|mặt trận|mttq", iss
    ):
        # a national organisation named by the country alone ("Đảng đoàn Hội Nông dân Việt Nam")
        return "national"
    if ctx.commune and _OWN_COMMUNE_END.search(iss):
        return ctx.commune_j()
    named = _named_commune(iss)
    if named and not ctx.commune and not re.search(r"huyện|quận|thị xã|tỉnh", iss[: named.start()]):
        # "Đảng ủy xã Phúc Trạch" in a district's plan: a commune of that district
        return ctx.named_commune_j(named.group("unit"), titlecase_place(named.group("name")))
    if re.search(r"(?<!\w)tỉnh đoàn$", iss) or (
        re.search(r"(?<!\w)thành đoàn$", iss) and ctx.city_level() == "province"
    ):
        return ctx.province_j()  # the province's Youth Union, the centrally-run city's ("Thành Đoàn")
    city_union = re.search(r"(?<!\w)thành đoàn\s+(?P<name>[^\W\d_][\w\s-]*)$", iss)
    if city_union and (central := _central_city(city_union.group("name"), ctx)):
        return (
            f"province:{central}"  # a centrally-run city's Youth Union named after it ("Thành đoàn Hà Nội")
        )
    if re.search(r"(?<!\w)thành phố$", iss):
        # "Công an Thành phố", "Ban Chỉ đạo thành phố": the plan's city, a province when centrally run
        return ctx.province_j() if ctx.city_level() == "province" else ctx.district_j()
    city = re.search(r"(?<!\w)thành phố\s+(?P<name>[^\W\d_][\w\s-]*)$", iss)
    if city and ctx.province and not re.search(r"huyện|quận|thị xã", iss):
        # "Hội LHPN thành phố Nam Định" in the province's plan: a provincial city, unless centrally run
        name = _central_city(city.group("name"), ctx)
        if name:
            return f"province:{name}"
        return ctx.named_district_j(titlecase_place(city.group("name")))
    if re.search(r"huyện|quận|thị xã", iss):
        named = _NAMED_DISTRICT.search(iss)
        if named and ctx.province and not ctx.district:
            name = titlecase_place(named.group("name"))
            if name.isdigit():  # "Quận 3": a numbered district is named with its unit
                name = f"{titlecase_place(named.group('unit'))} {name}"
            return ctx.named_district_j(name)
        return ctx.district_j()
    if re.search(r"khối", iss) or (ctx.enterprise and re.search(r"tổng công ty|tập đoàn|ngân hàng", iss)):
        return ctx.bloc_j()
    if re.fullmatch(r"chi bộ", iss):
        # the chi bộ named by no unit: the plan's own, or the one it sits in, a grassroots body placed as a
        # grassroots plan is (in its commune)
        return ctx.commune_j()
    if re.search(r"tỉnh|(?<!\w)sở\s|^chi cục\s", iss):
        return ctx.province_j()  # a department and its sub-department ("Chi cục Kiểm lâm") are the province's
    if ctx.district and iss.startswith("phòng "):
        # an office ("Phòng Giáo dục và Đào tạo") named with no place, in a plan of a district or below: an
        # office of the district's People's Committee, the plan's district's
        return ctx.district_j()
    press = re.search(r"(?<!\w)(?:báo|đài phát thanh(?: và truyền hình)?)\s+(?P<name>[^\W\d_][\w\s-]*)$", iss)
    named = province_name(press.group("name")) if press else None
    if named:
        # the province's newspaper or broadcaster, named after it ("Ban Biên tập Báo Hòa Bình"); not a school
        # named after its city, which answers to a ministry ("Trường Đại học Cần Thơ")
        return f"province:{named}"
    if iss.startswith("ban tổ chức ") and not re.search(r"ủy|toàn quốc", iss):
        # an event's organising committee named with no place ("Ban Tổ chức Lễ hội …"), not a Party
        # committee's department: set up where the plan sits, of its jurisdiction
        return None if ctx.own_j == "unknown" else ctx.own_j
    return None


def _central_city(name: str, ctx: Context) -> str | None:
    """The centrally-run city "thành phố X" names: one of the five, or the plan's own province when it is one
    ("thành phố Huế" in a plan of 2025, whose province is Huế), else None (a provincial city)."""
    named = province_name(name)
    if named in CENTRAL_CITIES:
        return named
    place = titlecase_place(name)
    return place if place == ctx.province and place in _CENTRAL else None


def _symbol_jurisdiction(symbol: str, iss: str, ctx: Context) -> str:
    """The jurisdiction a key's symbol gives, "unknown" when it gives none."""
    if "/" in symbol:
        owner = symbol.rsplit("/", 1)[1]
        if owner.endswith("TW"):
            return "national"
        if owner.endswith(("HU", "QU", "ThU", "TXU")):
            # the plan's district, or the one the issuer names ("Huyện ủy Phú Tân" in Chợ Mới's plan)
            named = re.search(r"(?:huyện|quận|thị|thành) ủy\s+(?P<name>[^\W\d_][\w\s-]*)$", iss)
            return ctx.named_district_j(titlecase_place(named.group("name"))) if named else ctx.district_j()
        if "ĐUK" in owner and ctx.enterprise:
            return "national"  # a corporation's plan citing the central bloc above it
        if "ĐUK" in owner and ctx.parent_bloc and ctx.province:
            return f"bloc:{ctx.parent_bloc}, {ctx.province}"  # an agency's plan citing its bloc
        named = _named_commune(iss) if owner.startswith("ĐU") and "ĐUK" not in owner else None
        if named and not ctx.commune:
            return _issuer_jurisdiction(iss, ctx) or "unknown"  # "Đảng ủy phường Phú Lâm": that ward's
        if (
            named
            and ctx.commune
            and titlecase_place(named.group("name")).casefold() != ctx.commune.casefold()
        ):
            # another commune's, in a commune's plan: one merged into it in 2025 ("Đảng ủy xã Tú Mịch")
            return ctx.named_commune_j(named.group("unit"), titlecase_place(named.group("name")))
        if "ĐUK" in owner or (owner.startswith("ĐU") and (ctx.bloc or not ctx.commune)):
            return ctx.bloc_j()
        if owner.startswith("ĐU"):  # "/ĐU" in a commune's plan: the commune's Đảng ủy
            return ctx.commune_j()
        if owner.endswith("TU"):
            return _city_j(iss, ctx)
        if ctx.own_series and owner.split("-", 1)[0] == ctx.own_series:
            return ctx.own_j  # "176-HD/TĐTN-BTG" in the plan "214-HD/TĐTN-BTG": the same body's series
    else:
        owner = symbol.split("-", 1)[1] if "-" in symbol else symbol
        if re.search(r"TW(?![a-z])", owner) or re.search(r"trung ương", iss):
            return "national"
        local = _LOCAL_SERIES.search(owner)
        if local or re.match(r"(?:sở|ủy ban nhân dân|hội đồng nhân dân|ubnd|hđnd)(?!\w)", iss):
            # a People's Committee, Council or Front committee, or a provincial department (Sở):
            # numbered where it sits
            if ctx.commune and _OWN_COMMUNE_END.search(iss):
                return ctx.commune_j()  # the plan's own commune ("UBND xã", no name after it)
            named = _named_commune(iss)
            if named and not re.search(r"huyện|quận|thị xã|tỉnh", iss):  # "UBND thị trấn Vương"
                return ctx.named_commune_j(named.group("unit"), titlecase_place(named.group("name")))
            if re.search(r"huyện|quận|thị xã", iss):
                return _issuer_jurisdiction(iss, ctx) or ctx.district_j()
            if re.search(r"thành phố$", iss) and ctx.district and ctx.city_level() == "district":
                return ctx.district_j()  # "UBND thành phố" in the plan of a provincial city: that city's
            city = re.search(r"thành phố\s+(?P<name>[^\W\d_][\w\s-]*)$", iss)
            if city and not _central_city(city.group("name"), ctx):
                # "UBND thành phố Bến Tre" (of tỉnh Bến Tre): a provincial city, a district's level
                return ctx.named_district_j(titlecase_place(city.group("name")))
            return ctx.province_j()
        # A body of a province or a district numbering in its own series ("…/KH-HPN" of a district's Women's
        # Union, "…/QĐ-SYT" of a Sở, "…/CAT-PC06" of a provincial police): where its name places it.
        # So is a symbol listing the plan's own series among its parts: the body's letter to a programme
        # ("212/VPĐP-OCOP" in the plan "86/KH-VPĐP"), or a joint rule it signed with others
        # ("05/QCPH-CTHADS-CAT-TAND-VKSND" in the plan "368/KH-CTHADS").
        own = ctx.own_series is not None and (owner == ctx.own_series or ctx.own_series in symbol.split("-"))
        if _issuer_jurisdiction(iss, ctx) is None and own:
            return (
                ctx.own_j
            )  # "45/QĐ-TCT" of a body named by no place, in the plan "86/KH-TCT": the same body's
        return _issuer_jurisdiction(iss, ctx) or "national"
    return "unknown"


def _city_j(iss: str, ctx: Context) -> str:
    """A "/TU" key: the Tỉnh ủy's, or the Thành ủy / Thị ủy's that shares the code (a city is a district
    unless it is centrally run)."""
    if re.search(r"thị ủy|đảng bộ thị xã", iss):
        # a town's: the one it names ("Thị ủy Phú Mỹ" in the province's plan), else the plan's
        town = re.search(r"(?:thị ủy|đảng bộ thị xã)\s+(?P<name>[^\W\d_][\w\s-]*)$", iss)
        return ctx.named_district_j(titlecase_place(town.group("name"))) if town else ctx.district_j()
    m = re.search(r"(?:thành ủy|đảng bộ thành phố)(?:\s+(?P<name>[^\W\d_][\w\s-]*))?", iss)
    if m:
        name = province_name(m.group("name") or "")
        if name:
            return f"province:{name}" if name in CENTRAL_CITIES else ctx.district_j()
        if m.group("name"):  # a provincial city named ("Thành ủy Việt Trì"): a district of the province
            return ctx.named_district_j(titlecase_place(m.group("name")))
        return ctx.province_j() if ctx.city_level() == "province" else ctx.district_j()
    return ctx.province_j()


def _tokens(s: str) -> set[str]:
    return set(re.findall(r"\w+", normalize(s).casefold()))


def _similar(a: str, b: str, threshold: float = 0.6) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta and tb) and len(ta & tb) / len(ta | tb) >= threshold


class _Doc:
    def __init__(self, m: Mention) -> None:
        self.mentions: list[Mention] = [m]


def _mention_values(t: Text, m: Mention) -> dict:
    b = t.blocks[m.block]
    issuer = m.extras.get("issuer_text") or m.issuer_text
    if issuer is None and m.issuer:
        # a table's cells run together in the block: the issuer ends at its cell's tab
        issuer = first_cell(t.source(b, *m.issuer)["text"], t.original(b, *m.issuer))
    title = None
    span = m.extras.get("title_span") or (m.title if m.title and m.title[1] > m.title[0] else None)
    if m.title_text and not m.extras.get("title_span"):
        title = m.title_text
    elif span:
        # a table's cells run together in the block: the title ends at its cell's tab, as the issuer does
        whole = t.original(b, *span)
        title = first_cell(t.source(b, *span)["text"], whole)
        if title != whole and m.kind == "law" and m.type and "law_year" in m.extras:
            # and so does the law's name that finds it among the numbered laws ("Luật X<TAB>Cục Y …")
            m.extras["law_year"] = (law_name(title[len(m.type) :]), m.extras["law_year"][1])
    if title:
        title = tidy_title(title)
    issuer = issuer.strip(" ,;") if issuer else None
    return {"issuer": issuer, "title": title or None, "where": _unit_named_before(b.text, m.start, issuer)}


# An issuer ending in its unit's word alone ("… của Ban Thường vụ Đảng ủy phường", "… Hội LHPN thành phố")
_UNNAMED_UNIT = re.compile(r"(?<!\w)(?P<unit>xã|phường|thị trấn|thành phố|thị xã|huyện|quận)$")


def _unit_named_before(text: str, start: int, issuer: str | None) -> str | None:
    """The issuer with its unit's name, when the issuer names its unit by the word alone and the sentence
    named it just before ("do Đảng ủy phường Phú Lâm triển khai theo Kế hoạch số 25-KH/ĐU … của Ban Thường
    vụ Đảng ủy phường"): for placing the document only, the issuer stays as written."""
    unit = _UNNAMED_UNIT.search(normalize(issuer or ""))
    if unit is None:
        return None
    sentence = text[max(0, text.rfind(". ", 0, start) + 1, start - 250) : start]
    named = list(
        re.finditer(
            rf"(?<!\w){unit.group('unit')}\s+(?P<name>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,3}})", sentence
        )
    )
    return f"{issuer} {named[-1].group('name')}" if named else None


def _key_of(m: Mention) -> str:
    return re.sub(r"\s+", "", normalize(m.key or "")).casefold()


def _resolve_shares(ms: list[Mention], values: list[dict], dated: set[str]) -> None:
    """ "A và B về X": A takes B's title and day; "A, B của X": A takes B's issuer (right to left, so chains
    work). A given earlier with its own day (`dated`: the keys of the blocks before) takes no shared day:
    the list names that document again."""
    for i in range(len(ms) - 1, -1, -1):
        m = ms[i]
        nxt = next((j for j in range(i + 1, len(ms)) if ms[j].kind == "numbered"), None)
        if nxt is None:
            continue
        key = _key_of(m)
        given = bool(key) and (key in dated or any(x.date and _key_of(x) == key for x in ms[:i]))
        if m.share_title_next and m.date is None and m.issuer is None and not given:
            m.date = ms[nxt].date  # "Quyết định số A và Quyết định số B, ngày … của …": one day for both
        inside = m.nested_in is not None and m.extras.get("short_before_full")
        if m.share_title_next and values[i]["title"] is None and not inside:
            values[i]["title"] = values[nxt]["title"]
            if values[i]["issuer"] is None:
                values[i]["issuer"] = values[nxt]["issuer"]
        if m.share_issuer_next and values[i]["issuer"] is None:
            values[i]["issuer"] = values[nxt]["issuer"]
            # "A, B của X T1; về T2": the titles pair in order.
            t2 = values[nxt]["title"]
            if values[i]["title"] is None:
                values[i]["title"] = t2


_TERM_ASIDE = re.compile(r"\s*\((?:khóa|khoá|nhiệm kỳ)\s[^()]*\)?\s*$", re.IGNORECASE)


def _footnote_issuers(t: Text, block_index: int) -> str | None:
    """The body named right before the anchor of a footnote ("các quy định của Ban Bí thư²")."""
    mark = footnote_mark(t.blocks[block_index].text)
    for other in t.blocks:
        for pos, a in other.anchors:
            if a == mark:
                m = re.search(
                    r"của\s+((?:Ban|Bộ|Ủy ban|Tỉnh ủy|Huyện ủy|Đảng ủy|Thường trực|Văn phòng)[^,;.()]*)$",
                    other.text[:pos],
                )
                if m:
                    return m.group(1).strip()
    return None


# "trên cơ sở kết quả hai năm triển khai Kế hoạch số …", "trên cơ sở Kết luận số …": the opening names an
# earlier document it builds on, not one it carries out (only "Thực hiện …" and "Căn cứ …" are: NOTES.md).
# A reference the opening looks back on ("Trên cơ sở Báo cáo số …"), that proposed the plan ("Theo đề nghị
# của Sở … tại Tờ trình số …") or that the plan follows up ("tiếp theo Hướng dẫn số …": the body's own earlier
# one): cited, not carried out. "trên cơ sở giới" is no looking back: it is "gender-based" ("bạo lực trên
# cơ sở giới", a term of the title of the document before).
_LOOKED_BACK = re.compile(r"(?i:trên cơ sở(?!\s+giới(?!\w))|theo đề nghị|xét đề nghị|tiếp theo)\s[^;:.]*$")


# A document named in general before a footnote's anchor: "Chương trình công tác dân vận của Ban Thường vụ
# Đảng ủy xã", "hướng dẫn của Ban Tuyên giáo và Dân vận Tỉnh ủy" (no number: the footnote gives it).
_NAMED_IN_GENERAL = re.compile(
    r"(?i:chương trình|kế hoạch|hướng dẫn|nghị quyết|chỉ thị|kết luận|quyết định|công văn|quy định|đề án)"
    r"[^;,\d]{0,80}?\s(?i:của)\s[^;,\d]{3,80}$"
)


def _carried_out_marks(
    t: Text, lay: Layout, limit: int | None, issuer_block: int | None
) -> list[tuple[int, int, str]]:
    """The footnotes whose anchors stand after a document the opening carries out, named in general:
    (block, offset of the anchor, footnote number)."""
    marks: list[tuple[int, int, str]] = []
    for k in lay.opening_blocks + ([lay.opening_close] if lay.opening_close is not None else []):
        b = t.blocks[k]
        for pos, mark in b.anchors:
            if k == issuer_block and limit is not None and pos > limit:
                continue  # an anchor on the body that plans, or after it
            if _NAMED_IN_GENERAL.search(b.text, max(0, pos - 160), pos):
                marks.append((k, pos, mark))
    return marks


def _cited(
    t: Text,
    lay: Layout,
    ctx: Context,
    own_key: str | None,
    first_block: int,
    opening_limit: int | None,
    issuer_block: int | None,
) -> tuple[list[dict], list[tuple[str, dict]]]:
    """The documents the plan cites, and those its opening says it carries out (the mentions of the
    opening's blocks, up to the issuer it names: `opening_limit` in block `issuer_block`)."""
    all_mentions: list[tuple[Mention, dict]] = []
    implements: list[tuple[str, dict]] = []
    listed: tuple[str, str] | None = None  # the kind and issuer of a list whose items are the next blocks
    dated: set[str] = set()  # the keys given so far with their own day
    for k in range(first_block, len(t.blocks)):
        b = t.blocks[k]
        limit = opening_limit if k == issuer_block else None
        ms = find_mentions(b.text, k, limit)
        if listed and not list_item(b.text, ms, *listed):
            listed = None
        if lead_in := list_lead_in(b.text):
            listed = (lead_in[0], t.original(b, *lead_in[1]))
        values = [_mention_values(t, m) for m in ms]
        own_days = {_key_of(m) for m in ms if m.key and m.date}
        _resolve_shares(ms, values, dated)
        dated |= own_days
        footnote = NOTE_MARK.match(b.text)
        fn_issuer = _footnote_issuers(t, k) if footnote else None
        own_blocks = set(lay.title_blocks) | {lay.heading}
        if k in own_blocks:  # the plan naming itself does not hold the references of its title
            own = {i for i, m in enumerate(ms) if m.kind == "named"}
            for m in ms:
                m.nested_in = None if m.nested_in in own else m.nested_in
        for m, v in zip(ms, values, strict=True):
            if m.kind == "named" and k in own_blocks:
                continue  # the plan naming itself ("Những nội dung chính Kế hoạch của …")
            v["rank"] = (
                bool(m.date) + bool(v["issuer"]) + bool(v["title"]),
                k not in own_blocks,
                m.nested_in is None,
            )
            if m.kind == "numbered" and own_key and m.key and m.key.casefold() == own_key.casefold():
                continue
            if fn_issuer and v["issuer"] is None and m.kind == "numbered":
                v["issuer"] = fn_issuer
            all_mentions.append((m, v))
            in_opening = k in lay.opening_blocks and (limit is None or m.start < limit)
            in_title = lay.opening is None and (k in lay.title_blocks or k == lay.heading)
            if (
                (in_opening or in_title)
                and m.nested_in is None
                and not m.extras.get("alias")
                and not _LOOKED_BACK.search(b.text, max(0, m.start - 120), m.start)
            ):
                label = m.key or v["title"] or ""
                src = t.source(b, m.start, m.end)
                if label and all(
                    normalize(x).casefold() != normalize(label).casefold() for x, _ in implements
                ):
                    implements.append((label, src))
    for k, pos, mark in _carried_out_marks(t, lay, opening_limit, issuer_block):
        # "Thực hiện Kế hoạch … của Ban Thường vụ Đảng ủy xã¹": the footnote names what is carried out, and
        # the words before the anchor are that document, not one of their own
        general = [(m, v) for m, v in all_mentions if m.block == k and m.kind != "numbered" and m.end == pos]
        for m, v in general:
            all_mentions.remove((m, v))
            implements[:] = [(x, src) for x, src in implements if x != (v["title"] or "")]
        for m, _ in all_mentions:
            label = m.key or ""
            if m.kind == "numbered" and footnote_mark(t.blocks[m.block].text) == mark and m.nested_in is None:
                if label and all(normalize(x).casefold() != label.casefold() for x, _ in implements):
                    implements.append((label, t.source(t.blocks[m.block], m.start, m.end)))
    # Merge the mentions into documents.
    docs: list[list[tuple[Mention, dict]]] = []
    by_key: dict[str, list[int]] = {}
    pending: list[tuple[Mention, dict]] = []
    for m, v in all_mentions:
        if m.kind == "numbered":
            assert m.key is not None
            nk = re.sub(r"\s+", "", normalize(m.key)).casefold()
            cands = by_key.setdefault(nk, [])
            target = None
            for idx in cands:
                dates = {x.date for x, _ in docs[idx] if x.date}
                if m.date and m.date in dates:
                    target = idx
            year = _year_after(t, m) if m.date is None else None
            if target is None and year and cands:
                # "Chỉ thị số 35-CT/TW năm 2024": the one of that year, where two share a key
                target = next(
                    (idx for idx in cands if any((x.date or "")[:4] == year for x, _ in docs[idx])), None
                )
            if target is None and m.date is None and cands:
                term = re.search(r"khóa\s+([IVXL]+)", normalize(v["issuer"] or ""))
                if term:
                    for idx in cands:
                        if any(
                            re.search(rf"khóa\s+{term.group(1)}\)?$", normalize(y["issuer"] or ""))
                            for _, y in docs[idx]
                        ):
                            target = idx
                if target is None:
                    target = max(
                        cands,
                        key=lambda idx: (
                            max(
                                x.block * 100000 + x.start
                                for x, _ in docs[idx]
                                if (x.block, x.start) <= (m.block, m.start)
                            )
                            if any((x.block, x.start) <= (m.block, m.start) for x, _ in docs[idx])
                            else -1
                        ),
                    )
            if target is None and m.date and cands:
                # "Nghị quyết số 19-NQ/TW … khóa XI" and "Nghị quyết số 19-NQ/TW, ngày … khóa XIII": a dated
                # mention joins no undated document of the same key whose issuer names another term
                term = re.search(r"khóa\s+([IVXL]+)", normalize(v["issuer"] or ""))
                undated = [
                    idx
                    for idx in cands
                    if not any(x.date for x, _ in docs[idx])
                    and not (
                        term
                        and any(
                            re.search(rf"khóa\s+(?!{term.group(1)}\b)[IVXL]+", normalize(y["issuer"] or ""))
                            for _, y in docs[idx]
                        )
                    )
                ]
                if undated:
                    target = undated[0]
            if target is None:
                docs.append([(m, v)])
                cands.append(len(docs) - 1)
            else:
                docs[target].append((m, v))
        else:
            pending.append((m, v))
    merged_laws: dict[str, str] = {}  # a law named by its year -> the key of the numbered law it is
    for m, v in pending:
        target = _numbered_law(docs, m)
        if target is not None:
            # "Luật Đất đai năm 2024", a later mention of "Luật Đất đai số 31/2024/QH15": its name is no title
            docs[target].append((m, {**v, "title": None}))
            merged_laws[normalize(v["title"] or "").casefold()] = docs[target][0][0].key or ""
            continue
        target = _numbered_plenum_resolution(docs, m, v)
        if target is not None:
            docs[target].append((m, v))
            continue
        for idx, d in enumerate(docs):
            m0, v0 = d[0]
            if m0.kind == "numbered" or m0.kind != m.kind:
                continue
            if m.kind == "congress":
                if m0.scope == m.scope and m0.extras.get("roman") == m.extras.get("roman"):
                    target = idx
            elif m.kind == "law":  # a law is its name and its day
                if m0.date == m.date and _tokens(v0["title"] or "") == _tokens(v["title"] or ""):
                    target = idx
            elif v0["title"] and v["title"] and _similar(v0["title"], v["title"]):
                target = idx
        if target is None:
            docs.append([(m, v)])
        else:
            docs[target].append((m, v))
    docs.sort(key=lambda d: min((x.block, x.start) for x, _ in d))
    out: list[dict] = []
    for d in docs:
        m0 = d[0][0]
        typed = [x.type for x, _ in d if x.type]
        # The most complete mention gives the facts: the fullest issuer among the most complete ones, and the
        # title of a mention in the running text (not the plan's own title), not nested in another title.
        issuers = [
            (
                bool(re.search(r"(?i:khóa|khoá)\s+[IVXL]+", y["issuer"])),
                y["rank"][0],
                y["rank"][1],
                len(y["issuer"]),
                y["issuer"],
            )
            for _, y in d
            if y["issuer"]
        ]
        titles = [(y["rank"], len(y["title"]), y["title"]) for _, y in d if y["title"]]
        dates = [x.date for x, _ in d if x.date]
        issuer = max(issuers)[-1] if issuers else None
        title = max(titles)[2] if titles else None
        if m0.kind == "numbered":
            # an issuer naming its unit by the word alone, placed by the unit the sentence named before it
            where = next((y["where"] for _, y in d if y["issuer"] == issuer and y.get("where")), None)
            juris = jurisdiction(m0.symbol, where or issuer, ctx)
        elif m0.kind == "law":
            juris = "national"
        elif m0.kind == "congress":
            juris = {
                "national": "national",
                "province": ctx.province_j(),
                "district": ctx.district_j(),
                # a central bloc's congress ("Đảng bộ Khối Doanh nghiệp Trung ương") is the centre's
                "bloc": "national" if re.search(r"(?i:trung ương)", issuer or "") else ctx.bloc_j(),
                "commune": ctx.commune_j(),
                # "Đảng bộ thành phố": a centrally-run city is a province, another a district
                "city": _city_j(
                    re.sub(r"\s+(?:lần thứ|nhiệm kỳ)\s.*$", "", normalize(issuer or "").casefold()), ctx
                ),
            }.get(m0.scope or "", "unknown")
            if juris == "unknown" and ctx.bloc and ctx.bloc.casefold() in normalize(issuer or "").casefold():
                juris = ctx.bloc_j()  # the congress of the plan's own Party organisation ("Đảng bộ Sở Y tế")
        elif m0.extras.get("approved_by") and not issuer:
            juris = jurisdiction(None, m0.extras["approved_by"], ctx)  # approved where it applies
        else:
            juris = (
                jurisdiction(None, issuer, ctx)
                if issuer
                else "national"
                if m0.type == "Quy định"
                else "unknown"
            )
        mentions = [t.source(t.blocks[x.block], x.start, x.end) for x, _ in d]
        out.append(
            {
                "key": m0.key,
                "type": typed[0] if typed else None,
                "number": m0.number,
                "symbol": m0.symbol,
                "date": dates[0] if dates else None,
                "issuer": issuer,
                "jurisdiction": juris,
                "title": title,
                "source": mentions[0],
                "mentions": mentions,
            }
        )
    if merged_laws:
        implements = _relabel(implements, merged_laws)
    return out, implements


def _year_after(t: Text, m: Mention) -> str | None:
    """The year written right after a reference's key ("Chỉ thị số 35-CT/TW năm 2024"), else None."""
    found = re.match(
        r"\s*,?\s*(?:năm|ban hành năm)\s+((?:19|20)\d\d)(?!\d)", t.blocks[m.block].text[m.end : m.end + 24]
    )
    return found.group(1) if found else None


def _numbered_law(docs: list[list[tuple[Mention, dict]]], m: Mention) -> int | None:
    """The numbered law a law named by its year is ("Luật Đất đai năm 2024" and "Luật Đất đai số
    31/2024/QH15"): the same name, the year in its number."""
    if not m.extras.get("law_year"):
        return None
    name, year = m.extras["law_year"]
    for idx, d in enumerate(docs):
        for x, _ in d:
            if x.kind == "numbered" and x.extras.get("law_name") == name and (x.number or "").endswith(year):
                return idx
    return None


_ORDINAL_WORDS = dict(zip("nhất hai ba tư năm sáu bảy tám chín".split(), range(1, 10), strict=True)) | {
    "một": 1,
    "bốn": 4,
    "lăm": 5,
}


def _ordinal(words: str) -> int | None:
    """ "8", "tám", "mười một" -> 8, 8, 11."""
    if words.isdigit():
        return int(words)
    parts = words.split()
    if parts[0] == "mười":
        return 10 + (_ORDINAL_WORDS.get(parts[1], 0) if len(parts) > 1 else 0)
    return _ORDINAL_WORDS.get(parts[0]) if len(parts) == 1 else None


def _plenum(issuer: str | None) -> tuple[int, str] | None:
    """The plenum of the Central Committee an issuer names, as (number, term): "Hội nghị Trung ương 8 khóa
    XI" and "Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XI" are both (8, "XI")."""
    n = normalize(issuer or "")
    term = re.search(r"(?i:khóa)\s+([IVXL]+)", n)
    found = re.search(r"Trung ương\s+(?:lần thứ\s+)?(\d+)", n) or re.search(
        r"Hội nghị\s+(?:lần\s+)?thứ\s+(\d+|mười(?:\s+(?:một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?|"
        r"nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)(?!\w)",
        n,
    )
    if not (term and found and re.search(r"Trung ương", n)):
        return None
    number = _ordinal(found.group(1))
    return (number, term.group(1)) if number else None


def _numbered_plenum_resolution(docs: list[list[tuple[Mention, dict]]], m: Mention, v: dict) -> int | None:
    """The numbered resolution an unnumbered "Nghị quyết Hội nghị Trung ương 8 khóa XI về X" is: the same
    plenum and term, and a title that X begins or resembles (a plenum passes several resolutions)."""
    plenum = _plenum(v["issuer"])
    title = normalize(v["title"] or "").casefold()
    if plenum is None or not title or normalize(m.type or "").casefold() != "nghị quyết":
        return None
    for idx, d in enumerate(docs):
        for x, y in d:
            if x.kind != "numbered" or normalize(x.type or "").casefold() != "nghị quyết":
                continue
            if _plenum(y["issuer"]) != plenum:
                continue
            other = normalize(y["title"] or "").casefold()
            if other and (_shared_lead(title, other) >= 5 or _similar(title, other)):
                return idx
    return None


def _shared_lead(a: str, b: str) -> int:
    """How many words two titles begin with alike (a whole title counts as shared where it is shorter)."""
    wa, wb = re.findall(r"\w+", a), re.findall(r"\w+", b)
    n = 0
    while n < min(len(wa), len(wb)) and wa[n] == wb[n]:
        n += 1
    return 5 if n == min(len(wa), len(wb)) and n else n


def _relabel(implements: list[tuple[str, dict]], keys: dict[str, str]) -> list[tuple[str, dict]]:
    """Implements with a law named by its year given by its key, once."""
    out: list[tuple[str, dict]] = []
    for label, src in implements:
        label = keys.get(normalize(label).casefold(), label)
        if all(normalize(x).casefold() != normalize(label).casefold() for x, _ in out):
            out.append((label, src))
    return out


def _blocks_source(t: Text, first: int, start: int, last: int, end: int) -> dict:
    a, b = t.blocks[first], t.blocks[last]
    l1, c1, _ = a.pos[start]
    l2, _, c2 = b.pos[max(end - 1, 0)]
    return t.span_source(l1, c1, l2, c2)


_UNIT_END = (
    r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy)$"
)


def _header_fuller(name: str, header_body: str | None, t: Text) -> str:
    """The opening names its body short ("Chi bộ xây dựng Kế hoạch …") where the header gives it whole
    ("CHI BỘ TRƯỜNG THPT ĐẠO TÚ"): the header's name, its added words cased as the plan writes them."""
    if not header_body:
        return name
    # so does a board of it ("Ban Thường trực Liên hiệp các" under "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ TỈNH A")
    board = _BOARD_OF.match(name)
    body = name[board.end() :] if board else name
    short, whole = normalize(body).casefold(), normalize(header_body).casefold()
    if not whole.startswith(short + " ") or re.search(_UNIT_END, short):
        return name  # a unit's name after "… huyện" / "… Tỉnh ủy" is the place's (`_complete_issuer`)
    rest = header_body[len(body) :].strip()
    return f"{name} {_as_written(rest, t)}"


# an association, or a union of associations, by its name's first word: "Hội …", "Liên hiệp …" (not a council,
# "Hội đồng …")
_ASSOCIATION = re.compile(r"(?:Trung ương\s+)?(?:Hội|Liên hiệp)\s+(?!đồng(?!\w))")
_BOARD_OF = re.compile(r"(?:Ban Thường vụ|Ban Thường trực|Ban Chấp hành|Đoàn Chủ tịch)\s+")


def _as_written(words: str, t: Text) -> str:
    """`words` (cased from upper case) as the plan writes them in its text, where it does ("trường thpt
    Đạo Tú" -> "Trường THPT Đạo Tú"); else as given."""
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words.split()) + r"(?!\w)"
    for block in t.blocks:
        for m in re.finditer(pattern, block.text, flags=re.IGNORECASE):
            if not is_upper_line(m.group(0)):  # not the header's own upper-case line
                return t.original(block, m.start(), m.end())
    return words


def _complete_issuer(name: str, ctx: Context) -> str:
    n = name
    if ctx.bloc and re.search(r"Đảng (?:ủy|uỷ) Khối$", normalize(n)):
        n = n + " " + ctx.bloc.split(" Khối ", 1)[1]
    nn = normalize(n)
    if ctx.commune and re.search(r"(?<!\w)(?<!thị )(?:xã|phường|thị trấn)$", nn):
        n = f"{n} {ctx.commune}"
    elif ctx.district and re.search(r"(?:Huyện ủy|Thị ủy|Quận ủy|Huyện đoàn|huyện|quận|thị xã)$", nn):
        n = f"{n} {ctx.district}"
    elif ctx.district and ctx.city_level() == "district" and re.search(r"(?:Thành ủy|[Tt]hành phố)$", nn):
        n = f"{n} {ctx.district}"
    elif ctx.province and re.search(r"(?:Tỉnh ủy|Thành ủy|Tỉnh đoàn|Thành đoàn|[Tt]ỉnh|[Tt]hành phố)$", nn):
        # "Ủy ban nhân dân Thành phố": a city's plans write its own name with a capital
        n = f"{n} {ctx.province}"
    elif ctx.province and re.match(r"Sở\s", nn) and not re.search(r"(?:tỉnh|thành phố|Thành phố)\s", nn):
        # "Sở Giáo dục và Đào tạo": a department is named with its province, as its header places it
        n = f"{n} {'thành phố' if ctx.province in _CENTRAL else 'tỉnh'} {ctx.province}"
    return n


# A State corporation's Party committee: "Đảng ủy Tổng công ty Hàng hải Việt Nam", "Đảng ủy Tập đoàn …"; a
# ministry's, under the central agencies' bloc, is one too ("Đảng ủy Bộ Công Thương")
_ENTERPRISE = re.compile(
    r"Đảng (?:ủy|bộ) (?P<org>(?:(?i:tổng công ty|tập đoàn|ngân hàng)|(?-i:Bộ))\s.+)$", re.IGNORECASE
)
# the header's line of a State group's Party organisation, over its corporations' ("ĐẢNG BỘ TẬP ĐOÀN …")
_CORPORATE_HEAD = re.compile(r"ĐẢNG (?:BỘ|ỦY) (?:TẬP ĐOÀN|TỔNG CÔNG TY|NGÂN HÀNG)\s")


def _central_enterprise(t: Text, issuer: str | None, bloc: str | None, heads: list[str]) -> str | None:
    """The Party organisation of a corporation run from the centre ("Đảng bộ Tổng công ty X", directly under
    the Đảng bộ Khối Doanh nghiệp Trung ương the header names, or under the Party organisation of the
    group it belongs to, "ĐẢNG BỘ TẬP ĐOÀN Y" over "ĐẢNG ỦY TỔNG CÔNG TY X"), or of a ministry under the
    central agencies' bloc ("Đảng bộ Bộ Công Thương") when it issues the plan, else
    None: it is a committee under a central one, placed in no province, and its own keys ("…/ĐU") are its
    bloc's. The corporation's name is taken as the running text writes it (the header's capitals say
    nothing of case)."""
    central = bool(bloc and re.search(r"(?i:trung ương)$", bloc))
    if not issuer or not (central or any(_CORPORATE_HEAD.match(h) for h in heads[:-1])):
        return None
    m = _ENTERPRISE.search(normalize(issuer))
    if m is None:
        return None
    org = m.group("org")
    for b in t.blocks:
        at = b.text.casefold().find(org.casefold())
        written = b.text[at : at + len(org)] if at != -1 and len(b.text.casefold()) == len(b.text) else ""
        if written[:1].isupper() and not written.isupper():
            return f"Đảng bộ {written}"
    return f"Đảng bộ {org}"


# The Party committee of a province's agency or firm: "Đảng ủy Sở Y tế tỉnh Ninh Bình", "Đảng ủy Công ty …"
_AGENCY = re.compile(
    r"Đảng (?:ủy|bộ) (?P<org>(?:Sở|Tổng công ty|Công ty|Trường|Bệnh viện|Ban Quản lý)\s.+?)"
    r"(?:\s+tỉnh\s+[^\W\d_][\w\s-]*)?$"
)


def _agency_party(
    issuer: str | None, bloc: str | None, header_bodies: list[str], under_province: bool
) -> str | None:
    """The Party organisation of a province's agency, school, hospital or firm ("Đảng bộ Sở Y tế") when its
    committee issues the plan under the province's bloc the header names, or right under the province's
    Party committee ("THÀNH ỦY CẦN THƠ / ĐẢNG BỘ TRƯỜNG ĐẠI HỌC CẦN THƠ"): a grassroots Party organisation,
    its own bloc for placing its keys ("bloc:Đảng bộ Sở Y tế, Ninh Bình"), the bloc above it still the bloc's
    keys'. It is named as the header names it ("ĐẢNG BỘ BỆNH VIỆN ĐA KHOA TỈNH": "… Đa khoa tỉnh")."""
    if not issuer or not (under_province or (bloc and re.search(r"(?i:tỉnh|thành phố)$", bloc))):
        return None
    full = normalize(issuer)
    m = _AGENCY.search(full)
    if m is None:
        return None
    org = m.group("org")
    for body in header_names(header_bodies):
        named = re.match(r"ĐẢNG (?:ỦY|BỘ) (.+)$", body.upper())
        if named and full.casefold().startswith(named.group(1).casefold(), m.start("org")):
            org = full[m.start("org") : m.start("org") + len(named.group(1))]
            # "… ĐA KHOA TỈNH PHÚ THỌ": the province is named after the bloc's comma, its unit word stays
            place = re.search(r"\s(?:tỉnh|thành phố)\s+(\S.*)$", org)
            if place and province_name(place.group(1)):
                org = org[: place.start(1)].rstrip()
    return f"Đảng bộ {org}"


# Header lines (normalised: "ỦY", not "UỶ") naming a State or a Party body above the issuer: "UBND TỈNH HÀ
# TĨNH", "SỞ GD&ĐT NGHỆ AN"; "TỈNH ỦY QUẢNG NINH", "ĐẢNG ỦY XÃ …". A State one is also a central
# administration with branches in the provinces ("TỔNG CỤC HẢI QUAN", "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM").
_STATE_HEAD = re.compile(r"(?:ỦY BAN NHÂN DÂN|UBND|SỞ|TỔNG CỤC|NGÂN HÀNG NHÀ NƯỚC|PHÒNG)\s")
# A district's office ("PHÒNG GD&ĐT HUYỆN A", "PHÒNG Y TẾ QUẬN 3") over the unit that issues the plan
_DISTRICT_OFFICE = re.compile(r"PHÒNG\s.*\s(?:HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ)\s")
# A ministry heading the header ("BỘ Y TẾ" over "CỤC QUẢN LÝ KHÁM, CHỮA BỆNH"); not a provincial military
# command ("BỘ CHỈ HUY QUÂN SỰ TỈNH"), the army or the Politburo.
_MINISTRY_HEAD = re.compile(r"BỘ\s+(?!CHỈ HUY|ĐỘI|PHẬN|CHÍNH TRỊ|TƯ LỆNH)\w")
_SEATED_SCHOOL = re.compile(r"(?:Trường Đại học|Trường Cao đẳng|Học viện|Đại học)\s")
# a Party committee's line, the Central Committee's over its boards too ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN
# KINH TẾ TRUNG ƯƠNG")
_PARTY_HEAD = re.compile(
    r"(?:(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) ỦY|ĐẢNG (?:ỦY|BỘ)|BAN CHẤP HÀNH TRUNG ƯƠNG)(?!\w)"
)


def _spelt_out(name: str) -> str:
    """A body's name casefolded with its abbreviations written out ("Thường trực HĐND" -> "thường trực hội
    đồng nhân dân"), to compare a signature's short name with the header's."""
    n = normalize(name).casefold()
    for short, full in (
        ("hđnd", "hội đồng nhân dân"),
        ("ubnd", "ủy ban nhân dân"),
        ("mttq", "mặt trận tổ quốc"),
    ):
        n = re.sub(rf"(?<!\w){short}(?!\w)", full, n)
    return n


# A central agency's regional branch since 2025, named by its region's number ("Kho bạc Nhà nước khu vực
# XIII", "Chi cục Hải quan khu vực IV", "Bảo hiểm xã hội khu vực 5"): it acts at the provinces' level over
# several of them, so it belongs to none (its seat, in the place line, is no province of its own).
_REGIONAL = re.compile(r"(?<!\w)khu vực\s+(?:[IVXL]+|\d+)$", re.IGNORECASE)
# A Military Region by its number ("Đảng ủy Quân khu 4"): it answers to the centre's military bodies, over
# several provinces and of none; its register is neither national nor one province's (NOTES: 3201, 4202).
_MILITARY_REGION = re.compile(r"(?i:quân khu)\s+\d")


def _own_level(name: str, ctx: Context) -> str:
    """The level of the issuing body; an unnamed "Thành ủy" / "thành phố" takes the level of the city, and
    so does a city's Youth Union ("Thành đoàn", named or not)."""
    n = normalize(name)
    if re.search(r"(?:Thành ủy|thành phố)$", n):
        return ctx.city_level()
    youth = re.search(r"(?i:thành đoàn)(?:\s+(?P<city>.+))?$", n)
    if youth and youth.group("city"):
        return "province" if province_name(youth.group("city")) in CENTRAL_CITIES else "district"
    if youth:
        return ctx.city_level()
    if _MILITARY_REGION.search(n):
        return "central"  # its key's jurisdiction stays unknown, as the Quân khu documents cited before
    if re.match(r"(?i:chi bộ)\s", n):
        return "grassroots"  # a Party cell is the Party's base, whatever it serves ("Chi bộ Thư viện tỉnh")
    if re.search(r"(?<!\w)(?i:đặc khu)(?!\w)", n) and not re.search(r"(?i:tỉnh|thành phố)", n):
        return "grassroots"  # a special zone (since 2025) is of the communes' level (`COMMUNE_UNITS`)
    level = level_of(name)
    if level == "unknown" and n.endswith(" Việt Nam"):
        return "central"  # a body named for the nation, with no place ("Tổng Liên đoàn Lao động Việt Nam")
    city = _NAMED_CITY.search(n)
    if level == "province" and city and not re.search(r"(?i:tỉnh|khối)", n):
        # "Ủy ban nhân dân thành phố Quy Nhơn": a city under a province is of the districts' level; only a
        # centrally-run city (Huế from 2025) is a province
        name = province_name(city.group("name")) or city.group("name")
        hue = name == "Huế" and (ctx.date or "") >= HUE_CITY_DAY
        if name not in CENTRAL_CITIES and not hue:
            return "district"
    return level


# A city named after its unit ("thành phố Quy Nhơn", "Thành phố Hồ Chí Minh"): its capitalised name, written
# out in full (an abbreviation, "Thành phố HCM", is left to `level_of`).
_NAMED_CITY = re.compile(
    rf"(?<!\w)(?i:thành phố)\s+(?P<name>[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+)*)(?!\w)"
)


# A bracket closing the plan's title that opens on a capitalised word and goes on in lower case names the
# occasion the plan marks ("(Kỷ niệm 96 năm Ngày truyền thống …)", "(Chào mừng …)"), on a line of its own or
# wrapped into the title's: a note on the title, not its words. A lower-case bracket ("(giai đoạn 2021 -
# 2025)") and an abbreviation ("(IUU)") are the title's own.
_OCCASION = re.compile(rf"\s+\([{UPPER}][{LOWER}]+\s+[{LOWER}][^()]*\)\s*$")


def extract_source(src: SourceText) -> dict:
    t = Text(src)
    if not t.blocks:
        raise InputError(src.path, "empty file: expected the text of a plan")
    lay = layout(t)
    if lay is None:
        first = next((i for i, x in enumerate(t.norm) if x), 0)
        raise InputError(
            src.path,
            "not a plan: no document-type heading (KẾ HOẠCH, HƯỚNG DẪN, "
            "CHƯƠNG TRÌNH HÀNH ĐỘNG or 'Những nội dung chính Kế hoạch …') in the first blocks",
            first + 1,
        )
    blocks = t.blocks
    head_block = blocks[lay.heading]
    captions: list[int] = []
    annex_info = []
    for a, e in lay.annexes:
        info = annex_parts(t, a, e)
        annex_info.append((a, e, info))
        if info[2] is not None:
            captions.append(blocks[info[2]].first_line)
    ident = read_identity(t, head_block.first_line, captions)
    # Places: the opening's address ("trên địa bàn xã A, huyện B, tỉnh C"), else the header block's units.
    opening = lay.opening_blocks + ([lay.opening_close] if lay.opening_close is not None else [])
    chain = next((c for k in opening if (c := place_chain(blocks[k].text))), [])
    places = header_places(ident.header_bodies or [])
    province = find_province(t, ident.header_bodies or [], province_name(chain[-1][1]) if chain else None)
    c_unit, commune = next(((u, n) for u, n in chain[:1] if u in COMMUNE_UNITS), (None, None))
    d_unit, district = next(((u, n) for u, n in chain[:-1] if u in DISTRICT_UNITS), (None, None))
    if commune is None and "commune" in places:
        c_unit, commune = places["commune"]
    if district is None and "district" in places:
        d_unit, district = places["district"]
    # a body over the units of a tier ("CỤM THI ĐUA CÁC HUYỆN, THỊ XÃ, …"): no one district is its own
    over_units = re.search(r"(?<!\w)CÁC (?:HUYỆN|QUẬN|THỊ XÃ)(?!\w)", " ".join(ident.header_bodies or []))
    if district is None and not over_units:
        district = find_district(t, ident.header_bodies or [])
    if district is None and commune and province and not (ident.date and ident.date >= REFORM_DAY):
        # a commune's plan whose header names its commune alone ("ĐẢNG BỘ XÃ ĐƯỜNG LÂM / CHI BỘ THÔN …"):
        # the district the commune was in, from the units of 2023
        d_unit, district = district_of_commune(commune, province) or (d_unit, None)
    if province is None and district and not (ident.date and ident.date >= REFORM_DAY):
        # a district's plan that names no province ("ỦY BAN NHÂN DÂN / HUYỆN ĐỨC THỌ"): the province of the
        # only district of 2023 so named
        province = province_of_district(district)
    if district == "Huế" and province in (None, "Thừa Thiên Huế") and (ident.date or "") >= HUE_CITY_DAY:
        province, district, d_unit = "Huế", None, None  # "THÀNH ỦY HUẾ" of 2025: the centrally-run city's
    if province is None and commune and (ident.date or "") >= HUE_CITY_DAY:
        # a commune whose header names no province, carrying out the plan of "thành phố Huế" (no province's
        # name before 2025, so the opening's votes miss it): the centrally-run city's
        if any(_HUE_CITY.search(blocks[k].text) for k in opening):
            province = "Huế"
    if province is None and commune and c_unit and (ident.date or "") >= REFORM_DAY:
        # a commune or ward of 2025 whose text names no province ("ĐẢNG BỘ PHƯỜNG TÂN ĐỊNH" / "CHI BỘ KHU
        # PHỐ 7"): the province of the only unit of 2025 so named, as a district of 2023 takes its province
        province = _province_of_commune_2025(c_unit, commune)
    bloc = find_bloc(t, ident.header_bodies or [])
    # The issuer: the summary form's "của …", the subject of the opening sentence, or the header block.
    issuer_name: str | None = None
    issuer_src: dict | None = None
    title: str | None = None
    title_src: dict | None = None
    opening_limit: int | None = None
    if lay.summary_rest is not None:
        rest = lay.summary_rest
        mm = re.match(r"của\s+", head_block.text[rest:])
        if mm:
            from ingest.citations import parse_issuer

            span = parse_issuer(head_block.text, rest + mm.end())
            if span:
                issuer_name = t.original(head_block, *span)
                issuer_src = t.source(head_block, *span)
                rest = span[1]
        title = t.original(head_block, rest, len(head_block.text)).strip()
        title_src = t.source(head_block, rest, len(head_block.text))
    elif lay.title_blocks:
        f, la = lay.title_blocks[0], lay.title_blocks[-1]
        title = " ".join(t.original(blocks[k], 0, len(blocks[k].text)) for k in lay.title_blocks)
        title = _OCCASION.sub("", title)
        title_src = _blocks_source(t, f, 0, la, len(blocks[la].text))
    issuer_block: int | None = None
    for k in reversed(opening):  # the sentence naming who plans closes the opening
        ob = blocks[k]
        span = opening_issuer(ob.text)
        if span:
            opening_limit, issuer_block = span[0], k
            if issuer_name is None:
                issuer_name = t.original(ob, *span)
                issuer_src = t.source(ob, *span)
            break
    if issuer_name is not None and issuer_block is not None:
        issuer_name = _header_fuller(issuer_name, titled_header_body(ident.header_bodies or []), t)
        # "Ban Chấp hành Đảng bộ xã … (khóa I) xây dựng …": the term is the committee's, not its name
        issuer_name = _TERM_ASIDE.sub("", issuer_name)
    signer_first = (
        lay.recipients_line
        if lay.recipients_line is not None
        else (blocks[lay.body_end].first_line if lay.body_end < len(blocks) else len(t.lines))
    )
    signer_end = blocks[lay.annexes[0][0]].first_line if lay.annexes else len(t.lines)
    if lay.body_end < len(blocks):
        signer_first = min(signer_first, blocks[lay.body_end].first_line)
    signer = read_signer(t, max(0, signer_first), signer_end, lead=issuer_name)
    if issuer_name is None:
        header_body = titled_header_body(ident.header_bodies or [])
        if header_body:
            # the header's capitals say nothing of case: the name as the running text writes it, where it does
            header_body = _as_written(header_body, t)
        # The body signed for ("T/M BAN THƯỜNG VỤ"); a head signed for ("K/T TRƯỞNG BAN") is a position.
        board = signer.on_behalf_of
        if board and (POSITION_RE.match(board.upper()) or re.search(r"(?i:\strưởng)$", board)):
            board = None  # a head's title, "… trưởng" ("TM. CỤM TRƯỞNG", "T/M TỔ TRƯỞNG"), is no body
        if board and header_body:
            # "T/M BAN THƯỜNG VỤ" over "ĐẢNG ỦY KHỐI …": the board of that body; but "T/M ĐẢNG ỦY" over
            # "ĐẢNG ỦY XÃ …" signs for the body the header already names.
            same = _spelt_out(header_body).startswith(_spelt_out(board))
            issuer_name = header_body if same else f"{board} {header_body}"
        else:
            issuer_name = header_body or board
        if ident.header_lines:
            issuer_src = t.line_source(ident.header_lines[-1])
    heads = [normalize(b).upper() for b in ident.header_bodies or []]
    enterprise = _central_enterprise(t, issuer_name, bloc, heads)
    under_province = bool(
        province and not (district or commune) and any(re.match(r"(?:TỈNH|THÀNH) ỦY ", h) for h in heads)
    )
    agency = _agency_party(issuer_name, bloc, ident.header_bodies or [], under_province)
    agency = None if enterprise else agency
    ctx = Context(province, district, enterprise or agency or bloc, commune, d_unit, c_unit, ident.date)
    ctx.enterprise = enterprise is not None
    ctx.parent_bloc = bloc if agency else None
    ctx.district_provinces = _districts_placed(t)
    full_issuer = _complete_issuer(issuer_name, ctx) if issuer_name else None
    level = (
        "central"
        if enterprise
        else "grassroots"
        if agency
        else _own_level(issuer_name, ctx)
        if issuer_name
        else "unknown"
    )
    under_ministry = any(_MINISTRY_HEAD.match(h) for h in heads)
    if level == "unknown" and under_ministry:
        level = "central"  # a ministry's department named with no place ("Cục …", "Vụ …") is the centre's
    names = header_names(ident.header_bodies or [])
    above = names[-2:-1]
    if (
        level == "unknown"
        and above
        and (above[0].startswith("SỞ ") or _SECTOR.search(issuer_name or "") or _PARTY_HEAD.match(above[0]))
    ):
        # a department's unit named with no place, a sector's body under a provincial one ("LĐLĐ TỈNH … /
        # CÔNG ĐOÀN NGÀNH Y TẾ", a sector union over its base unions), or a Party committee's team ("TỈNH ỦY
        # A / ĐOÀN KIỂM TRA SỐ 3"): of the level of the body above
        level = level_of(above[0])
    council = next((h for h in names[:-1] if re.match(r"(?:ỦY BAN NHÂN DÂN|UBND)\s+\S", h)), None)
    if level == "unknown" and council:
        # a board of a People's Committee named with no place ("UBND TỈNH A" / "BAN QUẢN LÝ KHU DI TÍCH …"):
        # of the committee's level
        level = level_of(council)
    # a unit under a district's office ("PHÒNG GD&ĐT HUYỆN A" / "TRƯỜNG THCS B"), named with no place: a base
    # unit, the grassroots, numbering inside its district when it names no commune of its own
    base_unit = level == "unknown" and bool(above) and bool(_DISTRICT_OFFICE.match(above[0]))
    if base_unit:
        level = "grassroots"
    # A university or academy right under a ministry ("BỘ GIÁO DỤC VÀ ĐÀO TẠO / TRƯỜNG ĐẠI HỌC VINH") is a
    # central body seated in a province: of its seat's province (the place line), and its own numbering is
    # neither national nor that province's (NOTES: 3103, 5201)
    seat = province_name(ident.place or "") if ident.place else None
    seated = bool(
        level == "central" and seat and full_issuer and _SEATED_SCHOOL.match(full_issuer) and under_ministry
    )
    if seated:
        province = ctx.province = seat
        ctx.own_body = full_issuer
    system = system_of(full_issuer) if full_issuer else "unknown"
    board = _BOARD_OF.match(full_issuer or "")
    if full_issuer and _ASSOCIATION.match(full_issuer, board.end() if board else 0):
        # an association or a union of them ("Ban Thường vụ Hội Bảo trợ …", "Ban Thường trực Liên hiệp các
        # tổ chức hữu nghị …"), its board's name aside: of the Front, as the mass organisations are
        system = "front"
    if full_issuer and re.search(r"\s+và\s+(?:Ban Thường vụ|Ban Thường trực|Ban Chấp hành)\s", full_issuer):
        # a joint plan ("Công an tỉnh … và Ban Thường vụ Tỉnh đoàn …") is of its lead body's system, the first
        lead = system_of(re.split(r"\s+và\s+", full_issuer)[0])
        system = lead if lead != "unknown" else system
    elif full_issuer and re.search(rf",\s+[{UPPER}][^,]*\s+và\s+[{UPPER}]", full_issuer):
        # so is a joint plan of bodies listed "A, B và C" (each named with a capital): of A's system
        lead = system_of(re.split(rf",\s+(?=[{UPPER}])", full_issuer)[0])
        system = lead if lead != "unknown" else system
    if system == "unknown" and (under_ministry or any(_STATE_HEAD.match(h) for h in heads)):
        system = "state"  # a board or unit under a People's Committee, a department or a ministry
    elif system == "unknown" and any(_PARTY_HEAD.match(h) for h in heads):
        system = "party"  # a Party committee's steering committee ("TỈNH ỦY … / BAN CHỈ ĐẠO …")
    elif system == "unknown" and any(system_of(h) == "front" for h in heads):
        system = "front"  # a council of a mass organisation under its header ("TỈNH ĐOÀN … / HỘI ĐỒNG ĐỘI")
    elif system == "unknown" and signer.position:
        # a grouping of bodies (an emulation cluster) signed by its head as the holder of an office in one of
        # them ("Chủ tịch UBND huyện A"): of that body's system
        system = system_of(signer.position)
    regional = bool(
        system in ("state", "unknown") and full_issuer and _REGIONAL.search(normalize(full_issuer))
    )
    # A regional branch under a provincial body in the header ("VIỆN KIỂM SÁT NHÂN DÂN TỈNH QUẢNG NINH / … KHU
    # VỰC 3") is a tier below the province inside it, the district's tier it took over, its numbering the
    # province's; one under a ministry ("BỘ TÀI CHÍNH / KHO BẠC NHÀ NƯỚC KHU VỰC …") spans several provinces.
    inner = (
        regional and bool(province) and any(PROVINCE_RE.search(h) for h in heads if not _REGIONAL.search(h))
    )
    if regional:
        level = "district" if inner else "province"
    if inner:
        juris = ctx.province_j()
    elif enterprise or agency:
        juris = ctx.bloc_j()
    elif full_issuer and bloc and ("Khối" in full_issuer or find_bloc_in(normalize(full_issuer))):
        juris = ctx.bloc_j()
    elif level == "district":
        # a body over a province's districts (an emulation cluster) numbers its documents inside the province
        juris = ctx.province_j() if over_units else ctx.district_j()
    elif level == "grassroots":
        juris = ctx.commune_j()
        if juris == "unknown" and base_unit:
            juris = ctx.district_j()
        elif juris == "unknown" and bloc:
            # a cell right under a province's bloc ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH … / CHI BỘ BÁO …"), in no
            # commune: its numbering lives inside the bloc, as a commune's cell's lives inside the commune
            juris = ctx.bloc_j()
    elif level == "province" and not regional:  # a regional branch's keys are of no one province
        juris = ctx.province_j()
    elif level == "central":
        juris = "unknown" if seated or _MILITARY_REGION.search(issuer_name or "") else "national"
    else:
        juris = "unknown"
    if seated:
        issuer_province: str | None = seat  # a university under a ministry: of its seat's province
    elif level == "central" or (regional and not inner):
        issuer_province = None  # a central body has none, nor a regional branch over several
    else:
        issuer_province = province or "unknown"
    ctx.own_symbol, ctx.own_j = ident.symbol, juris
    if ident.symbol and "/" in ident.symbol:
        ctx.own_series, ctx.own_j = ident.symbol.rsplit("/", 1)[1].split("-", 1)[0], juris
    elif ident.symbol and "-" in ident.symbol:
        # a State body's own series: "TCT" of "86/KH-TCT" (a People's Committee's or a Council's is not one)
        series = ident.symbol.split("-", 1)[1]
        if not _LOCAL_SERIES.search(series):
            ctx.own_series, ctx.own_j = series, juris
    doc_source = _blocks_source(
        t,
        lay.heading,
        0,
        lay.title_blocks[-1] if lay.title_blocks else lay.heading,
        len(blocks[lay.title_blocks[-1] if lay.title_blocks else lay.heading].text),
    )
    document = {
        "type": lay.doc_type,
        "key": ident.key,
        "number": ident.number,
        "symbol": ident.symbol,
        "date": ident.date,
        "place": ident.place,
        "title": title,
        "issuer": {
            "name": full_issuer,
            "level": level,
            "province": issuer_province,
            "system": system,
            "district": district if level in ("district", "grassroots") else None,
        },
        "jurisdiction": juris,
        "signer": {"name": signer.name, "position": signer.position, "on_behalf_of": signer.on_behalf_of},
        "source": doc_source,
    }
    if signer.lines:
        l1, l2 = signer.lines
        document["signer"]["source"] = t.span_source(
            l1, len(t.lines[l1]) - len(t.lines[l1].lstrip()), l2, len(t.lines[l2].rstrip())
        )
    if title_src:
        document["title_source"] = title_src
    if issuer_src:
        document["issuer"]["source"] = issuer_src
    # a decision issuing the plan: its grounds, before the plan's heading, are the plan's opening
    first = lay.opening if lay.decision is not None and lay.opening is not None else lay.heading
    cited, implements = _cited(t, lay, ctx, ident.key, min(first, lay.heading), opening_limit, issuer_block)
    # Sections of the plan.
    sections = []
    for k, num, stitle in lay.sections:
        b = blocks[k]
        st = b.text.find(stitle)
        sections.append(
            {"number": num, "title": t.original(b, st, st + len(stitle)), "source": t.block_source(b)}
        )
    # Tasks of "Tổ chức thực hiện".
    tasks = []
    for n, (k, _num, stitle) in enumerate(lay.sections):
        if "tổ chức thực hiện" not in normalize(stitle).casefold():
            continue
        end = lay.sections[n + 1][0] if n + 1 < len(lay.sections) else lay.body_end
        for j in range(k + 1, end):
            if re.match(r"^(?:Trên đây|Nơi nhận)", blocks[j].text):
                end = j
                break
        for task in read_tasks(t, k + 1, end):
            duties = []
            coords = partners(t, task)
            reports: list[str] = []
            for bi, s, e in task.duties:
                text = blocks[bi].text[s:e]
                for r in reports_to(text):
                    if r not in reports:
                        reports.append(r)
                duties.append(
                    {
                        "text": t.original(blocks[bi], s, e) if e > s else "",
                        "deadline": deadline(text),
                        "source": t.source(blocks[bi], s, e),
                    }
                )
            hb, ha, he = task.head
            last_b = task.duties[-1][0] if task.duties else hb
            tasks.append(
                {
                    "assignee": t.original(blocks[hb], ha, he).strip(" ,;:.") if he > ha else task.assignee,
                    "coordinates_with": coords,
                    "actions": len(duties),
                    "duties": duties,
                    "deadline": next((d["deadline"] for d in duties if d["deadline"]), None),
                    "reports_to": reports,
                    "source": _blocks_source(t, hb, ha, last_b, len(blocks[last_b].text)),
                }
            )
        break
    for task in tasks:
        task["assignee"] = re.sub(r"\s*\([^()]*\)\s*$", "", task["assignee"]).strip(" ,;:.")
    # Recipients.
    recipients: list[str] = []
    rec_sources: list[dict] = []
    if lay.recipients_line is not None:
        recipients, rec_sources, _ = read_recipients(t, lay.recipients_line)
    # Annexes.
    annexes = []
    for a, e, (atype, title_blocks, _caption, secs) in annex_info:
        atitle = " ".join(t.original(blocks[k], 0, len(blocks[k].text)) for k in title_blocks)
        if title_blocks and title_blocks[0] == a:
            # the heading's word before its title, with the number and colon of "Phụ lục 2: DANH MỤC …", or
            # alone on its line; one running on into the title on its line, "ĐỀ CƯƠNG BÁO CÁO" / "sơ kết …"
            # (as "ĐỀ CƯƠNG GỢI Ý BÁO CÁO …" under a "PHỤ LỤC"), is the title's first word
            line = t.norm[blocks[a].first_line]
            alone = bool((m := ANNEX_HEAD.match(line)) and not line[m.end() :].strip())
            atitle = re.sub(
                r"^(?i:đề cương|phụ lục|mẫu)(?:\s+(?:số\s+)?[\dIVX]+)?\s*:\s*"
                + (r"|^(?:ĐỀ CƯƠNG|PHỤ LỤC)\s*" if alone else ""),
                "",
                atitle,
            )
        asecs = []
        for k, num, stitle in secs:
            b = blocks[k]
            st = b.text.find(stitle)
            if st == -1:
                # a laid-out table's cell, its wrapped parts joined from lines it shares with other cells
                asecs.append({"number": num, "title": stitle, "source": t.source(b, 0, len(b.text))})
                continue
            written = t.original(b, st, st + len(stitle))
            asecs.append(
                {
                    "number": num,
                    # a key written with a space at its dash ("Nghị quyết số 05/2022/NQ- HĐND") is one key
                    "title": _rejoined_keys(written) if "/" in written else written,
                    "source": t.source(b, st, st + len(stitle)),
                }
            )
        annexes.append(
            {
                "type": atype,
                "title": atitle or None,
                "sections": asecs,
                "source": _blocks_source(t, a, 0, e - 1, len(blocks[e - 1].text)),
            }
        )
    facts = {
        "document": document,
        "implements": [label for label, _ in implements],
        "cited": cited,
        "tasks": tasks,
        "recipients": recipients,
        "annexes": annexes,
        "sections": sections,
    }
    return {
        "source": src.name,
        "encoding": src.encoding,
        **_modern_spelling(facts),
        "provenance": {"implements": [s for _, s in implements], "recipients": rec_sources},
    }


def _modern_spelling(value: Any) -> Any:
    """The facts' text in NFC with the modern tone placement, case kept ("KHOÁ XIII" -> "KHÓA XIII", "Tỉnh
    uỷ" -> "Tỉnh ủy"), as the facts layout asks; the quotes of the provenance (dicts naming their "file")
    keep the plan's own spelling."""
    if isinstance(value, str):
        return normalize(value)
    if isinstance(value, list):
        return [_modern_spelling(v) for v in value]
    if isinstance(value, dict) and "file" not in value:
        return {k: _modern_spelling(v) for k, v in value.items()}
    return value


def extract_plan(path: Path) -> dict:
    """The facts of the plan file at path (see docs/facts.md). Raises InputError for unusable input."""
    return extract_source(read_plan(Path(path)))


def extract_text(text: str, name: str) -> dict:
    """The facts of a plan given as a string (tests, synthetic plans)."""
    src = source_from_text(text, name)
    if not text.strip():
        raise InputError(src.path, "empty text: expected the text of a plan")
    return extract_source(src)
