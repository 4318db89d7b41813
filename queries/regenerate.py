"""Write ``queries/NAME.expected.json``, the result of each library query on the five sample plans.

    python -m queries.regenerate                 # builds the seeds into a temporary store first
    python -m queries.regenerate --store DIR     # or uses the build DIR/CURRENT names

Run it when the extraction changes what the graph holds, and review the diff: the tests
(tests/test_queries.py) compare the endpoint's answers with these files. Results are computed with
pyoxigraph over the default graph, which the build makes the union of all graphs.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox

from queries import LibraryQuery, expected_cell, library


def term(t: object) -> str | None:
    return None if t is None else str(t)


def result_of(store: ox.Store, q: LibraryQuery) -> dict:
    res = store.query(q.text)
    if isinstance(res, ox.QueryBoolean):
        return {"boolean": bool(res)}
    if isinstance(res, ox.QuerySolutions):
        names = [v.value for v in res.variables]
        rows = [[expected_cell(term(sol[n])) for n in names] for sol in res]
        return {"variables": names, "ordered": q.ordered, "rows": rows}
    return {"triples": sorted(f"{t} ." for t in res)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m queries.regenerate", description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--store", type=Path, help="a store folder (default: build the seeds into a temporary one)"
    )
    args = p.parse_args(argv)
    from vankien.store import current_build

    with tempfile.TemporaryDirectory() as tmp:
        root = args.store
        if root is None:
            from vankien.build import build
            from vankien.cli import default_plans

            root = Path(tmp) / "store"
            result = build(default_plans(), root, progress=False)
            if result.skipped:
                print(f"skipped: {result.skipped}", file=sys.stderr)
        store = current_build(root).open()
        for q in library():
            data = result_of(store, q)
            q.expected_path.write_text(
                json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            n = len(data.get("rows", data.get("triples", [])))
            print(f"{q.name}: {n} rows -> {q.expected_path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
