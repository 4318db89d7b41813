"""Build throughput and peak memory at growing corpus sizes, against a one-process build of the same plans.

    python benchmarks/build_scale.py [--sizes 1000 10000 100000] [--seed 1] [--work DIR] [--runs 3]

For each size, a generated corpus (`vankien synth`, cached in `--work`) is built with `vankien build`
in a subprocess (every core), and the script prints: plans per second, wall time, the phases the
build records (extract+load, validate, optimize, index), triples, and the peak memory (PSS) of the
build's whole process tree (the main process and its workers, sampled from /proc every 0.2 s: Linux
only). The named baseline, measured in the same run, is `vankien build --jobs 1` on the smallest size:
the table gives each size's throughput as a ratio to it. Sizes of 1,000 plans and below are built
`--runs` times and the median is quoted; larger ones once (say so when quoting them).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VANKIEN = [sys.executable, "-m", "vankien"]


@dataclass
class Run:
    plans: int
    seconds: float
    peak_mb: float
    triples: int
    phases: dict[str, float] = field(default_factory=dict)
    validation: str = ""

    @property
    def rate(self) -> float:
        return self.plans / self.seconds


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    kids = [int(x) for x in text.split()]
    return kids + [g for k in kids for g in _children(k)]


def _tree_mb(pid: int) -> float:
    """The memory of a process tree: the sum of its processes' PSS (proportional set size), so that the
    pages the forked workers share with the main process are counted once, not once per process (a
    sum of RSS counted them twice over with two workers)."""
    total = 0
    for p in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def measured_build(plans_dir: Path, store: Path, jobs: int | None) -> Run:
    """One `vankien build` in a subprocess, with the peak memory of its process tree."""
    cmd = [*VANKIEN, "build", str(plans_dir), "--store", str(store), "--no-progress"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    peak = 0.0
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_mb(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1) or not (store / "CURRENT").exists():
        raise SystemExit(f"build of {plans_dir} failed ({proc.returncode}):\n{err[-3000:]}")
    current = (store / "CURRENT").read_text().strip()
    info = json.loads((store / "builds" / current / "build.json").read_text(encoding="utf-8"))
    return Run(
        plans=len(info["plans"]),
        seconds=seconds,
        peak_mb=peak,
        triples=int(info["triples"]),
        phases={k: float(v) for k, v in (info.get("phases") or {}).items()},
        validation=str(info.get("validation") or ""),
    )


def corpus(work: Path, size: int, seed: int) -> Path:
    """The plan texts of a generated corpus of `size` plans (made once, then reused)."""
    out = work / f"synth-{size}-seed{seed}"
    plans = out / "plans"
    if not (out / "done").exists():
        print(f"generating {size} plans into {out} …", file=sys.stderr, flush=True)
        subprocess.run(
            [*VANKIEN, "synth", str(out / "all"), "--plans", str(size), "--seed", str(seed)],
            cwd=REPO,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        plans.mkdir(parents=True, exist_ok=True)
        for f in (out / "all").glob("*.txt"):
            os.replace(f, plans / f.name)
        (out / "done").write_text("ok")
    return plans


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", type=Path, default=Path("/tmp/vankien-bench"), help="corpora and stores")
    ap.add_argument("--runs", type=int, default=3, help="builds per size up to 1,000 plans (median quoted)")
    ap.add_argument("--no-baseline", action="store_true", help="skip the one-process build")
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    sizes = sorted(a.sizes)

    baseline: Run | None = None
    if not a.no_baseline:
        plans = corpus(a.work, sizes[0], a.seed)
        print(f"baseline: one process on {sizes[0]} plans …", file=sys.stderr, flush=True)
        baseline = measured_build(plans, a.work / "store-baseline", jobs=1)

    rows: list[tuple[int, Run, int]] = []
    for size in sizes:
        plans = corpus(a.work, size, a.seed)
        runs = a.runs if size <= 1000 else 1
        results = []
        for i in range(runs):
            print(f"build {size} plans, run {i + 1}/{runs} …", file=sys.stderr, flush=True)
            results.append(measured_build(plans, a.work / f"store-{size}", jobs=None))
        results.sort(key=lambda r: r.seconds)
        rows.append((size, results[len(results) // 2], runs))

    cores = os.cpu_count()
    print(f"\nBuild at scale: {cores} cores, seed {a.seed}; peak memory = the build's whole process tree")
    header = (
        f"{'plans':>8} {'runs':>4} {'seconds':>8} {'plans/s':>8} {'x base':>7} {'peak MB':>8} {'triples':>11}"
    )
    print(header + "  phases (s)")
    if baseline:
        print(
            f"{baseline.plans:>8} {'1':>4} {baseline.seconds:>8.1f} {baseline.rate:>8.1f} {1.0:>7.2f} "
            f"{baseline.peak_mb:>8.0f} {baseline.triples:>11}  (baseline: --jobs 1) {_phases(baseline)}"
        )
    for _size, r, runs in rows:
        ratio = f"{r.rate / baseline.rate:>7.2f}" if baseline else f"{'-':>7}"
        print(
            f"{r.plans:>8} {runs:>4} {r.seconds:>8.1f} {r.rate:>8.1f} {ratio} {r.peak_mb:>8.0f} "
            f"{r.triples:>11}  {_phases(r)}"
        )
    if len(rows) > 1:
        first, last = rows[0][1], rows[-1][1]
        print(
            f"\nmemory growth {first.plans} -> {last.plans} plans: "
            f"{first.peak_mb:.0f} -> {last.peak_mb:.0f} MB "
            f"({last.peak_mb / max(first.peak_mb, 1):.2f}x for {last.plans / first.plans:.0f}x the plans)"
        )
    if rows:
        print(f"validation of the largest: {rows[-1][1].validation}")
    print("median over runs where runs > 1; plans/s = plans / wall time of `vankien build`")
    return 0


def _phases(r: Run) -> str:
    return " ".join(f"{k}={v:.1f}" for k, v in r.phases.items()) if r.phases else ""


if __name__ == "__main__":
    sys.exit(main())
