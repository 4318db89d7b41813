"""Bodies: the kinds of Party, State and Front bodies, and reading a body's name as a plan writes it.

`resolve_body(name, context)` tells the kind, system, level and place of a body named in a plan
("Ban Thường vụ Tỉnh ủy", "UBND huyện", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng"),
using the place of the document it is read in for the words that point there ("tỉnh", "huyện"), and
its date for the units a name means (from 1 July 2025, those formed that day: `Context.on`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ontology.places import (
    COUNTRY,
    Place,
    canonical_province,
    commune_2023,
    commune_2025,
    find_province,
    province_on,
)
from ontology.text import nfc, norm, slug
from ontology.units import CHANGE_DATE


@dataclass(frozen=True)
class Kind:
    cls: str  # local name of the OWL class
    key: str  # IRI segment
    system: str  # party | state | front
    vi: str
    en: str
    parent: str | None = None  # key of the body of the same place it belongs to (org:subOrganizationOf)
    definition_en: str = ""


KINDS: dict[str, Kind] = {
    k.key: k
    for k in [
        Kind(
            "PartyCongress",
            "dai-hoi",
            "party",
            "Đại hội đảng bộ",
            "Party congress",
            None,
            "The congress of a Party organisation, which elects its executive committee.",
        ),
        Kind(
            "PartyExecutiveCommittee",
            "ban-chap-hanh",
            "party",
            "Ban Chấp hành đảng bộ (cấp ủy)",
            "Party executive committee",
            "dai-hoi",
            "The executive committee of a Party organisation: the Central Committee, a provincial "
            "(Tỉnh ủy, Thành ủy) or district (Huyện ủy) committee.",
        ),
        Kind(
            "Politburo",
            "bo-chinh-tri",
            "party",
            "Bộ Chính trị",
            "Politburo",
            "ban-chap-hanh",
            "The standing leadership body elected by the Central Committee.",
        ),
        Kind(
            "Secretariat",
            "ban-bi-thu",
            "party",
            "Ban Bí thư",
            "Secretariat",
            "ban-chap-hanh",
            "The Secretariat of the Central Committee.",
        ),
        Kind(
            "PartyStandingCommittee",
            "ban-thuong-vu",
            "party",
            "Ban Thường vụ cấp ủy",
            "Party standing committee",
            "ban-chap-hanh",
            "The standing committee of a provincial, district or bloc Party committee.",
        ),
        Kind(
            "PartyStandingBoard",
            "thuong-truc",
            "party",
            "Thường trực cấp ủy",
            "Party standing board",
            "ban-thuong-vu",
            "The secretary and deputy secretaries who run a committee's daily work.",
        ),
        Kind(
            "OrganisationCommission",
            "ban-to-chuc",
            "party",
            "Ban Tổ chức",
            "Organisation commission",
            "ban-chap-hanh",
            "The advisory board of a Party committee for organisation and personnel.",
        ),
        Kind(
            "PropagandaCommission",
            "ban-tuyen-giao",
            "party",
            "Ban Tuyên giáo",
            "Propaganda and education commission",
            "ban-chap-hanh",
            "The advisory board of a Party committee for propaganda and education.",
        ),
        Kind(
            "MassMobilisationCommission",
            "ban-dan-van",
            "party",
            "Ban Dân vận",
            "Mass mobilisation commission",
            "ban-chap-hanh",
            "The advisory board of a Party committee for mass mobilisation.",
        ),
        Kind(
            "PropagandaAndMassMobilisationCommission",
            "ban-tuyen-giao-va-dan-van",
            "party",
            "Ban Tuyên giáo và Dân vận",
            "Propaganda, education and mass mobilisation commission",
            "ban-chap-hanh",
            "The advisory board formed in 2025 by merging a committee's Ban Tuyên giáo and Ban Dân vận.",
        ),
        Kind(
            "InternalAffairsCommission",
            "ban-noi-chinh",
            "party",
            "Ban Nội chính",
            "Internal affairs commission",
            "ban-chap-hanh",
            "The advisory board of a Party committee for internal affairs.",
        ),
        Kind(
            "EconomicCommission",
            "ban-kinh-te",
            "party",
            "Ban Kinh tế",
            "Economic commission",
            "ban-chap-hanh",
            "The advisory board of a Party committee for the economy.",
        ),
        Kind(
            "ExternalRelationsCommission",
            "ban-doi-ngoai",
            "party",
            "Ban Đối ngoại",
            "External relations commission",
            "ban-chap-hanh",
            "The advisory board of a Party committee for external relations.",
        ),
        Kind(
            "InspectionCommission",
            "uy-ban-kiem-tra",
            "party",
            "Ủy ban Kiểm tra",
            "Inspection commission",
            "ban-chap-hanh",
            "The inspection commission of a Party committee.",
        ),
        Kind(
            "PartyOffice",
            "van-phong",
            "party",
            "Văn phòng cấp ủy",
            "Party committee office",
            "ban-chap-hanh",
            "The office of a Party committee.",
        ),
        Kind(
            "BlocPartyCommittee",
            "dang-uy-khoi",
            "party",
            "Đảng ủy Khối",
            "Bloc Party committee",
            None,
            "The committee of a bloc Party organisation (of the provincial agencies or enterprises).",
        ),
        Kind(
            "SteeringCommittee",
            "ban-chi-dao",
            "party",
            "Ban Chỉ đạo",
            "Steering committee",
            "ban-chap-hanh",
            "A steering committee set up by a committee for one field (e.g. Ban Chỉ đạo 35).",
        ),
        Kind(
            "GrassrootsPartyCommittee",
            "dang-uy-co-so",
            "party",
            "Cấp ủy cơ sở",
            "Grassroots Party committee",
            None,
            "The committee of a grassroots Party organisation.",
        ),
        Kind("PartyCell", "chi-bo", "party", "Chi bộ", "Party cell", None, "A Party cell."),
        Kind("NationalAssembly", "quoc-hoi", "state", "Quốc hội", "National Assembly"),
        Kind("Government", "chinh-phu", "state", "Chính phủ", "Government"),
        Kind(
            "PrimeMinister",
            "thu-tuong",
            "state",
            "Thủ tướng Chính phủ",
            "Prime Minister",
            "chinh-phu",
            "The Prime Minister, as an issuer of decisions (symbol -TTg).",
        ),
        Kind("Ministry", "bo", "state", "Bộ", "Ministry", "chinh-phu"),
        Kind("PeoplesCouncil", "hoi-dong-nhan-dan", "state", "Hội đồng nhân dân", "People's Council"),
        Kind(
            "PeoplesCommittee",
            "uy-ban-nhan-dan",
            "state",
            "Ủy ban nhân dân",
            "People's Committee",
            "hoi-dong-nhan-dan",
            "The executive organ of a People's Council.",
        ),
        Kind(
            "Department",
            "so-nganh",
            "state",
            "Sở, phòng, ngành",
            "Department",
            "uy-ban-nhan-dan",
            "A specialised department of a People's Committee (Sở at province, Phòng at district).",
        ),
        Kind(
            "FrontCommittee",
            "uy-ban-mttq",
            "front",
            "Ủy ban Mặt trận Tổ quốc Việt Nam",
            "Viet Nam Fatherland Front committee",
        ),
        Kind("FrontPresidium", "doan-chu-tich", "front", "Đoàn Chủ tịch", "Front presidium", "uy-ban-mttq"),
        Kind(
            "FrontStandingBoard",
            "ban-thuong-truc",
            "front",
            "Ban Thường trực Ủy ban MTTQ",
            "Front standing board",
            "uy-ban-mttq",
        ),
        Kind(
            "FrontAdvisoryBoard",
            "ban-chuyen-mon",
            "front",
            "Ban chuyên môn của Ủy ban MTTQ",
            "Front advisory board",
            "uy-ban-mttq",
        ),
        Kind(
            "FrontOffice",
            "van-phong-mttq",
            "front",
            "Văn phòng Ủy ban MTTQ",
            "Front committee office",
            "uy-ban-mttq",
        ),
        Kind(
            "SocioPoliticalOrganisation",
            "doan-the",
            "front",
            "Tổ chức chính trị - xã hội",
            "Socio-political organisation",
            None,
            "A member organisation of the Front: Youth Union, Women's Union, Farmers' Union, Veterans' "
            "Association, Trade Union.",
        ),
        Kind("PressAgency", "co-quan-bao-chi", "state", "Cơ quan báo chí", "Press agency"),
    ]
}


@dataclass(frozen=True)
class BodyRef:
    """What a body's name tells: the kind, system, level and place, and whether it names one body."""

    name: str
    kind: Kind | None
    system: str | None
    level: str | None
    place: Place | None
    qualifier: str | None = None  # e.g. the name of a department or of a Front board
    group: bool = False  # a plural or generic reference ("các đảng ủy trực thuộc", "cấp ủy cơ sở")

    @property
    def resolved(self) -> bool:
        """True when the name points to one body whose kind and place are known."""
        return self.kind is not None and self.place is not None and not self.group


@dataclass(frozen=True)
class Context:
    """The place, system and date of the document a name is read in (the plan, or a cited document)."""

    place: Place | None = None
    system: str | None = None
    on: date | None = None  # the document's date: a name means the unit in force that day

    @property
    def day(self) -> date | None:
        """The day the names are read on: the document's date, else 1 July 2025 for a document
        whose place is a unit formed that day (its names are those of 2025), else None."""
        if self.on is not None:
            return self.on
        return CHANGE_DATE if self.place is not None and self.place.since_2025 else None

    @property
    def after_reform(self) -> bool:
        """True when the names are those of the units formed on 1 July 2025."""
        return self.day is not None and self.day >= CHANGE_DATE

    def province(self, name: str | None) -> Place | None:
        """The province this document means by a name: its own place when it is that province
        (whichever period), else the province of the document's day (`province_on`)."""
        own = self.place
        if own is not None and own.kind == "commune" and own.since_2025:
            own = own.parent
        if name and own is not None and own.kind == "province" and own.name == canonical_province(name):
            return own
        return province_on(name, self.day)


# Head patterns, tried in order on the normalised name; the first that matches gives the kind.
_HEADS: list[tuple[str, str]] = [
    (r"^(ban thường trực|btt)\b.*(mttq|mặt trận)", "ban-thuong-truc"),
    (r"^(đoàn chủ tịch)", "doan-chu-tich"),
    (r"^văn phòng\b.*(mttq|mặt trận)", "van-phong-mttq"),
    (r"^ban\b.*(ủy ban|ub)\s*(mttq|mặt trận)", "ban-chuyen-mon"),
    (r"^(ban thường vụ|btv)\b", "ban-thuong-vu"),
    (r"^thường trực\b", "thuong-truc"),
    (r"^(ban chấp hành|bch)\b", "ban-chap-hanh"),
    (r"^bộ chính trị\b", "bo-chinh-tri"),
    (r"^ban bí thư\b", "ban-bi-thu"),
    (r"^hội nghị\b.*(trung ương|tw|ban chấp hành)", "ban-chap-hanh"),
    (r"^(nghị quyết )?(trung ương|tw) ?\d", "ban-chap-hanh"),
    (r"^đại hội\b", "dai-hoi"),
    (r"^(ban tổ chức|ban tccb|btc)\b", "ban-to-chuc"),
    (r"^(ban tuyên giáo và dân vận|ban tuyên giáo - dân vận|btgdv)\b", "ban-tuyen-giao-va-dan-van"),
    (r"^(ban tuyên giáo|btg)\b", "ban-tuyen-giao"),
    (r"^(ban dân vận|bdv)\b", "ban-dan-van"),
    (r"^ban nội chính\b", "ban-noi-chinh"),
    (r"^ban kinh tế\b", "ban-kinh-te"),
    (r"^ban đối ngoại\b", "ban-doi-ngoai"),
    (r"^(ủy ban kiểm tra|ubkt)\b", "uy-ban-kiem-tra"),
    (r"^(văn phòng|vp)\b", "van-phong"),
    (r"^(ban chỉ đạo|bcđ)\b", "ban-chi-dao"),
    (r"^(ủy ban nhân dân|ubnd)\b", "uy-ban-nhan-dan"),
    (r"^(hội đồng nhân dân|hđnd)\b", "hoi-dong-nhan-dan"),
    (r"^thủ tướng\b", "thu-tuong"),
    (r"^chính phủ\b", "chinh-phu"),
    (r"^quốc hội\b", "quoc-hoi"),
    (r"^(sở|phòng|bộ)\s", "so-nganh"),
    (r"^(ủy ban trung ương|ubtw|ủy ban|ub)\s*(mttq|mặt trận)", "uy-ban-mttq"),
    (r"^(mttq|mặt trận)", "uy-ban-mttq"),
    (r"^đảng ủy khối\b", "dang-uy-khoi"),
    (r"^(cấp ủy|đảng ủy) cơ sở\b", "dang-uy-co-so"),
    (r"^(các )?(đảng ủy|chi ủy)\b.*(trực thuộc|cơ sở|xã)", "dang-uy-co-so"),
    (r"^(chi bộ|chi ủy)\b", "chi-bo"),
    (r"^(tỉnh ủy|thành ủy|huyện ủy|thị ủy|quận ủy)\b", "ban-chap-hanh"),
    (
        r"^(đoàn thanh niên|đoàn tncs|tỉnh đoàn|huyện đoàn|đoàn khối|hội liên hiệp phụ nữ|hội lhpn|"
        r"hội nông dân|hội cựu chiến binh|hội ccb|công đoàn|liên đoàn lao động|cđvc|cdvc)",
        "doan-the",
    ),
    (r"^(cơ quan (thông tấn )?báo chí|báo|đài phát thanh|đài)\b", "co-quan-bao-chi"),
    (r"^đảng ủy\b", "ban-chap-hanh"),
]

_CENTRAL = re.compile(
    r"(trung ương|\btw\b|toàn quốc|bộ chính trị|ban bí thư|chính phủ|thủ tướng|quốc hội|"
    r"\bubtw\b|của đảng$)"
)
_DISTRICT = re.compile(r"(huyện|thị xã|thị ủy|quận|\bhu\b)")
_PROVINCE = re.compile(r"(tỉnh|thành ủy|thành phố)")
_BLOC = re.compile(r"(đảng ủy khối|đảng bộ khối|\bkhối\b|\bđuk\b)")
_GRASSROOTS = re.compile(r"(cơ sở|chi bộ|chi ủy|trực thuộc|\bxã\b|phường)")
_FRONT = re.compile(
    r"(mttq|mặt trận|đoàn thanh niên|tỉnh đoàn|huyện đoàn|đoàn khối|phụ nữ|nông dân|"
    r"cựu chiến binh|công đoàn|cđvc|cdvc|đoàn thể|chính trị - xã hội|chính trị-xã hội|lhpn|"
    r"thành đoàn|quận đoàn|thị đoàn|đoàn tncs)"
)
# The board of a member organisation of the Front ("Ban Thường vụ Tỉnh đoàn", "Ban Thường vụ Hội LHPN
# huyện"), and the Party committee of the police or the armed forces of a place ("Đảng ủy Công an tỉnh",
# "Ban Thường vụ Đảng ủy Quân sự huyện"): not the committees of that place, and not modelled.
_MEMBER_ORGANISATION = re.compile(
    r"tỉnh đoàn|thành đoàn|huyện đoàn|quận đoàn|thị đoàn|đoàn thanh niên|đoàn tncs|phụ nữ|lhpn|nông dân|"
    r"cựu chiến binh|công đoàn|liên đoàn lao động"
)
_FORCES_COMMITTEE = re.compile(
    r"^(?:ban thường vụ )?đảng ủy (?:công an|quân sự|bộ đội|biên phòng|bộ chỉ huy)\b"
)
_STATE = re.compile(
    r"(ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân|chính phủ|thủ tướng|quốc hội|^sở |^phòng |"
    r"^bộ (?!chính trị))"
)
_PARTY = re.compile(
    r"(ủy\b|đảng|ban chấp hành|thường vụ|bộ chính trị|ban bí thư|kiểm tra|tuyên giáo|"
    r"ban tổ chức|dân vận|nội chính|hội nghị trung ương)"
)
_GROUP = re.compile(
    r"(^các\b|\bcác (huyện|xã|cơ quan|đơn vị|ban|đảng|chi)|^cấp ủy|^những\b|"
    r"\bvà các\b|, các\b)"
)
_DISTRICT_WORD = re.compile(r"\b(huyện ủy|huyện|thị xã|thị ủy|quận ủy|quận)\s+", re.IGNORECASE)


def _district_name(name: str) -> str | None:
    """The capitalised words after "huyện", "Huyện ủy", "thị xã" …: `Huyện ủy Nam Đàn` -> `Nam Đàn`."""
    text = nfc(name)
    for m in _DISTRICT_WORD.finditer(text):
        words = []
        for w in text[m.end() :].split():
            w = w.strip(",;.()")
            if not w or not w[0].isupper() or norm(w) in ("tỉnh", "thành"):
                break
            words.append(w)
        if words:
            return " ".join(words)
    return None


def _strip(name: str) -> str:
    n = norm(name)
    n = re.sub(r"^(đối với|đề nghị|giao|t/m|tm\.?)\s+", "", n)
    n = re.sub(r"\s*\((b/c|để b/c|m)\)$", "", n)
    return n


def _qualifier(kind_key: str, n: str) -> str | None:
    if kind_key == "ban-chi-dao":
        m = re.search(r"ban chỉ đạo\s+(\d+|[\wà-ỹ ]+?)(?:\s+(cấp|tỉnh|huyện|của)\b|$)", n)
        return slug(m.group(1)) if m else None
    if kind_key == "so-nganh":
        m = re.match(r"^((sở|phòng|bộ)\s.+?)(\s+(tỉnh|huyện|thành phố)\b.*)?$", n)
        return slug(m.group(1)) if m else None
    if kind_key == "ban-chuyen-mon":
        m = re.match(r"^ban\s+(.+?)\s+(ủy ban|ub)\b", n)
        return slug(m.group(1)) if m else None
    if kind_key == "doan-the":
        return slug(re.split(r"\s+(tỉnh|huyện|cấp|các)\b", n)[0])
    if kind_key == "co-quan-bao-chi":
        return slug(n)
    return None


_COMMUNE_WORD = re.compile(r"\b(xã|phường|thị trấn|đặc khu)\s+", re.IGNORECASE)


def _commune_words(name: str) -> tuple[str, str] | None:
    """The type word and the words after it that name one commune: `Đảng ủy xã Hòa Lộc` ->
    (`xã`, `Hòa Lộc`)."""
    text = nfc(name)
    for m in _COMMUNE_WORD.finditer(text):
        words = []
        for w in text[m.end() :].split():
            w = w.strip(",;.()")
            if not w or not (w[0].isupper() or w.isdigit()) or norm(w) in ("huyện", "tỉnh", "thành", "thị"):
                break
            words.append(w)
        if words:
            return m.group(1), " ".join(words)
    return None


def _commune_name(name: str) -> str | None:
    """The words after "xã", "phường", "thị trấn" that name one: `Đảng ủy xã Hòa Lộc` -> `Hòa Lộc`."""
    words = _commune_words(name)
    return words[1] if words else None


def _grassroots_place(
    name: str, ctx: Context, ctx_province: str | None, kind_key: str | None, group: bool
) -> Place | None:
    """The place of a grassroots body: the plan's own commune, a commune the name gives within the
    plan's district, or (named in a document of 1 July 2025 or later) the one commune of 2025 of
    that name in the plan's province, the plan's place for a group ("các chi bộ trực thuộc"), else
    unknown (a single commune body whose commune cannot be told is not a body of the plan's district)."""
    ctx_place = ctx.place
    words = _commune_words(name)
    cname = words[1] if words else None
    if ctx_place is not None and ctx_place.kind == "commune":
        unit = ctx_place.unit
        if cname is None or norm(cname) in {norm(ctx_place.name), norm(unit.name) if unit else ""}:
            return ctx_place
    if cname and not group and ctx_place is not None and ctx_province:
        district = ctx_place.name if ctx_place.kind == "district" else ctx_place.district
        if district and ctx_place.kind in ("district", "commune") and not ctx_place.since_2025:
            return commune_2023(cname, district, ctx_province)
    if words and not group and ctx_province and ctx.after_reform:
        commune = commune_2025(" ".join(words), ctx_province)
        if commune is not None:
            return commune
    if ctx_place is None or ctx_place.kind == "country":
        return None
    if not group and kind_key not in (None, "dang-uy-co-so", "chi-bo") and ctx_place.kind != "commune":
        return None
    return ctx_place


def resolve_body(name: str, context: Context | None = None) -> BodyRef:
    """Read a body's name in the context of the document it appears in."""
    ctx = context or Context()
    n = _strip(name)
    kind_key = next((k for pat, k in _HEADS if re.search(pat, n)), None)
    kind = KINDS.get(kind_key) if kind_key else None
    if (
        kind is not None
        and kind.system == "party"
        and ((_MEMBER_ORGANISATION.search(n) and "đảng" not in n) or _FORCES_COMMITTEE.search(n))
    ):
        kind_key, kind = None, None
    if kind is None and re.match(r"^(ban thường trực|btt)$", n) and ctx.system == "front":
        kind_key, kind = "ban-thuong-truc", KINDS["ban-thuong-truc"]
    group_text = re.sub(r"khối các (cơ quan|doanh nghiệp)", "khối", n)
    group = bool(_GROUP.search(group_text)) or (kind_key == "dang-uy-co-so" and n.startswith("cấp ủy"))

    # system: the kind's own, else the words, else the context's
    if kind is not None and kind_key not in ("dai-hoi", "ban-chap-hanh"):
        system = kind.system
    elif _FRONT.search(n):
        system = "front"
    elif _STATE.search(n):
        system = "state"
    elif _PARTY.search(n) or kind is not None:
        system = "party"
    else:
        system = ctx.system
    if kind is not None and system == "front" and kind_key == "dai-hoi":
        kind = None  # a Front congress is not modelled; keep it unresolved

    # place and level
    place: Place | None
    level: str | None
    ctx_place = ctx.place
    ctx_province = (
        ctx_place.name
        if ctx_place and ctx_place.kind == "province"
        else ctx_place.province
        if ctx_place and ctx_place.kind in ("district", "bloc", "commune")
        else None
    )
    named_province = find_province(name)
    if named_province and norm(named_province) in ("việt nam",):
        named_province = None
    if kind_key in ("bo-chinh-tri", "ban-bi-thu", "thu-tuong", "chinh-phu", "quoc-hoi") or (
        _CENTRAL.search(n) and not named_province and not _PROVINCE.search(n) and not _DISTRICT.search(n)
    ):
        place, level = COUNTRY, "central"
    elif _GRASSROOTS.search(n) and not _DISTRICT.search(n.split("trực thuộc")[0].split("cơ sở")[0]):
        level = "grassroots"
        place = _grassroots_place(name, ctx, ctx_province, kind_key, group)
    elif _BLOC.search(n):
        level = "province"
        prov = named_province or ctx_province
        bloc_name = ctx_place.name if ctx_place and ctx_place.kind == "bloc" else None
        place = Place("bloc", bloc_name, prov) if bloc_name and prov else None
    elif _DISTRICT.search(n):
        level = "district"
        dname = _district_name(name)
        prov = named_province or ctx_province
        if dname is None and ctx_place and ctx_place.kind == "district":
            dname = ctx_place.name
        if dname is None and ctx_place and ctx_place.kind == "commune" and not ctx_place.since_2025:
            dname = ctx_place.district
        if re.search(r"(các huyện|cấp huyện)", n):
            group = group or "các" in n
            dname = dname if not group else None
            if ctx_place and ctx_place.kind == "district" and "cấp huyện" in n:
                dname = ctx_place.name
        if dname and prov:
            place = Place("district", dname, prov)
        else:
            # "các huyện …": the district-level bodies of a province, as a group
            place = ctx.province(prov) if group and prov else None
    elif _PROVINCE.search(n) or named_province:
        level = "province"
        prov = named_province or ctx_province
        place = ctx.province(prov) if prov else None
    elif ctx_place is not None:
        # an unmarked name ("Ban Thường vụ", "Văn phòng") is the issuing organisation's own body
        place = ctx_place
        level = ctx_place.level
    else:
        place, level = None, None
    if kind is not None and kind_key == "ban-chap-hanh" and place is not None and place.kind == "bloc":
        kind = KINDS["dang-uy-khoi"]
    if kind_key == "dang-uy-co-so" and not group and place is not None and place.kind == "commune":
        kind = KINDS["ban-chap-hanh"]  # the Party committee of one commune is its executive committee
    if (
        kind is not None
        and kind_key == "dang-uy-khoi"
        and place is None
        and ctx_place
        and ctx_place.kind == "bloc"
    ):
        place = ctx_place
    return BodyRef(
        name=" ".join(name.split()),
        kind=kind,
        system=system,
        level=level,
        place=place,
        qualifier=_qualifier(kind_key, n) if kind_key else None,
        group=group,
    )


def canonical_body_path(ref: BodyRef) -> str | None:
    """IRI path of a resolved body: `<place path>/<system>/<kind>[/<qualifier>]`."""
    if not ref.resolved or ref.kind is None or ref.place is None:
        return None
    path = f"{ref.place.path}/{ref.kind.system}/{ref.kind.key}"
    if ref.qualifier:
        path += "/" + ref.qualifier
    return path


def province_of(place: Place | None) -> str | None:
    if place is None:
        return None
    if place.kind == "province":
        return place.name
    return canonical_province(place.province)
