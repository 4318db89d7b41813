"""The districts of 2023 and the province each 2023 province went into in 2025, from the administrative
units the project ships (`ontology/data/units-2023.tsv`, read once): a plan written after the 2025 reform
that names a district names a unit of before it, in the province of before it."""

from __future__ import annotations

import csv
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from ingest.bodies import province_name
from ingest.normalize import normalize

_UNITS_2023 = Path(__file__).resolve().parents[1] / "ontology" / "data" / "units-2023.tsv"
_UNITS_2025 = _UNITS_2023.with_name("units-2025.tsv")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, set[str]], dict[str, str]]:
    """({district name casefolded: {its 2023 province}}, {2023 province: the 2025 province it went into})."""
    with _UNITS_2025.open(encoding="utf-8") as f:
        names_2025 = {
            r["code"]: r["name"] for r in csv.DictReader(f, delimiter="\t") if r["level"] == "province"
        }
    with _UNITS_2023.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    province_of = {r["code"]: r["name"] for r in rows if r["level"] == "province"}
    went_into = {
        _name(r["name"]): _name(names_2025.get(r["successors"], ""))
        for r in rows
        if r["level"] == "province" and r["successors"]
    }
    districts: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r["level"] == "district" and r["parent"] in province_of:
            districts[_key(r["name"])].add(_name(province_of[r["parent"]]))
    return dict(districts), went_into


def _name(province: str) -> str:
    return province_name(province.removeprefix("Thành phố ")) or province


def _key(name: str) -> str:
    return " ".join(normalize(name).split()).casefold()


def province_before(district: str, province_2025: str) -> str | None:
    """The 2023 province of the district named `district` among those that went into `province_2025`
    ("Mỹ Tho", Đồng Tháp -> Tiền Giang), or None when there is none or more than one."""
    districts, went_into = _tables()
    found = {p for p in districts.get(_key(district), ()) if went_into.get(p) == province_2025}
    return found.pop() if len(found) == 1 else None
