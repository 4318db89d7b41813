"""Latency and throughput of /sparql against a bare Oxigraph server over the same build.

    python benchmarks/endpoint.py                   # the seeds, and a generated graph of about 1M triples
    python benchmarks/endpoint.py --copies 0        # the seeds only

For each data set it starts `vankien serve` (rate limit off) and `oxigraph serve-read-only` on loopback
over the same build, then prints: the median latency of each library query through both and their
ratio; the median of those ratios (goal <= 1.3); the median latency of a lookup through both (goal: at
most 2 ms added); lookups per second under 8 concurrent clients through both.

The generated graph is the seeds' plan graphs copied COPIES times with their IRIs renamed (so that
the copies do not merge), plus the ontology and reference graphs once.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import requests

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from conftest import free_port, start_server, stop_server  # noqa: E402

from queries import library  # noqa: E402
from server.engine import find_oxigraph  # noqa: E402
from vankien.store import current_build, new_build_dir, publish  # noqa: E402

ACCEPT = {"Accept": "application/sparql-results+json"}
KEEP = (
    "https://vankien.example.org/ontology#",
    "https://vankien.example.org/graph/ontology",
    "https://vankien.example.org/graph/reference",
)


def seeds_store(tmp: Path) -> Path:
    from vankien.build import build
    from vankien.cli import default_plans

    root = tmp / "seeds"
    build(default_plans(), root, progress=False)
    return root


def generated_store(seeds: Path, tmp: Path, copies: int) -> Path:
    src = current_build(seeds).open()
    root = tmp / "generated"
    target = new_build_dir(root)
    store = ox.Store(str(target / "oxigraph"))
    base = "https://vankien.example.org/"
    plan_quads = []
    for q in src.quads_for_pattern(None, None, None, None):
        g = q.graph_name
        if isinstance(g, ox.NamedNode) and g.value in KEEP[1:]:
            store.add(q)
        else:
            plan_quads.append(q)

    def rename(t: object, k: int) -> object:
        if (
            isinstance(t, ox.NamedNode)
            and t.value.startswith(base)
            and not t.value.startswith(KEEP[0])
            and "/place/" not in t.value
        ):
            return ox.NamedNode(t.value + f"~{k}")
        return t

    batch = []
    for k in range(copies):
        for q in plan_quads:
            batch.append(
                ox.Quad(
                    rename(q.subject, k), rename(q.predicate, k), rename(q.object, k), rename(q.graph_name, k)
                )
            )
        if len(batch) > 200_000:
            store.extend(batch)
            batch = []
    store.extend(batch)
    store.flush()
    n = len(store)
    del store
    (target / "build.json").write_text(json.dumps({"triples": n}), encoding="utf-8")
    publish(root, target)
    return root


def start_oxigraph(root: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            find_oxigraph(),
            "serve-read-only",
            "--location",
            str(current_build(root).oxigraph_dir),
            "--bind",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/query"
    for _ in range(300):
        try:
            requests.get(url, params={"query": "ASK {}"}, timeout=1)
            break
        except requests.ConnectionError:
            time.sleep(0.05)
    return proc, url


def median_latency(session: requests.Session, url: str, query: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        r = session.post(url, data={"query": query}, headers=ACCEPT, timeout=120)
        r.raise_for_status()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def throughput(url: str, query: str, clients: int = 8, seconds: float = 4.0) -> float:
    counts = [0] * clients
    stop = time.monotonic() + seconds

    def worker(i: int) -> None:
        s = requests.Session()
        while time.monotonic() < stop:
            s.post(url, data={"query": query}, headers=ACCEPT, timeout=30).raise_for_status()
            counts[i] += 1

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(counts) / seconds


def bench(name: str, root: Path, runs: int) -> None:
    n = len(current_build(root).open())
    print(f"\n== {name}: {n:,} triples")
    ours = start_server(root, ["--rate-limit", "0", "--query-timeout", "120", "--max-rows", "1000000"])
    proc, bare = start_oxigraph(root)
    try:
        s = requests.Session()
        ratios = []
        print(f"{'query':28} {'ours ms':>9} {'oxigraph ms':>12} {'ratio':>6}")
        for q in library():
            median_latency(s, ours.sparql, q.text, 1)  # warm up
            median_latency(s, bare, q.text, 1)
            a = median_latency(s, ours.sparql, q.text, runs)
            b = median_latency(s, bare, q.text, runs)
            ratios.append(a / b)
            print(f"{q.name:28} {a * 1000:9.2f} {b * 1000:12.2f} {a / b:6.2f}")
        print(f"median ratio over the library: {statistics.median(ratios):.2f}  (goal <= 1.3)")
        plan = s.post(
            bare,
            data={
                "query": "SELECT ?p WHERE { ?p a <https://vankien.example.org/ontology#AnalysedPlan> }"
                " LIMIT 1"
            },
            headers=ACCEPT,
        ).json()["results"]["bindings"][0]["p"]["value"]
        lookup = f"SELECT ?p ?o WHERE {{ <{plan}> ?p ?o }} LIMIT 20"
        a = median_latency(s, ours.sparql, lookup, runs * 10)
        b = median_latency(s, bare, lookup, runs * 10)
        print(
            f"lookup: ours {a * 1000:.2f} ms, oxigraph {b * 1000:.2f} ms, "
            f"added {(a - b) * 1000:.2f} ms (goal <= 2)"
        )
        print(
            f"lookups/s, 8 clients: ours {throughput(ours.sparql, lookup):.0f}, "
            f"oxigraph {throughput(bare, lookup):.0f}"
        )
    finally:
        stop_server(ours)
        proc.terminate()
        proc.wait(10)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--copies", type=int, default=125, help="copies of the plan graphs in the generated graph")
    p.add_argument("--runs", type=int, default=15, help="runs per query for the median")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seeds = seeds_store(Path(tmp))
        bench("seeds", seeds, args.runs)
        if args.copies:
            t = time.monotonic()
            gen = generated_store(seeds, Path(tmp), args.copies)
            print(f"\n(generated graph made in {time.monotonic() - t:.0f} s)")
            bench("generated", gen, max(3, args.runs // 3))
    return 0


if __name__ == "__main__":
    sys.exit(main())
