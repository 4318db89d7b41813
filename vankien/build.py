"""The build: plans -> facts -> RDF -> a new store, validated, then published.

The pipeline has no HTTP or CLI concerns; `vankien.cli` is a thin face over `build()`.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import threading
import time
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
import rdflib

from ingest import InputError, extract_source, read_plan
from ontology import iris, rdf
from shapes.validate import validate_store
from vankien import linksets, search
from vankien import store as store_folder
from vankien.progress import Progress
from vankien.store import count_named_quads

if TYPE_CHECKING:
    from vankien.remote import RemoteEndpoints, RemoteLoader, RemoteStore

PLAN_SUFFIXES = (".txt", ".docx", ".pdf")


class BuildError(Exception):
    """The build itself could not be made (not a bad plan: those are skipped)."""


@dataclass
class Skipped:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class BuildResult:
    build_id: str
    store_root: Path
    plans: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    triples: int = 0
    seconds: float = 0.0
    validation: dict[str, Any] = field(default_factory=dict)
    phases: dict[str, float] = field(default_factory=dict)  # seconds of each step of the build
    links: list[dict[str, Any]] = field(default_factory=list)  # the recorded link sets, made again

    def lap(self, phase: str, since: float) -> float:
        """Record the seconds of `phase`, which began at `since` (time.monotonic()); return now."""
        now = time.monotonic()
        self.phases[phase] = round(now - since, 3)
        return now

    def summary_line(self) -> str:
        skipped = f", {len(self.skipped)} skipped" if self.skipped else ""
        return (
            f"built {len(self.plans)} plans{skipped}, {self.triples} triples in {self.seconds:.1f} s; "
            f"validation: {self.validation.get('summary', 'not run')}"
        )

    def link_lines(self) -> list[str]:
        """What became of each recorded link set, one line each."""
        lines = []
        for made in self.links:
            if "error" in made:
                lines.append(f"link set {made['name'] or '?'}: not made: {made['error']}")
            else:
                lines.append(
                    f"link set {made['name']} ({made['source']}): {made['matched']} matched, "
                    f"{made['ambiguous']} ambiguous, {made['unmatched']} unmatched, aligned afresh "
                    f"into <{made['graph']}>"
                )
        return lines

    def to_dict(self) -> dict[str, Any]:
        return {
            "build": self.build_id,
            "plans": self.plans,
            "skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped],
            "triples": self.triples,
            "seconds": round(self.seconds, 3),
            "phases": self.phases,
            "validation": self.validation.get("summary"),
            "links": self.links,
            "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }


def collect_plans(inputs: Iterable[Path]) -> tuple[list[Path], list[Skipped]]:
    """The plan files named, folders expanded to the plan files in them (sorted)."""
    found: list[Path] = []
    missing: list[Skipped] = []
    for item in inputs:
        if item.is_dir():
            found.extend(
                sorted(p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in PLAN_SUFFIXES)
            )
        elif item.is_file():
            found.append(item)
        else:
            missing.append(Skipped(str(item), "no such file or folder"))
    return found, missing


def facts_name(path: Path, taken: set[str]) -> str:
    """The facts file name of a plan: its stem, made unique among the plans of one run."""
    name, n = path.stem, 1
    while name in taken:
        n += 1
        name = f"{path.stem}-{n}"
    taken.add(name)
    return name


def _ntriples(graph: rdflib.Graph) -> bytes:
    """N-Triples, one triple per line (N-Triples lines never hold a raw newline)."""
    return graph.serialize(format="nt", encoding="utf-8")


def _in_graph(ntriples: bytes, graph_iri: str) -> bytes:
    """N-Triples lines (each ending in " .\n", as rdflib and `TripleSet` write them) turned into N-Quads
    lines of the named graph. A raw newline never occurs inside an N-Triples term, so " .\n" only
    ends lines."""
    return ntriples.replace(b" .\n", f" <{graph_iri}> .\n".encode())


def _load_graph(store: ox.Store, graph_iri: str, graph: rdflib.Graph) -> None:
    """Load a graph into its named graph and into the default graph (see `_QuadBatcher`)."""
    nt = _ntriples(graph)
    store.load(_in_graph(nt, graph_iri), format=ox.RdfFormat.N_QUADS)
    store.load(nt, format=ox.RdfFormat.N_TRIPLES)


@dataclass
class PlanOutcome:
    """What a worker makes of one plan file: its facts and quads, or why it was skipped."""

    path: str
    skipped: str | None = None
    error: str | None = None  # a traceback, when the reason is a bug of ours
    facts: dict[str, Any] | None = None
    source_name: str = ""
    source_text: str = ""
    graph_iri: str = ""
    ntriples: bytes = b""  # the plan's named graph
    shared: bytes = b""  # the bodies and places it names, for the shared graph (`_SharedGraph`)


def process_plan(path: Path, base: str) -> PlanOutcome:
    """Read, extract and convert one plan (runs in a worker process)."""
    step = "extracting"
    try:
        source = read_plan(path)
        facts = extract_source(source)  # the file is read once
        step = "converting to RDF"
        outcome = outcome_from_facts(facts, source.name, "\n".join(source.lines) + "\n", base)
    except InputError as e:
        return PlanOutcome(str(path), skipped=e.reason if e.line is None else f"line {e.line}: {e.reason}")
    except Exception as e:  # a bug of ours on one plan: reported loudly, the other plans still build
        return PlanOutcome(
            str(path),
            skipped=f"internal error while {step} ({type(e).__name__}: {e})",
            error=traceback.format_exc(),
        )
    outcome.path = str(path)
    return outcome


CHUNK = 4  # plans a worker takes at a time
WINDOW_PER_JOB = 16  # plans in flight per worker: submitted but not yet taken by the loader


def _outcomes(plans: list[Path], base: str, jobs: int) -> Iterator[PlanOutcome]:
    """Outcomes in the order of `plans`; a pool of `jobs` processes when there is enough work for one.

    At most `jobs * WINDOW_PER_JOB` plans are in flight. `Pool.imap` alone has no back-pressure: it
    submits every task at once and keeps each result until the consumer takes it, so when the workers
    outpace the loading (they do on two cores), the waiting results (~300 KB a plan) grew with the
    corpus: 2.4 GB in the main process after 44,000 generated plans."""
    if jobs <= 1 or len(plans) < 2 * jobs:
        for path in plans:
            yield process_plan(path, base)
        return
    window = threading.Semaphore(jobs * WINDOW_PER_JOB - 1)  # the first plan goes without waiting
    stopped = threading.Event()  # the consumer stopped early: stop feeding, so that the pool can close

    def submitted() -> Iterator[Path]:  # runs in the pool's task-feeding thread
        for path in plans:
            yield path
            while not window.acquire(timeout=0.1):  # the room for the next plan
                if stopped.is_set():
                    return

    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ctx.Pool(jobs) as pool:
        try:
            for outcome in pool.imap(partial(process_plan, base=base), submitted(), chunksize=CHUNK):
                window.release()
                yield outcome
        finally:
            stopped.set()


class _QuadBatcher:
    """Bulk-loads plan graphs in batches of about `limit` bytes: each into its named graph, and its
    triples into the store's default graph too.

    The default graph of a build is thus the set union of all its graphs, made once here. Oxigraph's
    "union default graph" query option is a multiset: a triple that a thousand plans state (a cited
    document's number, a body's level) would be seen a thousand times by every query pattern, so
    counts would be wrong and joins would blow up. Queries that do not say GRAPH read this default graph.

    Batch size: each bulk load is a set of files RocksDB then merges into the store in the background,
    and that merging (compaction) grows with the number of loads: on the 100,000-plan build, RocksDB's
    compaction threads used 965 s of CPU in the first 31 minutes, as much as extraction. Loading 3,000
    generated plans and optimising took 66-75 s of CPU (all threads) in 16 MB batches and 60-61 s in
    128 or 512 MB ones (one run each; the machine was busy). 128 MB of N-Quads held in memory at a
    time is small against the build's memory budget of 4 GB.
    """

    def __init__(self, store: ox.Store, limit: int = 128 << 20):
        self.store, self.limit = store, limit
        self.quads: list[bytes] = []
        self.triples: list[bytes] = []
        self.size = 0

    def add(self, graph_iri: str, ntriples: bytes) -> None:
        self.quads.append(_in_graph(ntriples, graph_iri))
        self.triples.append(ntriples)
        self.size += 2 * len(ntriples)
        if self.size >= self.limit:
            self.flush()

    def flush(self) -> None:
        if self.quads:
            self.store.bulk_load(b"".join(self.quads), format=ox.RdfFormat.N_QUADS)
            self.store.bulk_load(b"".join(self.triples), format=ox.RdfFormat.N_TRIPLES)
            self.quads, self.triples, self.size = [], [], 0


class _SharedGraph:
    """The graph describing the bodies and places the plans name (`iris.BODIES_PLACES_GRAPH`): each
    plan brings the descriptions of those it names, and each line is passed on to the sink once.

    The lines seen are kept for the whole load: at 10,000 generated plans the graph has 490,569
    triples (about 100 MB of lines held), where every plan graph used to repeat the ~230 describing
    what it named: the store has 24 % fewer quads (7.09M against 9.36M) and the build took 378 s
    against 471 s."""

    def __init__(self, sink: _QuadBatcher | RemoteLoader, graph_iri: str, limit: int = 8 << 20):
        self.sink, self.graph_iri, self.limit = sink, graph_iri, limit
        self.seen: set[bytes] = set()
        self.pending: list[bytes] = []
        self.size = 0

    def add(self, ntriples: bytes) -> None:
        lines = set(ntriples.split(b"\n"))
        lines.discard(b"")
        new = lines - self.seen
        if new:
            self.seen |= new
            text = b"\n".join(new) + b"\n"
            self.pending.append(text)
            self.size += len(text)
            if self.size >= self.limit:
                self.flush()

    def flush(self) -> None:
        if self.pending:
            self.sink.add(self.graph_iri, b"".join(self.pending))
            self.pending, self.size = [], 0


def _open_sink(
    build_dir: Path, base: str, remote: RemoteEndpoints | None
) -> tuple[ox.Store | RemoteStore, _QuadBatcher | RemoteLoader]:
    """Where the triples of a build go, with the ontology and reference data already in: a new local
    store in the build folder, or the remote SPARQL server (whose endpoints the folder records)."""
    if remote is not None:
        from vankien.remote import RemoteLoader, write_record

        write_record(build_dir, remote, state="loading")
        loader = RemoteLoader(remote, base)
        loader.add(iris.ONTOLOGY_GRAPH(base), _ntriples(rdf.ontology_graph()))
        loader.add(iris.REFERENCE_GRAPH(base), _ntriples(rdf.reference_graph(base)))
        return loader.store, loader
    store = ox.Store(str(build_dir / "oxigraph"))
    _load_graph(store, iris.ONTOLOGY_GRAPH(base), rdf.ontology_graph())
    _load_graph(store, iris.REFERENCE_GRAPH(base), rdf.reference_graph(base))
    return store, _QuadBatcher(store)


def _finish_remote(loader: _QuadBatcher | RemoteLoader, build_dir: Path, remote: RemoteEndpoints) -> None:
    from vankien.remote import RemoteLoader, write_record

    assert isinstance(loader, RemoteLoader)
    write_record(build_dir, remote, state="loaded", **loader.finish())


def build(
    inputs: list[Path],
    root: Path,
    base: str = iris.BASE_DEFAULT,
    progress: bool | None = None,
    jobs: int | None = None,
    remote: RemoteEndpoints | None = None,
) -> BuildResult:
    """Build a new store under ``root`` from the plans in ``inputs`` and publish it (the triples in the
    SPARQL server `remote` when given, see `vankien.remote`).

    Bad plans are skipped and listed in the result; validation findings are kept with the build. Any
    other failure raises, and the build that was being served stays served. Extraction runs in
    ``jobs`` processes (default: one per core).
    """
    plans, skipped = collect_plans(inputs)
    outcomes = _outcomes(plans, base, jobs or os.cpu_count() or 1)
    return build_from_outcomes(outcomes, len(plans), root, base, progress, skipped, remote)


def outcome_from_facts(facts: dict[str, Any], source_name: str, source_text: str, base: str) -> PlanOutcome:
    """A plan given as facts and text (a fixture, a generated plan), ready for `build_from_outcomes`."""
    made = rdf.plan_to_ntriples(facts, base)
    return PlanOutcome(
        source_name,
        facts=facts,
        source_name=source_name,
        source_text=source_text,
        graph_iri=made.graph_iri,
        ntriples=made.own,
        shared=made.shared,
    )


def _link_sets(
    result: BuildResult,
    store: ox.Store | RemoteStore,
    loader: _QuadBatcher | RemoteLoader,
    root: Path,
    base: str,
) -> None:
    """Make the link sets recorded in the store folder (`vankien.linksets`) again on the new graph (on
    a SPARQL server, before the loader drops the graphs this build did not write)."""
    sets, problems = linksets.recorded(root)
    if not sets and not problems:
        return
    result.links = linksets.reapply(store, root, base)
    if not isinstance(loader, _QuadBatcher):
        loader.graphs.update(made["graph"] for made in result.links if "graph" in made)


def build_from_outcomes(
    outcomes: Iterable[PlanOutcome],
    total: int,
    root: Path,
    base: str = iris.BASE_DEFAULT,
    progress: bool | None = None,
    skipped: list[Skipped] | None = None,
    remote: RemoteEndpoints | None = None,
) -> BuildResult:
    """Load extracted plans into a new store with the ontology and reference data, validate it, index it
    for search, and publish it. With `remote`, the triples go to that SPARQL server (`vankien.remote`)
    and the build folder keeps the rest."""
    started = time.monotonic()
    root.mkdir(parents=True, exist_ok=True)
    build_dir = store_folder.new_build_dir(root)
    result = BuildResult(build_id=build_dir.name, store_root=root, skipped=list(skipped or []))
    for sub in ("facts", "sources"):
        (build_dir / sub).mkdir()
    store, batch = _open_sink(build_dir, base, remote)
    shared = _SharedGraph(batch, iris.BODIES_PLACES_GRAPH(base))

    bar = Progress(total, "build", enabled=progress)
    taken: set[str] = set()
    facts_index: dict[str, str] = {}  # which facts file is which plan: the pages need it, 100k files unread
    for outcome in outcomes:
        bar.step(Path(outcome.path).name)
        if outcome.skipped is not None:
            if outcome.error:
                print(outcome.error, file=sys.stderr)
            result.skipped.append(Skipped(outcome.path, outcome.skipped))
            continue
        name = facts_name(Path(outcome.path), taken)
        facts_index[iris.plan_document_iri(outcome.facts, base)] = name
        batch.add(outcome.graph_iri, outcome.ntriples)
        shared.add(outcome.shared)
        # one line: json's C encoder only writes without indent (indent=1 cost the loading process
        # 2 ms a plan, 200 s of a 100,000-plan build); `python -m json.tool` shows it indented
        (build_dir / "facts" / f"{name}.json").write_text(
            json.dumps(outcome.facts, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
        (build_dir / "sources" / outcome.source_name).write_text(outcome.source_text, encoding="utf-8")
        result.plans.append(outcome.path)
    shared.flush()
    batch.flush()
    del shared
    bar.close()
    (build_dir / store_folder.FACTS_INDEX).write_text(
        json.dumps(facts_index, ensure_ascii=False), encoding="utf-8"
    )
    _link_sets(result, store, batch, root, base)
    if remote is not None:
        _finish_remote(batch, build_dir, remote)
    lap = result.lap("extract+load", started)

    report = validate_store(store)
    validation = report.to_dict()
    validation.setdefault("summary", report.summary())
    (build_dir / "validation.json").write_text(
        json.dumps(validation, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    (build_dir / "validation.ttl").write_text(report.to_turtle(), encoding="utf-8")
    # the findings stay in validation.json (a 100,000-plan build has ~200,000 of them, a gigabyte in
    # memory): the result keeps the summary and the counts
    result.validation = {k: v for k, v in validation.items() if k != "findings"}
    del report, validation
    lap = result.lap("validate", lap)
    store.optimize()
    result.triples = count_named_quads(store)
    store.flush()
    lap = result.lap("optimize", lap)
    if remote is None:
        # indexed from the store opened anew, read-only: the writer's buffers and caches go with it
        # (3.2 GB after optimize at 100,000 plans). Every reference to the writer goes first (the
        # batcher holds one): a writer left open may compact meanwhile and delete files the read-only
        # store was about to open.
        del store, batch
        store = ox.Store.read_only(str(build_dir / "oxigraph"))
    search.build_index(build_dir, store, base)
    result.lap("index", lap)
    del store
    result.seconds = time.monotonic() - started
    (build_dir / "build.json").write_text(
        json.dumps(result.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8"
    )
    store_folder.publish(root, build_dir)
    return result
