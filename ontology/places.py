"""Places and jurisdictions: the country, provinces, districts, communes and Party blocs, before and
after the reform of 1 July 2025.

A jurisdiction is whose numbering a document key belongs to. Its IRI path (`vn`, `soc-trang`,
`thanh-hoa/hau-loc`, `thanh-hoa/hau-loc/hoa-loc`, `quang-nam/bloc/dang-bo-khoi-cac-co-quan-tinh`) is
reused in the IRIs of the bodies and documents that belong to it.

The plans name the units in force when they were written: the 63 provinces, their districts and
communes (`ontology.units`, era 2023) until 30 June 2025, the units formed on 1 July 2025 after it.
Those are places too, reached as successors or by the names of a document dated on or after that day
(`province_on`, `commune_2025`): a merged province `can-tho-2025`, a commune of 2025
`thanh-hoa/xa-hau-loc` or `can-tho-2025/phuong-ninh-kieu` (the full name, type word included, so it
cannot be mistaken for a district of the province). A province the reform left as it was (Thanh
Hóa, 38 -> 38) is one place in both periods, with no successor.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from ontology import units as U
from ontology.text import nfc, norm, slug


@dataclass(frozen=True)
class Place:
    kind: str  # "country" | "province" | "district" | "commune" | "bloc"
    name: str  # as normalised (NFC); for a district or commune, its own name
    province: str | None = None  # the province a district, commune or bloc belongs to
    district: str | None = None  # the district a commune of 2023 belongs to
    since_2025: bool = False  # a unit formed on 1 July 2025 (a merged province, a commune of 2025)

    @property
    def path(self) -> str:
        return _path(self)

    @property
    def level(self) -> str:
        # A bloc Party committee (Đảng ủy Khối) stands directly under the provincial committee: its
        # documents are of provincial level.
        return {
            "country": "central",
            "province": "province",
            "district": "district",
            "commune": "grassroots",
            "bloc": "province",
        }[self.kind]

    @property
    def parent(self) -> Place | None:
        if self.kind == "country":
            return None
        if self.kind == "province":
            return COUNTRY
        if self.kind == "commune" and self.since_2025:
            return province_2025(self.province)
        if self.kind == "commune":
            if self.district and self.province:
                return Place("district", self.district, self.province)
            return None
        return Place("province", self.province) if self.province else None

    @property
    def jurisdiction_string(self) -> str:
        if self.kind == "country":
            return "national"
        if self.kind == "province":
            return f"province-2025:{self.name}" if self.since_2025 else f"province:{self.name}"
        if self.kind == "commune":
            if self.since_2025:
                return f"commune-2025:{self.name}, {self.province}"
            return f"commune:{self.name}, {self.district}, {self.province}"
        return f"{self.kind}:{self.name}, {self.province}"

    @property
    def unit(self) -> U.Unit | None:
        """The administrative unit of the GSO register (with its code), when the name finds one."""
        return gso_unit(self)


COUNTRY = Place("country", "Việt Nam")


@cache
def provinces() -> dict[str, tuple[str, str]]:
    """normalised name -> (name as listed, "city" | "province")."""
    text = resources.files("ontology").joinpath("data/provinces.csv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, str]] = {}
    for row in csv.DictReader(text.splitlines()):
        name = nfc(row["name"])
        out[norm(name)] = (name, row["kind"])
        if name.startswith("Thành phố "):
            out[norm(name[len("Thành phố ") :])] = (name, row["kind"])
    out["tp hồ chí minh"] = out["hồ chí minh"]
    out["tp. hồ chí minh"] = out["hồ chí minh"]
    out["huế"] = out["thừa thiên huế"]
    return out


# The unit word a province's name may be written with, and the kind of province it names: "Tỉnh Thanh
# Hóa" is the province, "Thành phố Cần Thơ" the centrally governed city, but "Thành phố Thanh Hóa" is
# the city *in* the province of that name (a district-level unit), not the province.
_PROVINCE_WORD = re.compile(r"^(tỉnh|thành phố|tp\.?)\s+")
_WORD_KIND = {"tỉnh": "province", "thành phố": "city", "tp.": "city", "tp": "city"}


def canonical_province(name: str | None) -> str | None:
    """The listed name of a province, written with or without the unit word of its kind, or None for
    an unknown or empty one."""
    if not name:
        return None
    key = norm(name)
    hit = provinces().get(key)
    if hit is None and (m := _PROVINCE_WORD.match(key)):
        hit = provinces().get(key[m.end() :])
        if hit is not None and hit[1] != _WORD_KIND[m.group(1)]:
            hit = None
    return hit[0] if hit else None


@cache
def _province_regex() -> re.Pattern[str]:
    names = sorted(provinces(), key=len, reverse=True)
    return re.compile(r"(?<![\wÀ-ỹ])(" + "|".join(re.escape(n) for n in names) + r")(?![\wÀ-ỹ])")


def find_province(text: str) -> str | None:
    """The province named in a text (longest name wins), or None."""
    m = _province_regex().search(norm(text))
    return provinces()[m.group(1)][0] if m else None


def parse_jurisdiction(value: str | None, on: date | None = None) -> Place | None:
    """`national`, `province:<name>`, `district:<name>, <province>`, `bloc:<name>, <province>`,
    `commune:<name>, <district>, <province>` (`ward:` for a ward); for units of 2025, `province-2025:<name>`,
    `commune:<name>, <province>` and `ward:<name>, <province>` (no district), and `commune-2025:<name>,
    <province>`. Anything else: None.

    `on` is the date of the document the jurisdiction is of: a `province:` name is read as the
    province of that day (`province_on`). Districts, blocs and `commune:` (which names a district)
    are units of 2023 whatever the date."""
    if not value:
        return None
    value = nfc(value)
    if value == "national":
        return COUNTRY
    kind, _, rest = value.partition(":")
    rest = rest.strip()
    if kind == "province":
        return province_on(rest, on)
    if kind in ("district", "bloc"):
        name, _, prov_name = rest.rpartition(",")
        prov = canonical_province(prov_name.strip())
        if not name.strip() or not prov:
            return None
        return Place(kind, name.strip(), prov)
    if kind in ("commune", "ward"):
        parts = [p.strip() for p in rest.rsplit(",", 2)]
        if not all(parts):
            return None
        if len(parts) == 3:
            return commune_2023(parts[0], parts[1], parts[2], _UNIT_WORD[kind])
        if len(parts) == 2:  # named with its province only: a commune (or ward) of 2025
            return _commune_2025_place(parts[0], parts[1], _UNIT_WORD[kind])
        return None
    if kind == "province-2025":
        return province_2025(rest)
    if kind == "commune-2025":
        name, _, prov_name = rest.rpartition(",")
        return _commune_2025_place(name.strip(), prov_name.strip(), None)
    return None


_UNIT_WORD = {"commune": "Xã", "ward": "Phường"}


def _commune_2025_place(name: str, province: str, unit_word: str | None) -> Place | None:
    """The commune (or ward) of 2025 of this name in this province of 2025, its register name where the
    register knows it ("Xã Hậu Lộc" for `commune:Hậu Lộc, Thanh Hóa`)."""
    prov = province_2025(province)
    if not name or prov is None:
        return None
    unit = (
        _commune_unit_2025(f"{unit_word} {name}", prov.name) if unit_word else None
    ) or _commune_unit_2025(name, prov.name)
    return Place("commune", unit.full_name if unit else name, prov.name, None, True)


def province_on(name: str | None, day: date | None) -> Place | None:
    """The province a document dated `day` means by this name (None for an unknown name).

    A document names the units in force on its date. From 1 July 2025, a name that is both that of
    a province merged then (its unit of 2023 dissolved that day) and that of a province of 2025 means
    the province of 2025: "Cần Thơ" in a plan of 2026 is `can-tho-2025`, which took in Sóc Trăng
    and Hậu Giang. A name the reform did away with (Sóc Trăng) stays the unit of 2023, which
    validation checks against the date; a province the reform left as it was (Thanh Hóa) is one
    place anyway. Before that day, and without a date, the unit of 2023."""
    listed = canonical_province(name)
    if listed is None:
        return None
    old = Place("province", listed)
    if day is None or day < U.CHANGE_DATE or dissolved(old) != U.CHANGE_DATE:
        return old
    new = province_2025(listed)
    return new if new is not None and new.since_2025 else old


def _commune_unit_2025(name: str, province: str) -> U.Unit | None:
    """The register's commune of 2025 of this name (short, or full with its type word) in the
    province of 2025 named `province`, when exactly one has it."""
    prov = _province_units(2025).get(canonical_province(province) or "")
    return U.find(2025, "commune", prov.code, name) if prov is not None else None


def commune_2025(name: str, province: str) -> Place | None:
    """The commune of 2025 of this name in the province of 2025 of this name, when the register has
    exactly one ("Xã Hậu Lộc", or "Hậu Lộc" when no Phường shares it); else None, nothing on a guess."""
    unit = _commune_unit_2025(nfc(name), province)
    return place_of_unit(unit) if unit is not None else None


def commune_2023(name: str, district: str, province: str, unit_word: str | None = None) -> Place | None:
    """A commune of 2023 (its register name when the register knows it; `unit_word` "Phường" tells a ward
    from a commune of the same name), or None without a province."""
    prov = canonical_province(province)
    if not prov:
        return None
    d = Place("district", nfc(district), prov)
    d_unit = gso_unit(d)
    unit = None
    if d_unit and unit_word:
        unit = U.find(2023, "commune", d_unit.code, f"{unit_word} {name}")
    if d_unit and unit is None:
        unit = U.find(2023, "commune", d_unit.code, name)
    return Place("commune", register_name(unit) if unit else nfc(name), prov, nfc(district))


def place_for(
    level: str | None, province: str | None, district: str | None = None, on: date | None = None
) -> Place | None:
    """The place of a body from an issuer's level, province and district fields (the province of
    the document's date `on`, see `province_on`)."""
    prov = canonical_province(province)
    if level == "central":
        return COUNTRY
    if level == "district" and district and prov:
        return Place("district", nfc(district), prov)
    if level in ("province", "district", "grassroots") and prov:
        return province_on(prov, on)
    return None


# -- the GSO register ----------------------------------------------------------------------------------
@cache
def _province_units(era: int) -> dict[str, U.Unit]:
    """listed province name -> unit of that era (the 2025 names are listed names of 2023 too)."""
    out: dict[str, U.Unit] = {}
    for u in U.units(era).values():
        if u.level == "province":
            out[canonical_province(u.name) or u.name] = u
    return out


@cache
def gso_unit(place: Place) -> U.Unit | None:
    """The register's unit of a place, or None (country, bloc, a name the register does not know
    or that two units share)."""
    if place.kind == "province":
        if place.since_2025:
            return _province_units(2025).get(place.name)
        return _province_units(2023).get(place.name)
    if place.kind == "district":
        prov = _province_units(2023).get(place.province or "")
        return U.find(2023, "district", prov.code, place.name) if prov else None
    if place.kind == "commune" and place.since_2025:
        prov = province_2025(place.province)
        p_unit = prov.unit if prov else None
        return U.find(2025, "commune", p_unit.code, place.name) if p_unit else None
    if place.kind == "commune":
        d_unit = gso_unit(Place("district", place.district or "", place.province))
        return U.find(2023, "commune", d_unit.code, place.name) if d_unit else None
    return None


def province_2025(name: str | None) -> Place | None:
    """The province of 2025 of this name: the old place when the reform left it as it was."""
    listed = canonical_province(name)
    unit = _province_units(2025).get(listed or "")
    if unit is None:
        return None
    return place_of_unit(unit)


def register_name(unit: U.Unit) -> str:
    """The name a place of the register goes by: the short name, or the full one (with its type
    word) when a sibling has the same short name (Huyện and Thị xã Kỳ Anh)."""
    return unit.name if U.find(unit.era, unit.level, unit.parent, unit.name) == unit else unit.full_name


def place_of_unit(unit: U.Unit) -> Place:
    """The place of a unit of the register (of either era)."""
    if unit.era == 2025:
        if unit.level == "province":
            old = U.units(2023).get(unit.code)
            if old is not None and U.unchanged(old):
                return Place("province", canonical_province(old.name) or old.name)
            return Place("province", canonical_province(unit.name) or unit.name, since_2025=True)
        prov = place_of_unit(U.units(2025)[unit.parent or ""])
        return Place("commune", unit.full_name, prov.name, None, True)
    if unit.level == "province":
        return Place("province", canonical_province(unit.name) or unit.name)
    if unit.level == "district":
        prov = U.units(2023)[unit.parent or ""]
        return Place("district", register_name(unit), canonical_province(prov.name) or prov.name)
    district = U.units(2023)[unit.parent or ""]
    prov = U.units(2023)[district.parent or ""]
    return Place(
        "commune", register_name(unit), canonical_province(prov.name) or prov.name, register_name(district)
    )


def successors(place: Place) -> list[Place]:
    """The places of 2025 a place became on 1 July 2025 (none when unchanged, abolished or unknown)."""
    unit = gso_unit(place) if not place.since_2025 else None
    return [place_of_unit(u) for u in U.successors(unit)] if unit else []


def now_in(place: Place) -> list[Place]:
    """The places of 2025 that hold a place's area (for an abolished district: the communes its
    communes went to)."""
    unit = gso_unit(place) if not place.since_2025 else None
    return [place_of_unit(u) for u in U.now_in(unit)] if unit else []


def founded(place: Place) -> date | None:
    """The day a place came into being, when the graph knows it (the units of 2025)."""
    return U.CHANGE_DATE if place.since_2025 else None


def dissolved(place: Place) -> date | None:
    """The first day a place no longer existed: 1 July 2025 for every district and commune of 2023
    and for a province merged then; None while it exists (or when the graph does not know)."""
    if place.since_2025 or place.kind in ("country", "bloc"):
        return None
    if place.kind in ("district", "commune"):
        return U.CHANGE_DATE
    unit = gso_unit(place)
    return U.CHANGE_DATE if unit is not None and not U.unchanged(unit) else None


# -- IRI paths -----------------------------------------------------------------------------------------
@cache
def _sibling_slugs(era: int, level: str, parent: str | None) -> dict[str, int]:
    counts: dict[str, int] = {}
    for u in U.units(era).values():
        if u.level == level and u.parent == parent:
            s = slug(u.name if era == 2023 else u.full_name)
            counts[s] = counts.get(s, 0) + 1
    return counts


def _segment(name: str, unit: U.Unit | None) -> str:
    """A commune's own path segment: the slug of its name, with its code when a sibling has the same
    slug (Xã Hoa Lộc and Xã Hòa Lộc of Hậu Lộc: `hoa-loc-16063`, `hoa-loc-16075`)."""
    s = slug(name)
    if unit is not None and _sibling_slugs(unit.era, unit.level, unit.parent).get(s, 0) > 1:
        return f"{s}-{unit.code}"
    return s


@cache
def _path(place: Place) -> str:
    if place.kind == "country":
        return "vn"
    if place.kind == "province":
        return slug(place.name) + ("-2025" if place.since_2025 else "")
    if place.kind == "district":
        return f"{slug(place.province or 'unknown')}/{slug(place.name)}"
    if place.kind == "commune":
        parent = place.parent
        up = parent.path if parent is not None else f"{slug(place.province or 'unknown')}/unknown"
        return f"{up}/{_segment(place.name, gso_unit(place))}"
    return f"{slug(place.province or 'unknown')}/bloc/{slug(place.name)}"
