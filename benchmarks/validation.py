"""Validation speed: the store's SPARQL (fast path) against pySHACL (reference), as a ratio.

    python benchmarks/validation.py [--synth-plans 2150] [--triples 1000000] [--pyshacl-triples 30000]

Prints the fast-path time

- on the sample plans (the gold facts), with pySHACL's time on them;
- on the plans of `vankien synth` (`--synth-plans`: 2,150 make about 1M triples in the named graphs,
  their bodies and places described once as a build does),
  loaded as a build loads them (a store on disk, each plan in its named graph and in the default graph),
  with the five slowest checks; and pySHACL on the first `--pyshacl-plans` of them, with whether both
  find the same violations;
- on a stress graph of about `--triples` triples: invented district plans with forty citations each,
  one in a hundred dated before what it carries out (in a store on disk, as a build keeps it, and
  once in pyoxigraph's in-memory store for comparison); and pySHACL on a stress graph
  of `--pyshacl-triples` triples (pySHACL runs each SPARQL rule once per focus node, so the full graph
  would take it hours; give `--pyshacl-triples` the same number to measure it anyway).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ontology.iris import REFERENCE_GRAPH
from ontology.places import provinces
from ontology.rdf import plan_to_graph, reference_graph
from shapes.report import Report
from shapes.validate import _run_check, checks, validate_graph_pyshacl, validate_store
from vankien.store import count_named_quads, materialise_union


def _src(file: str, line: int, text: str) -> dict[str, Any]:
    return {"file": file, "lines": [line, line], "text": text}


def synthetic_plan(i: int, rng: random.Random) -> dict[str, Any]:
    names = sorted({v[0] for v in provinces().values()})
    prov = names[i % len(names)]
    district = f"Huyện Mẫu {i // len(names)}"
    file = f"gen_{i:06d}.txt"
    year = 2021 + i % 3
    month = 1 + i % 12
    cited = []
    for j in range(40):
        n = 1 + (i * 7 + j * 13) % 300
        key = f"{n}-NQ/TW" if j % 2 else f"{n}-KH/TU"
        national = j % 2 == 1
        date = f"{2016 + (n % 6)}-{1 + n % 12:02d}-{1 + n % 27:02d}"
        cited.append(
            {
                "key": key,
                "type": "Nghị quyết" if national else "Kế hoạch",
                "number": str(n),
                "symbol": "NQ/TW" if national else "KH/TU",
                "date": date,
                "issuer": "Bộ Chính trị" if national else "Ban Thường vụ Tỉnh ủy",
                "jurisdiction": "national" if national else f"province:{prov}",
                "title": f"nội dung thử nghiệm {n}",
                "source": _src(file, 10 + j, key),
                "mentions": [_src(file, 10 + j, key)],
            }
        )
    late = rng.random() < 0.01
    implements = [cited[0]["key"]]
    if late:
        cited[0]["date"] = f"{year + 1}-12-31"
    return {
        "source": file,
        "document": {
            "type": "Kế hoạch",
            "key": f"{i % 500 + 1}-KH/HU",
            "number": str(i % 500 + 1),
            "symbol": "KH/HU",
            "date": f"{year}-{month:02d}-15",
            "place": None,
            "title": f"kế hoạch thử nghiệm số {i}",
            "issuer": {
                "name": f"Ban Thường vụ Huyện ủy {district}",
                "level": "district",
                "province": prov,
                "system": "party",
                "district": district,
            },
            "jurisdiction": f"district:{district}, {prov}",
            "signer": {"name": "Người Ký Mẫu", "position": "Phó Bí thư", "on_behalf_of": "Ban Thường vụ"},
            "source": _src(file, 1, "KẾ HOẠCH"),
        },
        "implements": implements,
        "provenance": {"implements": [_src(file, 5, "Thực hiện")], "recipients": []},
        "cited": cited,
        "tasks": [
            {
                "assignee": "Ban Tuyên giáo Huyện ủy",
                "coordinates_with": ["Ban Tổ chức Huyện ủy"],
                "actions": 1,
                "source": _src(file, 80, "Ban Tuyên giáo Huyện ủy"),
            }
        ],
        "recipients": [],
        "annexes": [],
        "sections": [{"number": "I", "title": "MỤC ĐÍCH, YÊU CẦU", "source": _src(file, 3, "I.")}],
    }


def build(
    plans: list[dict[str, Any]], with_reference: bool = True, folder: Path | None = None
) -> tuple[ox.Store, Dataset | None, int]:
    """The plans' facts in a store, each plan in its named graph and the default graph their union: on
    disk in `folder` (as a build stores them; validated before the build's optimize, as here), else
    in memory."""
    store = ox.Store(str(folder)) if folder is not None else ox.Store()
    for facts in plans:
        iri, g = plan_to_graph(facts)
        store.load(
            g.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri)
        )
    if with_reference:
        store.load(
            reference_graph().serialize(format="nt").encode(),
            format=ox.RdfFormat.N_TRIPLES,
            to_graph=ox.NamedNode(REFERENCE_GRAPH()),
        )
    n = len(store)
    materialise_union(store)
    return store, None, n


def dataset(plans: list[dict[str, Any]]) -> Dataset:
    ds = Dataset()
    for facts in plans:
        iri, g = plan_to_graph(facts)
        ctx = ds.graph(iri)
        for t in g:
            ctx.add(t)
    return ds


def generated(target: int, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    per_plan = len(plan_to_graph(synthetic_plan(0, rng))[1])
    return [synthetic_plan(i, rng) for i in range(max(1, target // per_plan))]


def synth_store(n_plans: int, seed: int, folder: Path) -> tuple[ox.Store, int]:
    """`n_plans` generated plans (their ground-truth facts) in an on-disk store, loaded as a build does."""
    from ontology import iris
    from ontology.rdf import ontology_graph, plan_to_ntriples
    from synth.generator import iter_plans
    from vankien.build import _load_graph, _QuadBatcher, _SharedGraph

    store = ox.Store(str(folder))
    _load_graph(store, iris.ONTOLOGY_GRAPH(), ontology_graph())
    _load_graph(store, iris.REFERENCE_GRAPH(), reference_graph())
    batch = _QuadBatcher(store)
    shared = _SharedGraph(batch, iris.BODIES_PLACES_GRAPH())
    for name, _text, facts in iter_plans(n_plans, seed):
        facts.setdefault("source", f"{name}.txt")
        made = plan_to_ntriples(facts)
        batch.add(made.graph_iri, made.own)
        shared.add(made.shared)
    shared.flush()
    batch.flush()
    store.optimize()
    return store, count_named_quads(store)


def median_run(store: ox.Store, runs: int = 3) -> Report:
    """The validation run of median time out of `runs` (source lines located)."""
    done = sorted((validate_store(store) for _ in range(runs)), key=lambda r: r.seconds)
    return done[len(done) // 2]


def slowest_checks(store: ox.Store, n: int = 5) -> str:
    times = []
    for check in checks():
        t = time.perf_counter()
        _run_check(store, check)
        times.append((time.perf_counter() - t, check.shape.rsplit("#", 1)[-1].rsplit("/", 1)[-1]))
    return ", ".join(f"{name} {sec:.2f} s" for sec, name in sorted(times, reverse=True)[:n])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synth-plans", type=int, default=2150, help="generated plans (0: skip)")
    ap.add_argument("--pyshacl-plans", type=int, default=8, help="of them, for pySHACL (slow)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--triples", type=int, default=1_000_000, help="stress graph (0: skip)")
    ap.add_argument("--pyshacl-triples", type=int, default=30_000)
    ap.add_argument("--gold", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "gold")
    args = ap.parse_args()

    gold = sorted(args.gold.glob("*.json")) if args.gold.exists() else []
    if gold:
        seeds = [json.loads(f.read_text(encoding="utf-8")) for f in gold]
        store, _, n = build(seeds, with_reference=False)
        fast = validate_store(store)
        ref = validate_graph_pyshacl(dataset(seeds))
        print(
            f"seeds ({len(seeds)} plans, {n} triples): store SPARQL {fast.seconds:.2f} s, "
            f"pySHACL {ref.seconds:.2f} s, ratio {ref.seconds / max(fast.seconds, 1e-9):.0f}x; "
            f"{fast.summary()}"
        )
    else:
        print(f"seeds: no gold facts at {args.gold}, skipped")

    if args.synth_plans:
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            store, n = synth_store(args.synth_plans, args.seed, Path(tmp) / "store")
            built = time.perf_counter() - t0
            fast = median_run(store)
            print(
                f"synth ({args.synth_plans} plans, {n} triples in named graphs, loaded in {built:.0f} s): "
                f"store SPARQL {fast.seconds:.2f} s (median of 3, source lines located); {fast.summary()}\n"
                f"  slowest checks: {slowest_checks(store)}"
            )
            del store
            small, n_s = synth_store(args.pyshacl_plans, args.seed, Path(tmp) / "small")
            fast_s = validate_store(small)
            ds = Dataset()
            ds.parse(data=small.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
            ref_s = validate_graph_pyshacl(ds)
            same = {(f.focus, f.shape) for f in fast_s.findings} == {
                (f.focus, f.shape) for f in ref_s.findings
            }
            print(
                f"synth sample ({args.pyshacl_plans} plans, {n_s} triples): "
                f"store SPARQL {fast_s.seconds:.2f} s, "
                f"pySHACL {ref_s.seconds:.2f} s, ratio {ref_s.seconds / max(fast_s.seconds, 1e-9):.0f}x; "
                f"same findings: {same} ({len(fast_s.findings)} and {len(ref_s.findings)})"
            )
    if not args.triples:
        return
    t0 = time.perf_counter()
    plans = generated(args.triples)
    with tempfile.TemporaryDirectory() as tmp:
        store, _, n = build(plans, folder=Path(tmp) / "store")
        built = time.perf_counter() - t0
        fast = median_run(store)
        print(
            f"stress graph ({len(plans)} plans, {n} triples, on disk as a build stores it, loaded in "
            f"{built:.0f} s): store SPARQL {fast.seconds:.2f} s (median of 3, source lines located); "
            f"{fast.summary()}\n  slowest checks: {slowest_checks(store)}",
            flush=True,
        )
        del store
    # The same graph in pyoxigraph's in-memory store, for comparison: some checks (the issuer's dates)
    # take ten times as long there, so the build keeps its store on disk.
    memory, _, _ = build(plans)
    in_memory = validate_store(memory)
    print(f"  the same graph in an in-memory store: {in_memory.seconds:.2f} s (one run)", flush=True)
    del memory

    small = generated(args.pyshacl_triples)
    store_s, _, n_s = build(small, with_reference=False)
    fast_s = validate_store(store_s)
    ref_s = validate_graph_pyshacl(dataset(small))
    same = {(f.focus, f.shape) for f in fast_s.findings} == {(f.focus, f.shape) for f in ref_s.findings}
    print(
        f"generated sample ({len(small)} plans, {n_s} triples): store SPARQL {fast_s.seconds:.2f} s, "
        f"pySHACL {ref_s.seconds:.2f} s, ratio {ref_s.seconds / max(fast_s.seconds, 1e-9):.0f}x; "
        f"same findings: {same}"
    )


if __name__ == "__main__":
    main()
