"""Every fact of a built plan is traced, in the graph, to the lines of the file it was read from."""

from __future__ import annotations

import random
from pathlib import Path

from ingest import read_plan
from vankien.store import current_build

PREFIXES = """PREFIX vk: <https://vankien.example.org/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""


def test_random_excerpts_quote_the_stated_lines(seeds_store: Path, seeds_dir: Path) -> None:
    store = current_build(seeds_store).open()
    rows = list(
        store.query(
            PREFIXES
            + """
        SELECT DISTINCT ?file ?first ?last ?quote WHERE { GRAPH ?g {
          ?fact prov:wasDerivedFrom ?ex .
          ?ex vk:sourceFile ?file ; vk:firstLine ?first ; vk:lastLine ?last ; prov:value ?quote } }"""
        )
    )
    assert len(rows) > 300
    lines = {p.name: read_plan(p).lines for p in seeds_dir.glob("*.txt")}
    for row in random.Random(7).sample(rows, 150):
        file, first, last = row["file"].value, int(row["first"].value), int(row["last"].value)
        assert file in lines, file
        assert 1 <= first <= last <= len(lines[file])
        span = "\n".join(lines[file][first - 1 : last])
        assert row["quote"].value in span, (file, first, last, row["quote"].value[:80])


def test_every_task_citation_section_and_implementation_has_a_source(seeds_store: Path) -> None:
    store = current_build(seeds_store).open()
    for cls in ("Task", "Duty", "Citation", "CarryingOut", "Section"):
        total = int(
            next(
                iter(
                    store.query(
                        PREFIXES
                        + f"""
            SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a vk:{cls} }} }}"""
                    )
                )
            )["n"].value
        )
        untraced = list(
            store.query(
                PREFIXES
                + f"""
            SELECT ?x WHERE {{ GRAPH ?g {{
              ?x a vk:{cls} FILTER NOT EXISTS {{ ?x prov:wasDerivedFrom ?ex }} }} }}
            LIMIT 5"""
            )
        )
        assert total > 0, f"no vk:{cls} in the seeds' graph"
        assert untraced == [], f"vk:{cls} without provenance: {[r['x'].value for r in untraced]}"
