"""Vietnam's administrative units before the 2025 reform: 63 provinces, 696 districts, ~10,000 communes.

The data (`data/units.tsv`, one line per district) was taken from the `vietnamadminunits` package
(MIT, see `data/README.md`), with Huế given back its pre-2025 name Thừa Thiên Huế.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "units.tsv"
_QUALIFIER = re.compile(r"\s*\([^)]*\)$")  # "Kỳ Anh (Thị xã)": the data's own disambiguation

DISTRICT_KIND = {"H": "huyện", "Q": "quận", "TX": "thị xã", "TP": "thành phố"}
COMMUNE_KIND = {"X": "xã", "P": "phường", "T": "thị trấn"}


@dataclass(frozen=True)
class Commune:
    kind: str  # xã, phường, thị trấn
    name: str


@dataclass
class District:
    index: int
    kind: str  # huyện, quận, thị xã, thành phố
    name: str
    province: Province
    communes: list[Commune] = field(default_factory=list)

    @property
    def committee(self) -> str:
        """The Party committee's name: Huyện ủy, Quận ủy, Thị ủy, Thành ủy."""
        return {"huyện": "Huyện ủy", "quận": "Quận ủy", "thị xã": "Thị ủy", "thành phố": "Thành ủy"}[
            self.kind
        ]

    @property
    def symbol_suffix(self) -> str:
        return {"huyện": "HU", "quận": "QU", "thị xã": "TU", "thành phố": "TU"}[self.kind]

    @property
    def jurisdiction(self) -> str:
        return f"district:{self.name}, {self.province.name}"


@dataclass
class Province:
    index: int
    name: str
    is_city: bool  # the five centrally run cities
    districts: list[District] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return "thành phố" if self.is_city else "tỉnh"

    @property
    def committee(self) -> str:
        return "Thành ủy" if self.is_city else "Tỉnh ủy"

    @property
    def jurisdiction(self) -> str:
        return f"province:{self.name}"


@lru_cache(maxsize=1)
def provinces() -> tuple[Province, ...]:
    """All provinces in the order of their official codes, each with its districts and communes."""
    out: list[Province] = []
    by_name: dict[str, Province] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        ptype, pname, dtype, dname, wards = line.split("\t")
        prov = by_name.get(pname)
        if prov is None:
            prov = Province(len(out), pname, ptype == "TP")
            by_name[pname] = prov
            out.append(prov)
        dist = District(len(prov.districts), DISTRICT_KIND[dtype], _QUALIFIER.sub("", dname), prov)
        for w in wards.split("|") if wards else []:
            kind, _, name = w.partition(":")
            dist.communes.append(Commune(COMMUNE_KIND[kind], _QUALIFIER.sub("", name)))
        prov.districts.append(dist)
    return tuple(out)
