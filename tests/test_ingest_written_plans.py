"""Extraction scored on the plans written for the project (tests/fixtures/written-plans, see its
README): State, Front, commune and ward plans, the forms the five sample plans do not show."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ingest import extract_plan

WRITTEN = Path(__file__).resolve().parent / "fixtures" / "written-plans"
SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "score.py"

# The level reached (2026-11-24): 0.998 overall on all one hundred and thirteen. Each set written later was
# first scored untouched: 401-503 0.903 -> 0.969, 601-703 0.941 -> 0.973, 801-903 0.855 -> 0.917 (code of
# 2026-11-23 -> the rules the sets before it called for), then on 2026-11-24 1001-1008 0.875, 1101-1104
# 0.972, 1201-1204 0.935, 1301-1304 0.967, 1401-1404 0.953, 1501-1506 0.962, 1601-1604 0.950,
# 1701-1704 0.928, 1801-1804 0.951, 1901-1904 0.966, 2001-2004 0.989, 2101-2104 0.992, 2201-2204
# 0.995, 2301-2304 0.973, 2401-2404 0.956, 2501-2504 0.907, 2601-2604 0.957, 2701-2704 0.906, 2801-2804
# 0.935 and 2901-2904 0.977 (each with the fixes the sets before it called for); their own failures were
# fixed next.
# Communes and wards are now written as the writers wrote them (doc.jurisdiction 0.915 -> 1.000); the
# weakest fields are cited.title (0.978) and annex.sections (0.976, one table annex read as sections).
# They also score the same rewritten as a PDF's text layer would give them (test_ingest_variants.py).
MIN_OVERALL = 0.993
MIN_FIELD = 0.85


def test_written_plans_score_above_thresholds(tmp_path: Path) -> None:
    if not SCORER.is_file():
        pytest.fail(f"the scorer is missing: expected {SCORER} (../shared beside the repository)")
    plans = sorted(WRITTEN.glob("*.txt"))
    assert len(plans) == 181 and all(p.with_suffix(".json").is_file() for p in plans)
    out = tmp_path / "out"
    out.mkdir()
    for plan in plans:
        facts = extract_plan(plan)
        (out / f"{plan.stem}.json").write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    figures = tmp_path / "score.json"
    run = subprocess.run(
        [sys.executable, str(SCORER), str(out), str(WRITTEN), "--json", str(figures)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    score = json.loads(figures.read_text(encoding="utf-8"))
    weak = {k: round(v, 3) for k, v in score["fields"].items() if v < MIN_FIELD}
    assert score["overall"] >= MIN_OVERALL, run.stdout
    assert not weak, run.stdout
