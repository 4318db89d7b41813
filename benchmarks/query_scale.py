"""The query library at scale: latency through our endpoint, through a bare Oxigraph server on the same
store, and through rdflib (in memory) where the graph fits.

    python benchmarks/query_scale.py --sizes 1000 10000 100000 [--work DIR]
    python benchmarks/query_scale.py --store DIR [--store DIR ...]

`--sizes` measures the stores that `benchmarks/build_scale.py` leaves in `--work` (``store-N``; a size
without one is generated and built first, which takes long at 100,000 plans); `--store` measures any
store folder. For each store the script starts `vankien serve` (rate limit and row cap off) and
`oxigraph serve-read-only` over the same build, and prints per library query the median latency
through both and through rdflib, then:

- the largest median of the library through our endpoint, and how many queries have a median over 1 s
  (goal at 100,000 plans: none), and the floor of a listing on this engine: the time to list the IRI
  of every analysed plan, as stored, sorted, and sorted by its text as the library sorts (no report
  that answers a row per plan is faster);
- the median latency of a lookup by IRI (the triples of one plan) and by number (the document with a
  given key) through our endpoint (goal: at most 3 ms), with `requests` and with a bare `http.client`
  connection (the servers' own latency, without the 1-2 ms requests spends on the client's side);
- rdflib's time over ours, as a geometric mean over the library (goal at 10,000 plans: at least 10x).

rdflib is the named baseline: the store's named graphs are loaded into an in-memory `rdflib.Dataset`
whose default graph is their union (the same answers as the union our build stores, at half the
memory), in a separate process, whose load time and memory are printed too; a
query that runs past `--rdflib-timeout` is stopped (a timer signal: rdflib is pure Python) and counted
at the timeout, so the geometric mean is then a lower bound of rdflib's time. A graph of more than
`--rdflib-max-quads` quads is not loaded into rdflib at all (about 1.7 KB of memory a quad: measured
here, 7.1M quads took 12 GB), and the table says so.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import requests

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from build_scale import corpus, measured_build  # noqa: E402
from endpoint import (  # noqa: E402
    ACCEPT,
    PLAN,
    TimedOut,
    bare_paired,
    start_ours,
    start_oxigraph,
    stop_server,
    timed,
)

from queries import library  # noqa: E402
from vankien.store import current_build  # noqa: E402

KEY = (
    "SELECT ?k WHERE { ?p a <https://vankien.example.org/ontology#AnalysedPlan> ; "
    "<https://vankien.example.org/ontology#key> ?k } LIMIT 1"
)
BY_KEY = "SELECT ?d WHERE {{ ?d <https://vankien.example.org/ontology#key> {key} }}"


# --- rdflib, in a process of its own -----------------------------------------------------------------------


class _Overrun(Exception):
    pass


def _on_alarm(signum: int, frame: object) -> None:
    raise _Overrun()


def _rdflib_worker(oxigraph_dir: str, conn: Any) -> None:
    """Load the store's quads into an rdflib Dataset, then answer (query text, runs, budget, timeout)
    requests with (median seconds or None when it overran, runs made)."""
    import pyoxigraph as ox
    import rdflib

    t = time.perf_counter()
    store = ox.Store.read_only(oxigraph_dir)
    named = (q for q in store if not isinstance(q.graph_name, ox.DefaultGraph))
    with tempfile.TemporaryFile() as f:
        ox.serialize(named, f, format=ox.RdfFormat.N_QUADS)
        del store
        f.seek(0)
        # The default graph is computed as the union of the named graphs, as our store's stored one is.
        ds = rdflib.Dataset(default_union=True)
        ds.parse(source=f, format="nquads")
    quads = sum(1 for _ in ds.quads((None, None, None, None)))
    rss = _rss_mb(os.getpid())
    conn.send({"seconds": time.perf_counter() - t, "quads": quads, "rss_mb": rss})
    signal.signal(signal.SIGALRM, _on_alarm)
    while True:
        request = conn.recv()
        if request is None:
            return
        text, runs, budget, timeout = request
        times: list[float] = []
        overran = False
        while len(times) < runs and sum(times) < budget:
            signal.setitimer(signal.ITIMER_REAL, timeout)
            t = time.perf_counter()
            try:
                list(ds.query(text))
            except _Overrun:
                overran = True
                break
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            times.append(time.perf_counter() - t)
        conn.send((None if overran else statistics.median(times), max(1, len(times))))


def _rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class Rdflib:
    """The rdflib baseline over one store (None where the graph is too big for it)."""

    def __init__(self, oxigraph_dir: Path):
        ctx = multiprocessing.get_context("fork")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_rdflib_worker, args=(str(oxigraph_dir), child), daemon=True)
        self.proc.start()
        self.loaded = self.conn.recv()

    def time(self, text: str, runs: int, budget: float, timeout: float) -> tuple[float | None, int]:
        self.conn.send((text, runs, budget, timeout))
        return self.conn.recv()

    def close(self) -> None:
        self.conn.send(None)
        self.proc.join(10)
        if self.proc.is_alive():
            self.proc.kill()


# --- one store ---------------------------------------------------------------------------------------------


def median_of(s: requests.Session, url: str, query: str, runs: int, budget: float, timeout: float) -> float:
    first = timed(s, url, query, timeout)  # warms up
    times = [first] if first > budget else []
    while len(times) < runs and sum(times) < budget:
        times.append(timed(s, url, query, timeout))
    return statistics.median(times)


# What a listing costs the engine before any join: the IRIs of every analysed plan, as stored and in IRI
# order. The library's reports that answer a row per plan (or more) cannot be faster than this.
FLOOR = {
    "every plan's IRI": "SELECT ?plan WHERE { ?plan a <https://vankien.example.org/ontology#AnalysedPlan> }",
    "every plan's IRI, sorted": (
        "SELECT ?plan WHERE { ?plan a <https://vankien.example.org/ontology#AnalysedPlan> } ORDER BY ?plan"
    ),
    # the library's idiom: the same order, the IRI's text computed once a row (kept in memory)
    "every plan's IRI, sorted by its text": (
        "SELECT ?plan WHERE { ?plan a <https://vankien.example.org/ontology#AnalysedPlan> } "
        'ORDER BY (CONCAT("~", STR(?plan)))'
    ),
}


def floor(s: requests.Session, ours: str, bare: str, args: argparse.Namespace) -> None:
    """The floor of a listing on this engine and machine (see FLOOR), through both servers."""
    count = FLOOR["every plan's IRI"].replace("SELECT ?plan", "SELECT (COUNT(*) AS ?n)")
    rows = s.post(bare, data={"query": count}, headers=ACCEPT).json()["results"]["bindings"][0]["n"]["value"]
    for label, query in FLOOR.items():
        try:
            a = median_of(s, ours, query, args.runs, args.budget, args.timeout)
            b = median_of(s, bare, query, args.runs, args.budget, args.timeout)
        except TimedOut:
            print(f"floor: {label} ({int(rows):,} rows): timed out (> {args.timeout:g} s)", flush=True)
            continue
        print(
            f"floor: {label} ({int(rows):,} rows): ours {a * 1000:.0f} ms, oxigraph {b * 1000:.0f} ms",
            flush=True,
        )


def bench(name: str, root: Path, args: argparse.Namespace) -> None:
    record = json.loads((current_build(root).root / "build.json").read_text(encoding="utf-8"))
    quads = int(record["triples"])  # rdflib holds the named graphs (its default graph is their union)
    print(
        f"\n== {name}: {len(record['plans']):,} plans, {record['triples']:,} triples in named graphs; "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start",
        flush=True,
    )
    rdf: Rdflib | None = None
    if quads <= args.rdflib_max_quads and args.queries != []:  # the lookups alone need no rdflib
        rdf = Rdflib(current_build(root).oxigraph_dir)
        info = rdf.loaded
        print(
            f"rdflib: {info['quads']:,} quads loaded in {info['seconds']:.0f} s, {info['rss_mb']:,.0f} MB",
            flush=True,
        )
    elif args.queries == []:
        print("rdflib: not loaded (no library query asked for)")
    else:
        print(f"rdflib: not loaded ({quads:,} quads > --rdflib-max-quads {args.rdflib_max_quads:,})")
    ours_server = start_ours(root, args.timeout, [])
    proc, bare = start_oxigraph(root, args.timeout)
    ours = ours_server.sparql
    s = requests.Session()
    try:
        print(f"{'query':28} {'ours ms':>10} {'oxigraph ms':>12} {'rdflib ms':>10} {'rdflib/ours':>12}")
        medians, speedups, capped = [], [], 0
        for q in library():
            if args.queries is not None and q.name not in args.queries:
                continue
            try:
                a = median_of(s, ours, q.text, args.runs, args.budget, args.timeout)
                b = median_of(s, bare, q.text, args.runs, args.budget, args.timeout)
            except TimedOut:
                print(f"{q.name:28} timed out (> {args.timeout:g} s)", flush=True)
                medians.append(math.inf)
                continue
            medians.append(a)
            cell, ratio = "-", ""
            if rdf is not None:
                r, _runs = rdf.time(q.text, args.runs, args.budget, args.rdflib_timeout)
                if r is None:
                    capped += 1
                    r = args.rdflib_timeout
                    cell = f">{r * 1000:.0f}"
                else:
                    cell = f"{r * 1000:.1f}"
                speedups.append(r / a)
                ratio = f"{r / a:.1f}"
            print(f"{q.name:28} {a * 1000:10.2f} {b * 1000:12.2f} {cell:>10} {ratio:>12}", flush=True)
        if medians:
            slow = sum(1 for m in medians if m > 1.0)
            print(
                f"largest median through ours: {max(medians) * 1000:.1f} ms; queries over 1 s: {slow} "
                f"(goal at 100,000 plans: 0)"
            )
            floor(s, ours, bare, args)
        plan = s.post(bare, data={"query": PLAN}, headers=ACCEPT).json()["results"]["bindings"][0]["p"][
            "value"
        ]
        key = s.post(bare, data={"query": KEY}, headers=ACCEPT).json()["results"]["bindings"][0]["k"]["value"]
        lookups = {
            "lookup by IRI": f"SELECT ?p ?o WHERE {{ <{plan}> ?p ?o }} LIMIT 20",
            "lookup by number": BY_KEY.format(key=json.dumps(key, ensure_ascii=False)),
        }
        for label, query in lookups.items():
            a = median_of(s, ours, query, args.runs * 20, 1e9, args.timeout)
            b = median_of(s, bare, query, args.runs * 20, 1e9, args.timeout)
            print(f"{label}: ours {a * 1000:.2f} ms, oxigraph {b * 1000:.2f} ms  (goal <= 3 ms through ours)")
            a, b = bare_paired(ours, bare, query, args.runs * 100)
            print(f"{label}, http.client: ours {a * 1000:.2f} ms, oxigraph {b * 1000:.2f} ms", flush=True)
        if speedups:
            gm = math.exp(statistics.fmean(math.log(x) for x in speedups))
            bound = (
                f" (a lower bound: {capped} queries stopped at {args.rdflib_timeout:g} s)" if capped else ""
            )
            goal = "(goal at 10,000 plans: >= 10)"
            print(f"rdflib / ours, geometric mean over the library: {gm:.1f}x{bound}  {goal}")
    finally:
        stop_server(ours_server)
        proc.terminate()
        proc.wait(10)
        if rdf is not None:
            rdf.close()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--sizes", type=int, nargs="*", default=[], help="generated corpus sizes (build_scale's stores)"
    )
    p.add_argument(
        "--work", type=Path, default=Path("/tmp/vankien-bench"), help="where build_scale keeps them"
    )
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--store", type=Path, action="append", default=[], help="a store folder to measure")
    p.add_argument(
        "--queries",
        nargs="*",
        metavar="NAME",
        help="only these queries of the library (given with no name: none, the lookups only)",
    )
    p.add_argument("--runs", type=int, default=5, help="runs per query for the median, at most")
    p.add_argument("--budget", type=float, default=10.0, help="seconds per query and side, about")
    p.add_argument("--timeout", type=float, default=120.0, help="query timeout of both servers (s)")
    p.add_argument(
        "--rdflib-timeout", type=float, default=30.0, help="seconds before an rdflib query is stopped"
    )
    p.add_argument(
        "--rdflib-max-quads", type=int, default=6_000_000, help="larger graphs are not loaded into rdflib"
    )
    args = p.parse_args()
    if not args.sizes and not args.store:
        p.error("give --sizes or --store")
    for size in args.sizes:
        root = args.work / f"store-{size}"
        if not (root / "CURRENT").exists():
            print(f"building {size} plans into {root} …", file=sys.stderr, flush=True)
            measured_build(corpus(args.work, size, args.seed), root, jobs=None)
        bench(f"{size:,} generated plans", root, args)
    for root in args.store:
        bench(str(root), root, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
