"""Make the snapshot of Viet Nam's administrative units (`ontology/data/units-2023.tsv`, `units-2025.tsv`).

Source: the `vietnamadminunits` package on PyPI, version 1.0.4 (MIT License, Copyright (c) 2025 Tran
Ngoc Minh Hieu; https://github.com/tranngocminhhieu/vietnamadminunits), which holds the GSO codes of
the 63 provinces, 696 districts and 10,040 communes before 1 July 2025, of the 34 provinces and
3,321 communes after, and the old-to-new conversion. It is installed at setup with the test extras
(`pip install -e '.[test]'`); this script reads its data files (`dataset.db`, `converter_2025.json`)
without importing the package, so the geocoder path (`convert_address` on a split ward, via
geopy) is never loaded, let alone called.

Why a snapshot in the repository rather than a run-time dependency:

- the build must not change with a new release of someone else's data: a code or a successor in the
  graph comes from a file reviewed in this repository (`tests/test_places_codes.py` checks that the
  snapshot is exactly what this script makes from the installed package, so an upgrade shows as a diff);
- the package's own dependencies (shapely and numpy, geopy, and Unidecode, which is GPL) would come
  into the core of the project, and importing it loads 4 MB of JSON; the snapshot is two small TSV
  files read in milliseconds by `ontology.units`;
- `synth/data/units.tsv` already keeps a snapshot of the same source (without codes) for the same reasons.

Run `python -m ontology.gso_snapshot` (writes the two files) or `python -m ontology.gso_snapshot --check`
(exit 1 when they differ from what the installed package gives).

Files (UTF-8, tab-separated, NFC, with a header line; codes as the GSO writes them, with leading zeros):

- `units-2023.tsv`: `level code parent type name successors` — level `province|district|commune`,
  parent the code of the unit above (empty for a province), type the word the unit's name takes
  (`Tỉnh`, `Thành phố`, `Huyện`, `Quận`, `Thị xã`, `Xã`, `Phường`, `Thị trấn`), name the short name,
  successors the codes of the units of 2025 it became on 1 July 2025, `|`-separated (a province:
  its province of 2025; a commune: the commune(s) of 2025 its area went to, the package's default
  first when it was split; a district: empty, the level was abolished — except island districts,
  which became special zones). Huế is kept as "Thừa Thiên Huế" (tỉnh), the name it had until
  1 January 2025, which the package already calls "Thành phố Huế".
- `units-2025.tsv`: `level code parent type name` — level `province|commune`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

from ontology.text import nfc

PACKAGE = "vietnamadminunits"
PACKAGE_VERSION = "1.0.4"
DATA_DIR = Path(__file__).parent / "data"
FILE_2023 = "units-2023.tsv"
FILE_2025 = "units-2025.tsv"


class SourceMissing(RuntimeError):
    pass


def package_dir() -> Path:
    """The installed package's folder, found without importing it."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SourceMissing(
            f"the {PACKAGE} package is not installed: pip install '{PACKAGE}=={PACKAGE_VERSION}' "
            "(it comes with the test extras: pip install -e '.[test]')"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _split_type(full: str, short: str) -> str:
    """The type word of a unit's full name: `Huyện Hậu Lộc`, `Hậu Lộc` -> `Huyện`."""
    full, short = nfc(full), nfc(short)
    if short and full.endswith(short) and full != short:
        return full[: -len(short)].strip()
    return full.split()[0] if " " in full else ""


_TYPE_SUFFIX = re.compile(r"\s*\((Huyện|Thị xã|Thành phố|Quận|Xã|Thị trấn|Phường)\)$")


def _short(name: str) -> str:
    """The short name without the package's "(Huyện)" / "(Thị xã)" … added to tell twins apart."""
    return _TYPE_SUFFIX.sub("", nfc(name))


def _rows(conn: sqlite3.Connection, sql: str) -> list[sqlite3.Row]:
    conn.row_factory = sqlite3.Row
    return list(conn.execute(sql))


def make_tables(pkg: Path | None = None) -> tuple[str, str]:
    """(units-2023.tsv, units-2025.tsv) as text, from the package's data files."""
    pkg = pkg or package_dir()
    conn = sqlite3.connect(f"file:{pkg / 'data' / 'dataset.db'}?mode=ro", uri=True)
    conv = json.loads((pkg / "data" / "converter_2025.json").read_text(encoding="utf-8"))

    # -- 2025: 34 provinces, 3,321 communes ------------------------------------------------------------
    new_rows = _rows(
        conn,
        "SELECT DISTINCT province, provinceShort, provinceCode, provinceKey, ward, wardShort, wardType, "
        "wardCode, wardKey FROM admin_units",
    )
    new_prov: dict[str, tuple[str, str, str]] = {}  # province key -> (code, type, short name)
    new_ward_code: dict[tuple[str, str], str] = {}  # (province key, ward key) -> code
    out25: list[tuple[str, str, str, str, str]] = []
    for r in new_rows:
        pkey = r["provinceKey"]
        if pkey not in new_prov:
            new_prov[pkey] = (
                r["provinceCode"],
                _split_type(r["province"], r["provinceShort"]),
                nfc(r["provinceShort"]),
            )
        key = (pkey, r["wardKey"])
        if key in new_ward_code and new_ward_code[key] != r["wardCode"]:
            raise ValueError(f"two 2025 communes under one key {key}")
        new_ward_code[key] = r["wardCode"]
        out25.append(
            ("commune", r["wardCode"], r["provinceCode"], nfc(r["wardType"]), _short(r["wardShort"]))
        )
    for _pkey, (code, typ, name) in new_prov.items():
        out25.append(("province", code, "", typ, name))

    # -- old -> new ------------------------------------------------------------------------------------
    prov_succ: dict[str, str] = {}  # old province key -> new province key
    for new_key, olds in conv["DICT_PROVINCE"].items():
        for old in olds:
            prov_succ[old] = new_key
    ward_succ: dict[str, list[str]] = defaultdict(list)  # old "p_d_w" key -> new ward codes
    for new_pkey, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_wkey, olds in wards.items():
            for old in olds:
                ward_succ[old].append(new_ward_code[(new_pkey, new_wkey)])
    for new_pkey, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, news in olds.items():
            ordered = sorted(news, key=lambda w: not w["isDefaultNewWard"])
            for w in ordered:
                code = new_ward_code[(new_pkey, w["newWardKey"])]
                if code not in ward_succ[old]:
                    ward_succ[old].append(code)

    # -- 2023: 63 provinces, 696 districts, 10,040 communes ---------------------------------------------
    old_rows = _rows(
        conn,
        "SELECT DISTINCT province, provinceShort, provinceCode, provinceKey, district, districtShort, "
        "districtType, districtCode, districtKey, ward, wardShort, wardType, wardCode, wardKey "
        "FROM admin_units_legacy",
    )
    provinces: dict[str, tuple[str, str, str]] = {}
    districts: dict[str, tuple[str, str, str, str]] = {}
    communes: list[tuple[str, str, str, str, str]] = []
    for r in old_rows:
        pcode, pkey = r["provinceCode"], r["provinceKey"]
        if pcode not in provinces:
            short = nfc(r["provinceShort"])
            typ = _split_type(r["province"], r["provinceShort"])
            if pcode == "46":  # Huế: "Thừa Thiên Huế" (tỉnh) until 1 January 2025
                short, typ = "Thừa Thiên Huế", "Tỉnh"
            new_pkey = prov_succ.get(pkey)
            if new_pkey is None:
                raise ValueError(f"province {short} ({pcode}) has no 2025 province in the converter")
            provinces[pcode] = (typ, short, new_prov[new_pkey][0])
        dcode = r["districtCode"]
        if dcode not in districts:
            island = ward_succ.get(f"{pkey}_{r['districtKey']}_", [])
            districts[dcode] = (
                pcode,
                nfc(r["districtType"]),
                _short(r["districtShort"]),
                "|".join(island),
            )
        if r["wardCode"]:
            succ = ward_succ.get(f"{pkey}_{r['districtKey']}_{r['wardKey']}")
            if not succ:
                raise ValueError(
                    f"commune {r['ward']} ({r['wardCode']}) has no 2025 commune in the converter"
                )
            communes.append(
                (
                    "commune",
                    r["wardCode"],
                    dcode,
                    nfc(r["wardType"]),
                    _short(r["wardShort"]) + "\t" + "|".join(succ),
                )
            )
    out23: list[tuple[str, ...]] = []
    for pcode, (typ, name, succ) in provinces.items():
        out23.append(("province", pcode, "", typ, name, succ))
    for dcode, (pcode, typ, name, succ) in districts.items():
        out23.append(("district", dcode, pcode, typ, name, succ))
    for level, code, parent, typ, rest in communes:
        name, succ = rest.split("\t")
        out23.append((level, code, parent, typ, name, succ))

    order = {"province": 0, "district": 1, "commune": 2}

    def text(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
        rows = sorted(set(rows), key=lambda t: (order[t[0]], t[1]))
        return "\n".join("\t".join(t) for t in [header, *rows]) + "\n"

    return (
        text(out23, ("level", "code", "parent", "type", "name", "successors")),
        text(out25, ("level", "code", "parent", "type", "name")),
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the files; exit 1 when they differ")
    ap.add_argument("--out", type=Path, default=DATA_DIR, help="folder to write to (default: ontology/data)")
    args = ap.parse_args(argv)
    t23, t25 = make_tables()
    if args.check:
        same = all(
            (args.out / name).is_file() and (args.out / name).read_text(encoding="utf-8") == text
            for name, text in ((FILE_2023, t23), (FILE_2025, t25))
        )
        print("snapshot is up to date" if same else "snapshot differs from the installed package")
        return 0 if same else 1
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / FILE_2023).write_text(t23, encoding="utf-8")
    (args.out / FILE_2025).write_text(t25, encoding="utf-8")
    print(
        f"wrote {args.out / FILE_2023} ({t23.count(chr(10)) - 1} units), "
        f"{args.out / FILE_2025} ({t25.count(chr(10)) - 1} units)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
