"""Places and jurisdictions: the country, the 63 provinces (as of 2023), districts, Party blocs.

A jurisdiction is whose numbering a document key belongs to. Its IRI path (`vn`, `soc-trang`,
`thanh-hoa/hau-loc`, `quang-nam/bloc/dang-bo-khoi-cac-co-quan-tinh`) is reused in the IRIs of the
bodies and documents that belong to it.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ontology.text import nfc, norm, slug


@dataclass(frozen=True)
class Place:
    kind: str  # "country" | "province" | "district" | "bloc"
    name: str  # as normalised (NFC); for a district, the district's own name
    province: str | None = None  # the province a district or bloc belongs to

    @property
    def path(self) -> str:
        if self.kind == "country":
            return "vn"
        if self.kind == "province":
            return slug(self.name)
        if self.kind == "district":
            return f"{slug(self.province or 'unknown')}/{slug(self.name)}"
        return f"{slug(self.province or 'unknown')}/bloc/{slug(self.name)}"

    @property
    def level(self) -> str:
        # A bloc Party committee (Đảng ủy Khối) stands directly under the provincial committee: its
        # documents are of provincial level.
        return {"country": "central", "province": "province", "district": "district", "bloc": "province"}[
            self.kind
        ]

    @property
    def parent(self) -> Place | None:
        if self.kind == "country":
            return None
        if self.kind == "province":
            return COUNTRY
        return Place("province", self.province) if self.province else None

    @property
    def jurisdiction_string(self) -> str:
        if self.kind == "country":
            return "national"
        if self.kind == "province":
            return f"province:{self.name}"
        return f"{self.kind}:{self.name}, {self.province}"


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


def canonical_province(name: str | None) -> str | None:
    """The listed name of a province, or None for an unknown or empty one."""
    if not name:
        return None
    hit = provinces().get(norm(name))
    return hit[0] if hit else None


@cache
def _province_regex() -> re.Pattern[str]:
    names = sorted(provinces(), key=len, reverse=True)
    return re.compile(r"(?<![\wÀ-ỹ])(" + "|".join(re.escape(n) for n in names) + r")(?![\wÀ-ỹ])")


def find_province(text: str) -> str | None:
    """The province named in a text (longest name wins), or None."""
    m = _province_regex().search(norm(text))
    return provinces()[m.group(1)][0] if m else None


def parse_jurisdiction(value: str | None) -> Place | None:
    """`national`, `province:<name>`, `district:<name>, <province>`, `bloc:<name>, <province>`; else None."""
    if not value:
        return None
    value = nfc(value)
    if value == "national":
        return COUNTRY
    kind, _, rest = value.partition(":")
    rest = rest.strip()
    if kind == "province":
        prov = canonical_province(rest)
        return Place("province", prov) if prov else None
    if kind in ("district", "bloc"):
        name, _, prov_name = rest.rpartition(",")
        prov = canonical_province(prov_name.strip())
        if not name.strip() or not prov:
            return None
        return Place(kind, name.strip(), prov)
    return None


def place_for(level: str | None, province: str | None, district: str | None = None) -> Place | None:
    """The place of a body from an issuer's level, province and district fields."""
    prov = canonical_province(province)
    if level == "central":
        return COUNTRY
    if level == "district" and district and prov:
        return Place("district", nfc(district), prov)
    if level in ("province", "district", "grassroots") and prov:
        return Place("province", prov)
    return None
