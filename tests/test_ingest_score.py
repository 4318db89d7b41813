"""Extraction scored against the gold facts of the sample plans (../shared): the acceptance thresholds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ingest import extract_plan

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def test_seed_plans_score_above_thresholds(tmp_path: Path) -> None:
    seeds, gold = SHARED / "seeds", SHARED / "gold"
    if not seeds.is_dir() or not (gold / "score.py").is_file():
        pytest.fail(
            f"the sample plans and gold facts are missing: expected {seeds} and {gold} "
            "(../shared beside the repository)"
        )
    plans = sorted(seeds.glob("*.txt"))
    assert plans, f"no sample plans in {seeds}"
    out = tmp_path / "out"
    out.mkdir()
    for plan in plans:
        (out / f"{plan.stem}.json").write_text(
            json.dumps(extract_plan(plan), ensure_ascii=False), encoding="utf-8"
        )
    figures = tmp_path / "score.json"
    run = subprocess.run(
        [sys.executable, str(gold / "score.py"), str(out), str(gold), "--json", str(figures)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    score = json.loads(figures.read_text(encoding="utf-8"))
    assert score["overall"] >= 0.97, run.stdout
    assert score["fields"]["cited.numbered"] >= 0.99, run.stdout
