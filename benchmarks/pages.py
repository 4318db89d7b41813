"""Page speed: every page of the sample plans' graph, rendered on the server (Flask's test client).

    python benchmarks/pages.py [--store DIR] [--repeat 5] [--all-bodies]

Builds the five sample plans (../shared/seeds) into a temporary store unless --store names one, then
renders each page of /sitemap.txt (home, lists, hierarchy, search, resolver, editor, validation, every
document, plan, chain, body named by a plan, person, task and place) `--repeat` times after a warm-up,
and prints the median per kind of page, the slowest page, and how many pages exceed the 200 ms budget.
--all-bodies adds the reference bodies no plan names (the central and provincial standing bodies).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from server import create_app

BUDGET_MS = 200.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, help="a store folder already built (default: build the seeds)")
    ap.add_argument("--seeds", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "seeds")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--all-bodies", action="store_true")
    args = ap.parse_args()
    store = args.store
    if store is None:
        from vankien.build import build

        store = Path(tempfile.mkdtemp(prefix="vankien-bench-"))
        t = time.perf_counter()
        result = build([args.seeds], store, progress=False)
        print(f"built {len(result.plans)} plans, {result.triples} triples in {time.perf_counter() - t:.1f} s")
    app = create_app({"STORE": store, "TESTING": True})
    client = app.test_client()
    t = time.perf_counter()
    client.get("/")
    print(f"first request (opens the store, reads the catalog): {(time.perf_counter() - t) * 1000:.0f} ms")
    with app.test_request_context():
        from server.pages.sitemap import page_urls

        urls = page_urls(reference=args.all_bodies)
    times: dict[str, list[float]] = defaultdict(list)
    per_page: list[tuple[float, str]] = []
    for kind, url in urls:
        client.get(url)  # warm-up
        samples = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            resp = client.get(url)
            samples.append((time.perf_counter() - t) * 1000)
            if resp.status_code not in (200, 303):
                print(f"  {resp.status_code} {url}", file=sys.stderr)
        med = statistics.median(samples)
        times[kind].append(med)
        per_page.append((med, url))
    print(f"{len(urls)} pages, median of {args.repeat} runs each (ms):")
    print(f"  {'kind':<11} {'pages':>5} {'median':>8} {'max':>8}")
    for kind in sorted(times):
        v = times[kind]
        print(f"  {kind:<11} {len(v):>5} {statistics.median(v):>8.1f} {max(v):>8.1f}")
    worst = max(per_page)
    over = [u for m, u in per_page if m > BUDGET_MS]
    print(f"slowest: {worst[0]:.1f} ms {worst[1]}")
    print(f"over {BUDGET_MS:.0f} ms: {len(over)}" + (f" {over}" if over else ""))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
