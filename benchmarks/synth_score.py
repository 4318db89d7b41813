"""Score extraction on generated plans: the second yardstick beside the seeds.

usage: python benchmarks/synth_score.py [--plans N] [--seed S] [--share X] [--keep DIR]

Generates N plans (their facts are the gold), extracts each with `ingest.extract_plan`, and runs
`../shared/gold/score.py` on the two folders. Prints the scorer's table and the overall F1.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SCORER = ROOT.parent / "shared" / "gold" / "score.py"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plans", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--share", type=float, default=0.2, help="share of plans with text variations")
    ap.add_argument("--keep", type=Path, help="keep the generated and extracted files here")
    ap.add_argument("--scorer", type=Path, default=SCORER)
    a = ap.parse_args()

    import synth
    from ingest import extract_plan

    with tempfile.TemporaryDirectory() as tmp:
        base = a.keep or Path(tmp)
        gold, pred = base / "gold", base / "pred"
        pred.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        synth.generate(a.plans, a.seed, gold, variation_share=a.share)
        t1 = time.perf_counter()
        failed = 0
        for txt in sorted(gold.glob("*.txt")):
            try:
                facts = extract_plan(txt)
            except Exception as e:  # scored as empty: the scorer counts a missing prediction as zero
                failed += 1
                print(f"{txt.name}: extraction failed: {e}", file=sys.stderr)
                continue
            (pred / f"{txt.stem}.json").write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
        t2 = time.perf_counter()
        print(f"generated {a.plans} plans in {t1 - t0:.1f}s, extracted in {t2 - t1:.1f}s ({failed} failed)")
        out = subprocess.run(
            [sys.executable, str(a.scorer), str(pred), str(gold)], capture_output=True, text=True
        )
        lines = out.stdout.splitlines()
        start = next((i for i, ln in enumerate(lines) if not ln.strip()), 0)
        print("\n".join(lines[start:]))
        if out.returncode != 0:
            print(out.stderr, file=sys.stderr)
        return out.returncode


if __name__ == "__main__":
    sys.exit(main())
