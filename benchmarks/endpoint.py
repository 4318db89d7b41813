"""Latency and throughput of /sparql against a bare Oxigraph server over the same build.

    python benchmarks/endpoint.py                    # the seeds, and a generated graph of about 1M triples
    python benchmarks/endpoint.py --plans 0          # the seeds only (so does --copies 0)
    python benchmarks/endpoint.py --keep DIR         # keep the generated store in DIR ...
    python benchmarks/endpoint.py --store DIR --no-seeds   # ... and measure it again without rebuilding
    python benchmarks/endpoint.py --serve-args "--http-server waitress"   # vankien serve's options

For each data set it starts `vankien serve` (rate limit off, row cap off, timeout --timeout) and
`oxigraph serve-read-only` (same timeout) on loopback over the same build, then prints:

- per library query, the median latency through both (with `requests`, keep-alive, SPARQL JSON) and
  their ratio; requests to the two alternate, so that both see the same load on a shared machine;
  a query that takes long gets fewer runs (`--budget` seconds per query and side), a query that times
  out on either side is reported and left out of the ratios;
- the median of those ratios (goal <= 1.3);
- the median latency of `ASK {}` (the fixed cost of a request) and of a lookup (the triples of one plan,
  LIMIT 20) through both, and the time added by the endpoint (goal: at most 2 ms added to a lookup);
  both again with a bare `http.client` connection (`BareClient`), which shows the servers' own latency
  (requests costs 1-2 ms a request on the client's side, the same for both servers);
- lookups per second under `--clients` concurrent clients (separate processes, one kept-alive
  connection each, so that the load generator is not the bottleneck) through both.

The generated graph is `vankien synth` plans (`--plans`, default 1,550: about 1M triples in the default
graph, the union) built with `vankien build`; or, with `--copies N`, the seeds' plan graphs copied N
times with their IRIs renamed (so that the copies do not merge), plus the ontology and reference graphs
once.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox
import requests

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from conftest import LiveServer, free_port, start_server, stop_server  # noqa: E402

from queries import library  # noqa: E402
from server.engine import find_oxigraph  # noqa: E402
from vankien.store import current_build, new_build_dir, publish  # noqa: E402

ACCEPT = {"Accept": "application/sparql-results+json"}
ONTOLOGY = "https://vankien.example.org/ontology#"
KEEP = ("https://vankien.example.org/graph/ontology", "https://vankien.example.org/graph/reference")
PLAN = f"SELECT ?p WHERE {{ ?p a <{ONTOLOGY}AnalysedPlan> }} LIMIT 1"


class TimedOut(Exception):
    pass


# --- the data sets ---------------------------------------------------------------------------------------


def seeds_store(tmp: Path) -> Path:
    from vankien.build import build
    from vankien.cli import default_plans

    root = tmp / "seeds"
    build(default_plans(), root, progress=False)
    return root


def synth_store(plans: int, root: Path) -> Path:
    """`plans` generated plans (seed 1), built into a store at `root` with the command line."""
    with tempfile.TemporaryDirectory() as tmp:
        cli = [sys.executable, "-m", "vankien"]
        subprocess.run(
            [*cli, "synth", tmp, "--plans", str(plans), "--seed", "1", "--no-progress"], check=True
        )
        subprocess.run([*cli, "build", tmp, "--store", str(root), "--no-progress"], check=True)
    return root


def copies_store(seeds: Path, root: Path, copies: int) -> Path:
    """The seeds' plan graphs `copies` times with their IRIs renamed, plus ontology and reference once."""
    src = current_build(seeds).open()
    target = new_build_dir(root)
    store = ox.Store(str(target / "oxigraph"))
    base = "https://vankien.example.org/"
    plan_quads = []
    for q in src.quads_for_pattern(None, None, None, None):
        g = q.graph_name
        if isinstance(g, ox.NamedNode) and g.value in KEEP:
            store.add(q)
        else:
            plan_quads.append(q)

    def rename(t: Any, k: int) -> Any:
        if (
            isinstance(t, ox.NamedNode)
            and t.value.startswith(base)
            and not t.value.startswith(ONTOLOGY)
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


# --- the servers -----------------------------------------------------------------------------------------


def start_oxigraph(root: Path, timeout: float) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            find_oxigraph(),
            "serve-read-only",
            "--location",
            str(current_build(root).oxigraph_dir),
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout-s",
            str(int(timeout)),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/query"
    for _ in range(600):
        try:
            requests.get(url, params={"query": "ASK {}"}, timeout=1)
            break
        except requests.ConnectionError:
            time.sleep(0.05)
    return proc, url


def start_ours(root: Path, timeout: float, extra: list[str]) -> LiveServer:
    return start_server(
        root,
        # --warm-up 0: only /sparql is measured; the pages' catalog would load beside it (minutes at 100k)
        [
            "--rate-limit",
            "0",
            "--query-timeout",
            str(timeout),
            "--max-rows",
            "100000000",
            "--warm-up",
            "0",
            *extra,
        ],
        timeout=120,
    )


# --- measuring -------------------------------------------------------------------------------------------


def count(s: requests.Session, url: str, query: str) -> int:
    r = s.post(url, data={"query": query}, headers=ACCEPT, timeout=600)
    r.raise_for_status()
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def timed(session: requests.Session, url: str, query: str, timeout: float) -> float:
    t = time.perf_counter()
    r = session.post(url, data={"query": query}, headers=ACCEPT, timeout=timeout + 30)
    elapsed = time.perf_counter() - t
    if r.status_code == 504 or (r.status_code == 200 and not r.content.rstrip().endswith(b"}")):
        raise TimedOut()  # ours answers 504; a bare Oxigraph server cuts the body off
    r.raise_for_status()
    return elapsed


def paired(
    s: requests.Session, ours: str, bare: str, query: str, runs: int, budget: float, timeout: float
) -> tuple[float, float, int]:
    """Median latency through ours and through the bare server, requests alternating; and the runs made.

    A first request on each warms up (and is the only one when it took longer than the budget)."""
    a = [timed(s, ours, query, timeout)]
    b = [timed(s, bare, query, timeout)]
    if max(a[0], b[0]) > budget:
        return a[0], b[0], 1
    n = max(1, min(runs, int(budget / max(a[0], b[0], 1e-4))))
    a, b = [], []
    for i in range(n):
        if i % 2:
            b.append(timed(s, bare, query, timeout))
            a.append(timed(s, ours, query, timeout))
        else:
            a.append(timed(s, ours, query, timeout))
            b.append(timed(s, bare, query, timeout))
    return statistics.median(a), statistics.median(b), n


class BareClient:
    """A kept-alive `http.client` connection that posts a query and reads the answer's bytes: what the
    server itself takes, without the milliseconds `requests` spends building and parsing (measured here:
    about 1-2 ms a request, as much as a lookup in the server)."""

    def __init__(self, url: str):
        u = urlsplit(url)
        self.path = u.path
        self.conn = http.client.HTTPConnection(u.hostname or "127.0.0.1", u.port, timeout=60)

    def timed(self, query: str) -> float:
        body = urlencode({"query": query})
        t = time.perf_counter()
        headers = {"Content-Type": "application/x-www-form-urlencoded", **ACCEPT}
        self.conn.request("POST", self.path, body, headers)
        resp = self.conn.getresponse()
        resp.read()
        elapsed = time.perf_counter() - t
        if resp.status != 200:
            raise RuntimeError(f"{self.path} answered {resp.status}")
        return elapsed

    def close(self) -> None:
        self.conn.close()


def bare_paired(ours: str, bare: str, query: str, runs: int) -> tuple[float, float]:
    """Median latency through ours and through the bare server with `BareClient`s, requests alternating."""
    a_client, b_client = BareClient(ours), BareClient(bare)
    try:
        for _ in range(max(3, runs // 10)):  # warm up
            a_client.timed(query), b_client.timed(query)
        a, b = [], []
        for _ in range(runs):
            a.append(a_client.timed(query))
            b.append(b_client.timed(query))
        return statistics.median(a), statistics.median(b)
    finally:
        a_client.close(), b_client.close()


def _client(url: str, query: str, start_at: float, stop_at: float, out: Any) -> None:
    """One load-generating client: a kept-alive connection, requests one after another from start_at
    until stop_at; puts (answers, errors) on `out`."""
    u = urlsplit(url)
    conn = http.client.HTTPConnection(u.hostname or "127.0.0.1", u.port, timeout=60)
    conn.connect()
    time.sleep(max(0.0, start_at - time.monotonic()))
    body = urlencode({"query": query})
    headers = {"Content-Type": "application/x-www-form-urlencoded", **ACCEPT}
    ok = errors = 0
    first_error = ""
    try:
        while time.monotonic() < stop_at:
            try:
                conn.request("POST", u.path, body=body, headers=headers)
                resp = conn.getresponse()
                answer = resp.read()
            except (ConnectionError, http.client.HTTPException) as e:
                # the server closed the connection: a failed request, then a new connection
                errors += 1
                first_error = first_error or repr(e)
                conn.close()
                continue
            if resp.status == 200:
                ok += 1
            else:
                errors += 1
                first_error = first_error or f"HTTP {resp.status}: {answer[:200].decode(errors='replace')}"
    finally:
        conn.close()
        out.put((ok, errors, first_error))


def throughput(url: str, query: str, clients: int, seconds: float) -> tuple[float, int, str]:
    """Answers a second under `clients` concurrent clients, how many requests failed, and the first
    failure seen."""
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    start = time.monotonic() + 0.5  # every client connected and waiting
    procs = [
        ctx.Process(target=_client, args=(url, query, start, start + seconds, out)) for _ in range(clients)
    ]
    for p in procs:
        p.start()
    counts = [out.get(timeout=seconds + 120) for _ in procs]
    for p in procs:
        p.join()
    first = next((e for _, _, e in counts if e), "")
    return sum(c[0] for c in counts) / seconds, sum(c[1] for c in counts), first


def bench(name: str, root: Path, args: argparse.Namespace) -> None:
    load = os.getloadavg()[0]
    ours_server = start_ours(root, args.timeout, args.serve_args.split())
    proc, bare = start_oxigraph(root, args.timeout)
    ours = ours_server.sparql
    try:
        s = requests.Session()
        triples = count(s, bare, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        graphs = count(s, bare, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g {} }")
        print(
            f"\n== {name}: {triples:,} triples (the default graph: the union of {graphs:,} named graphs); "
            f"{os.cpu_count()} cores, load average {load:.1f} at start",
            flush=True,
        )
        ratios = []
        print(f"{'query':28} {'ours ms':>10} {'oxigraph ms':>12} {'ratio':>6} {'runs':>5}", flush=True)
        for q in library():
            try:
                a, b, runs = paired(s, ours, bare, q.text, args.runs, args.budget, args.timeout)
            except TimedOut:
                print(f"{q.name:28} timed out (> {args.timeout:g} s) on one side: left out", flush=True)
                continue
            ratios.append(a / b)
            print(f"{q.name:28} {a * 1000:10.2f} {b * 1000:12.2f} {a / b:6.2f} {runs:5}", flush=True)
        print(f"median ratio over the library: {statistics.median(ratios):.2f}  (goal <= 1.3)")
        plan = s.post(bare, data={"query": PLAN}, headers=ACCEPT).json()["results"]["bindings"][0]["p"][
            "value"
        ]
        lookup = f"SELECT ?p ?o WHERE {{ <{plan}> ?p ?o }} LIMIT 20"
        for label, query in (("ASK {}", "ASK {}"), ("lookup", lookup)):
            a, b, _ = paired(s, ours, bare, query, args.runs * 20, 1e9, args.timeout)
            print(
                f"{label}: ours {a * 1000:.2f} ms, oxigraph {b * 1000:.2f} ms, added {(a - b) * 1000:.2f} ms"
                + ("  (goal <= 2)" if label == "lookup" else ""),
                flush=True,
            )
            a, b = bare_paired(ours, bare, query, args.runs * 100)
            print(
                f"{label}, http.client: ours {a * 1000:.2f} ms, oxigraph {b * 1000:.2f} ms, "
                f"added {(a - b) * 1000:.2f} ms",
                flush=True,
            )
        rate_bare, failed_bare, error_bare = throughput(bare, lookup, args.clients, args.seconds)
        rate_ours, failed_ours, error_ours = throughput(ours, lookup, args.clients, args.seconds)
        failed = ""
        if failed_ours + failed_bare:
            failed = f" (failed: ours {failed_ours} {error_ours}, oxigraph {failed_bare} {error_bare})"
        print(f"lookups/s, {args.clients} clients: ours {rate_ours:.0f}, oxigraph {rate_bare:.0f}{failed}")
    finally:
        stop_server(ours_server)
        proc.terminate()
        proc.wait(10)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--plans", type=int, default=1550, help="synthetic plans in the generated graph (0: none)")
    p.add_argument(
        "--copies", type=int, help="instead: copies of the seeds' plan graphs (0: no generated graph)"
    )
    p.add_argument("--store", type=Path, help="instead: measure this store folder as the generated graph")
    p.add_argument(
        "--keep", type=Path, help="build the generated graph in this folder (to reuse with --store)"
    )
    p.add_argument("--seeds", action=argparse.BooleanOptionalAction, default=True, help="measure the seeds")
    p.add_argument("--runs", type=int, default=15, help="runs per query for the median, at most")
    p.add_argument("--budget", type=float, default=5.0, help="seconds per query and side, about")
    p.add_argument("--timeout", type=float, default=150.0, help="query timeout, both servers (s)")
    p.add_argument("--clients", type=int, default=8, help="concurrent clients for the throughput")
    p.add_argument("--seconds", type=float, default=4.0, help="seconds of load for the throughput")
    p.add_argument(
        "--serve-args", default="", help="more options for `vankien serve`, e.g. '--http-server waitress'"
    )
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seeds = seeds_store(Path(tmp)) if args.seeds or args.copies else None
        if seeds is not None and args.seeds:
            bench("seeds", seeds, args)
        root = args.keep or Path(tmp) / "generated"
        t = time.monotonic()
        if args.store:
            generated = args.store
        elif args.copies is not None:
            generated = copies_store(seeds, root, args.copies) if seeds is not None and args.copies else None
        else:
            generated = synth_store(args.plans, root) if args.plans else None
        if generated is not None:
            if not args.store:
                print(f"\n(generated graph made in {time.monotonic() - t:.0f} s)", flush=True)
            bench("generated", generated, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
