"""The administrative units of before and after the 2025 reform, from the snapshot the project ships
(`ontology/data/units-2023.tsv`, `units-2025.tsv`, read once): a plan written after the reform that names
a district, or a commune that is no longer one, names a unit of before it, in the province of before it."""

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
def _communes_2025() -> set[tuple[str, str]]:
    """{(commune name casefolded, its province)} of the units in force from 1 July 2025."""
    with _UNITS_2025.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    province_of = {r["code"]: _name(r["name"]) for r in rows if r["level"] == "province"}
    return {(_key(r["name"]), province_of.get(r["parent"], "")) for r in rows if r["level"] == "commune"}


def is_commune_2025(commune: str, province_2025: str) -> bool:
    """A commune (ward) of that name is one of the province's units since 1 July 2025."""
    return (_key(commune), province_2025) in _communes_2025()


def commune_before(commune: str, province_2025: str) -> tuple[str, str] | None:
    """The 2023 district and province of the commune named `commune` among the provinces that went into
    `province_2025` ("Vương", Hưng Yên -> Tiên Lữ, Hưng Yên), or None when there is none or more than one."""
    _, went_into = _tables()
    found = {(d, p) for _, d, p in _communes().get(_key(commune), ()) if went_into.get(p) == province_2025}
    return found.pop() if len(found) == 1 else None


def district_of_commune(commune: str, province: str) -> tuple[str, str] | None:
    """The unit and name of the 2023 district a commune so named was in, in that 2023 province ("Đường
    Lâm", Hà Nội -> ("thị xã", "Sơn Tây")), or None when there is none or more than one."""
    found = {(u, d) for u, d, p in _communes().get(_key(commune), ()) if p == province}
    return found.pop() if len(found) == 1 else None


def is_district_2023(district: str) -> bool:
    """Some district of 2023 bears that name (any case, old or new tone marks)."""
    return bool(_tables()[0].get(_key(district)))


def province_of_district(district: str) -> str | None:
    """The 2023 province of the only district so named ("Đức Thọ" -> Hà Tĩnh), or None when there are none
    or several ("Châu Thành")."""
    found = _tables()[0].get(_key(district), set())
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=1)
def _communes() -> dict[str, set[tuple[str, str, str]]]:
    """{commune name casefolded: {(its 2023 district's unit, the district, its 2023 province)}}."""
    with _UNITS_2023.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    province_of = {r["code"]: _name(r["name"]) for r in rows if r["level"] == "province"}
    district_of = {
        r["code"]: (r["type"].lower(), r["name"], province_of.get(r["parent"], ""))
        for r in rows
        if r["level"] == "district"
    }
    found: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for r in rows:
        if r["level"] == "commune" and r["parent"] in district_of:
            found[_key(r["name"])].add(district_of[r["parent"]])
    return dict(found)


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
