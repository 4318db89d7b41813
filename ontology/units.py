"""Viet Nam's administrative units with their GSO codes, before and after 1 July 2025.

Read from the snapshot `ontology/data/units-2023.tsv` / `units-2025.tsv` (made from the
`vietnamadminunits` package by `ontology.gso_snapshot`, which says why a snapshot): the 63
provinces, 696 districts and 10,035 communes in force until 30 June 2025 (era 2023, the units the
plans of 2019–2025 name), and the 34 provinces and 3,321 communes in force from 1 July 2025 (era
2025), with what each unit of 2023 became. The district level has no units in 2025.

Lookups are by code, or by name within a parent unit after `ontology.text.norm` (NFC, one tone-mark
placement, lower case): a name two units share there (Huyện and Thị xã Kỳ Anh) finds nothing —
nothing is resolved on a guess.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from ontology.text import norm

CHANGE_DATE = date(2025, 7, 1)  # the 63 provinces became 34, the district level was abolished


@dataclass(frozen=True)
class Unit:
    era: int  # 2023 (until 30 June 2025) | 2025 (from 1 July 2025)
    level: str  # "province" | "district" | "commune"
    code: str  # GSO code, with its leading zeros
    parent: str | None  # code of the unit above (same era)
    type: str  # "Tỉnh", "Thành phố", "Huyện", "Quận", "Thị xã", "Xã", "Phường", "Thị trấn", "Đặc khu"
    name: str  # short name, NFC
    successors: tuple[str, ...] = ()  # era 2023: codes of the units of 2025 it became

    @property
    def full_name(self) -> str:
        return f"{self.type} {self.name}" if self.type else self.name

    @property
    def is_city(self) -> bool:
        return self.type == "Thành phố"


def _read(era: int) -> list[Unit]:
    text = resources.files("ontology").joinpath(f"data/units-{era}.tsv").read_text(encoding="utf-8")
    out = []
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        out.append(
            Unit(
                era=era,
                level=row["level"],
                code=row["code"],
                parent=row["parent"] or None,
                type=row["type"],
                name=row["name"],
                successors=tuple(s for s in (row.get("successors") or "").split("|") if s),
            )
        )
    return out


@cache
def units(era: int) -> dict[str, Unit]:
    """code -> unit. A code is unique within an era and a level; levels do not share code lengths."""
    return {u.code: u for u in _read(era)}


@cache
def _by_name(era: int) -> dict[tuple[str, str | None], dict[str, list[Unit]]]:
    """(level, parent code) -> normalised name (short, and full with its type word) -> units."""
    out: dict[tuple[str, str | None], dict[str, list[Unit]]] = defaultdict(lambda: defaultdict(list))
    for u in units(era).values():
        names = out[(u.level, u.parent)]
        for n in {norm(u.name), norm(u.full_name)}:
            names[n].append(u)
    return out


def find(era: int, level: str, parent: str | None, name: str) -> Unit | None:
    """The one unit of that level under `parent` (a code, None for provinces) with this name, else None."""
    hits = _by_name(era).get((level, parent), {}).get(norm(name), [])
    return hits[0] if len(hits) == 1 else None


@cache
def _predecessor_index() -> dict[str, tuple[Unit, ...]]:
    out: dict[str, list[Unit]] = defaultdict(list)
    for u in units(2023).values():
        for c in u.successors:
            out[c].append(u)
    return {c: tuple(us) for c, us in out.items()}


def predecessors(code: str) -> tuple[Unit, ...]:
    """The units of 2023 that became (wholly or in part) the unit of 2025 with this code."""
    return _predecessor_index().get(code, ())


@cache
def _children() -> dict[str, tuple[Unit, ...]]:
    out: dict[str, list[Unit]] = defaultdict(list)
    for era in (2023, 2025):
        for u in units(era).values():
            if u.parent:
                out[f"{era}:{u.parent}"].append(u)
    return {k: tuple(v) for k, v in out.items()}


def children(unit: Unit) -> tuple[Unit, ...]:
    """The units directly under a unit, of its own era."""
    return _children().get(f"{unit.era}:{unit.code}", ())


def unchanged(unit: Unit) -> bool:
    """A province of 2023 that is the same unit in 2025: same code, and nothing merged into it."""
    if unit.era != 2023 or unit.level != "province" or unit.successors != (unit.code,):
        return False
    return [p.code for p in predecessors(unit.code)] == [unit.code]


def successors(unit: Unit) -> list[Unit]:
    """The units of 2025 a unit of 2023 became (empty for an unchanged province and most districts)."""
    if unit.era != 2023 or unchanged(unit):
        return []
    new = units(2025)
    return [new[c] for c in unit.successors if c in new]


def now_in(unit: Unit) -> list[Unit]:
    """The units of 2025 whose area holds the unit's area: its successors, or for an abolished
    district those of its communes (in code order)."""
    if unit.era != 2023:
        return []
    if unit.level == "district" and not unit.successors:
        codes = sorted({c for u in children(unit) for c in u.successors})
        new = units(2025)
        return [new[c] for c in codes if c in new]
    return successors(unit) or ([unit] if unchanged(unit) else [])
