"""Extraction throughput on the sample plans: plans per second, the median of several runs.

usage: python benchmarks/extract_throughput.py [PLAN_DIR] [--runs N]
PLAN_DIR defaults to ../shared/seeds beside the repository (else the plans shipped in ingest/samples).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ingest import extract_plan  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default = REPO.parent / "shared" / "seeds"
    ap.add_argument(
        "plans", nargs="?", type=Path, default=default if default.is_dir() else REPO / "ingest" / "samples"
    )
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    plans = sorted(p for p in a.plans.iterdir() if p.suffix.lower() in {".txt", ".docx", ".pdf"})
    if not plans:
        print(f"no plans in {a.plans}", file=sys.stderr)
        return 2
    for p in plans:  # warm up (imports, regex compilation)
        extract_plan(p)
    rates = []
    for _ in range(a.runs):
        start = time.perf_counter()
        for p in plans:
            extract_plan(p)
        rates.append(len(plans) / (time.perf_counter() - start))
    lines = sum(len(p.read_bytes().splitlines()) for p in plans)
    print(f"{len(plans)} plans ({lines} lines) from {a.plans}")
    print(
        f"extraction throughput: {statistics.median(rates):.1f} plans/s "
        f"(median of {a.runs} runs; min {min(rates):.1f}, max {max(rates):.1f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
