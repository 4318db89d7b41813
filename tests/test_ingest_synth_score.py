"""Extraction scored on generated plans (synth/), the second yardstick beside the five sample plans.

The generator writes plans in the genre with their ground-truth facts; two seeds, 75 plans each, with the
default share of text variations. The level reached when this test was written was 0.994 overall on
these two seeds (0.994 each; 0.975-0.999 across seeds 1-5 and variation shares 0, 0.2 and 1); the
threshold keeps a small margin below it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import synth
from ingest import extract_plan

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "score.py"
MIN_OVERALL = 0.98


def test_generated_plans_score_above_threshold(tmp_path: Path) -> None:
    if not SCORER.is_file():
        pytest.fail(f"the scorer is missing: expected {SCORER} (../shared beside the repository)")
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    pred.mkdir()
    for seed in (11, 12):
        synth.generate(75, seed, gold / str(seed))
    for folder in sorted(gold.iterdir()):
        out = pred / folder.name
        out.mkdir()
        for txt in sorted(folder.glob("*.txt")):
            (out / f"{txt.stem}.json").write_text(
                json.dumps(extract_plan(txt), ensure_ascii=False), encoding="utf-8"
            )
    for folder in sorted(gold.iterdir()):
        figures = tmp_path / f"score-{folder.name}.json"
        run = subprocess.run(
            [sys.executable, str(SCORER), str(pred / folder.name), str(folder), "--json", str(figures)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 0, run.stderr
        score = json.loads(figures.read_text(encoding="utf-8"))
        weak = {k: round(v, 3) for k, v in score["fields"].items() if v < 0.95}
        assert score["overall"] >= MIN_OVERALL, (folder.name, score["overall"], weak)
