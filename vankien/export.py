"""Dumps of the whole dataset: every named graph, streamed from the store to a file.

What a dump holds:

- quad formats (N-Quads `nq`, TriG `trig`, JSON-LD `jsonld`): **the named graphs only** — one per plan,
  the ontology, the reference data, link sets, writes. The store's default graph is left out because it
  only repeats them (a build materialises it as their set union, see `vankien.build._QuadBatcher`): a
  quad dump that held it too would state every triple twice. Whoever loads such a dump rebuilds the
  union (`load_dump` below does; with the Oxigraph CLI: `oxigraph load` then
  `INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }`).
- triple formats (Turtle `ttl`, N-Triples `nt`): **the default graph**, i.e. the set union of all named
  graphs, each triple once; which graph said what is not kept.

The quads are streamed from pyoxigraph to the output (graph by graph, in IRI order), never gathered into
one in-memory graph, so the size of a dump is bounded by the disk, not the memory. A name ending in
``.gz`` is gzip-compressed as it is written.
"""

from __future__ import annotations

import fcntl
import gzip
import logging
import os
import queue
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import pyoxigraph as ox

from vankien.progress import Progress

if TYPE_CHECKING:
    from vankien.store import Build

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DumpFormat:
    name: str  # the --format value
    extension: str  # the file name extension
    media_type: str
    rdf: ox.RdfFormat
    graphs: bool  # keeps named graphs (a quad format)
    w3c: str  # the format's IRI in http://www.w3.org/ns/formats/

    @property
    def holds(self) -> str:
        if self.graphs:
            return "every named graph (plans, ontology, reference data, links); the loader rebuilds the union"
        return "the default graph: the set union of all named graphs, without graph names"


FORMATS: dict[str, DumpFormat] = {
    f.name: f
    for f in [
        DumpFormat("nq", "nq", "application/n-quads", ox.RdfFormat.N_QUADS, True, "N-Quads"),
        DumpFormat("trig", "trig", "application/trig", ox.RdfFormat.TRIG, True, "TriG"),
        DumpFormat("jsonld", "jsonld", "application/ld+json", ox.RdfFormat.JSON_LD, True, "JSON-LD"),
        DumpFormat("ttl", "ttl", "text/turtle", ox.RdfFormat.TURTLE, False, "Turtle"),
        DumpFormat("nt", "nt", "application/n-triples", ox.RdfFormat.N_TRIPLES, False, "N-Triples"),
    ]
}
DUMP_STEM = "vankien"


class ExportError(Exception):
    """The dump could not be written (unknown format, unwritable file)."""


@dataclass
class ExportResult:
    format: str
    statements: int  # quads (quad formats) or triples (triple formats) written
    graphs: int  # named graphs written (0 for a triple format)
    path: str  # where it went ("-" for standard output)

    def summary(self) -> str:
        what = (
            f"{self.statements} quads in {self.graphs} named graphs"
            if self.graphs
            else f"{self.statements} triples"
        )
        return f"exported {what} as {FORMATS[self.format].rdf.name} to {self.path}"


def dump_format(name: str) -> DumpFormat:
    try:
        return FORMATS[name]
    except KeyError:
        raise ExportError(f"unknown dump format {name!r}: use one of {', '.join(FORMATS)}") from None


def dump_file_name(name: str, compressed: bool = True) -> str:
    """`vankien.nq.gz` and the like: the name a dump is offered under."""
    return f"{DUMP_STEM}.{dump_format(name).extension}" + (".gz" if compressed else "")


def _prefixes() -> dict[str, str]:
    from ontology.vocab import PREFIXES

    return {p: str(ns) for p, ns in PREFIXES.items()}


def named_graphs(store: ox.Store) -> list[ox.NamedNode]:
    """The store's named graphs in IRI order (blank-node graph names are not minted by Vankien)."""
    return sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)


def _count(store: ox.Store, graphs: bool) -> int:
    q = (
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        if graphs
        else "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    )
    return int(next(iter(store.query(q)))["n"].value)


class _Counter:
    """Counts what passes through, and moves a progress bar (and calls `tick` with the count) every
    `every` items."""

    def __init__(self, bar: Progress | None, every: int = 20000, tick: Callable[[int], None] | None = None):
        self.n, self.bar, self.every, self.tick = 0, bar, every, tick

    def quads(self, items: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
        for q in items:
            self.n += 1
            if self.n % self.every == 0:
                if self.bar is not None:
                    self._tick()
                if self.tick is not None:
                    self.tick(self.n)
            yield q

    def triples(self, items: Iterable[ox.Quad]) -> Iterator[ox.Triple]:
        for q in self.quads(items):
            yield q.triple

    def _tick(self) -> None:
        assert self.bar is not None
        self.bar.done = self.n - 1
        self.bar.step()


def write_dump(
    store: ox.Store,
    fmt: str,
    output: BinaryIO,
    progress: bool = False,
    tick: Callable[[int], None] | None = None,
) -> ExportResult:
    """Stream the dataset in format `fmt` to a binary file object; what was written. `tick` is called
    with the number of quads written so far, every 20,000 or so."""
    f = dump_format(fmt)
    total = _count(store, f.graphs) if progress else 0
    bar = Progress(total, f"export {f.name}", enabled=True) if progress else None
    counter = _Counter(bar, every=max(1, min(20000, total // 100)) if progress else 20000, tick=tick)
    prefixes = _prefixes() if f.rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    graphs: list[ox.NamedNode] = []
    if f.graphs:
        graphs = named_graphs(store)

        def every_graph() -> Iterator[ox.Quad]:
            for g in graphs:
                yield from store.quads_for_pattern(None, None, None, g)

        ox.serialize(counter.quads(every_graph()), output, f.rdf, prefixes=prefixes)
    else:
        default = store.quads_for_pattern(None, None, None, ox.DefaultGraph())
        ox.serialize(counter.triples(default), output, f.rdf, prefixes=prefixes)
    if bar is not None:
        bar.close()
    return ExportResult(f.name, counter.n, len(graphs), "")


def export(
    store: ox.Store,
    fmt: str,
    out: Path | None = None,
    progress: bool | None = None,
    tick: Callable[[int], None] | None = None,
) -> ExportResult:
    """Write the dump to `out` (gzip when its name ends in `.gz`; written beside it then renamed, so a
    failed export leaves no half file), or to standard output when `out` is None.

    `progress`: a progress bar on standard error (default: when standard error is a terminal); `tick`:
    called with the number of quads written so far."""
    show = sys.stderr.isatty() if progress is None else progress
    if out is None:
        stdout = sys.stdout.buffer
        result = write_dump(store, fmt, stdout, show, tick)
        stdout.flush()
        result.path = "-"
        return result
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as raw:
            if out.name.endswith(".gz"):
                # mtime=0: the same data gives the same bytes
                with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=6, mtime=0) as gz:
                    result = write_dump(store, fmt, gz, show, tick)  # type: ignore[arg-type]
            else:
                result = write_dump(store, fmt, raw, show, tick)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, out)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{out}: cannot write the dump: {e.strerror or e}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    result.path = str(out)
    return result


def load_dump(store: ox.Store, source: Path | BinaryIO, fmt: str) -> int:
    """Load a quad dump into a store and rebuild the default graph as the union of its named graphs
    (what a Vankien build holds); the number of quads in named graphs afterwards."""
    from vankien.store import materialise_union

    f = dump_format(fmt)
    if not f.graphs:
        raise ExportError(f"a {f.name} dump holds no named graphs: load it as a plain graph instead")
    if isinstance(source, Path) and source.name.endswith(".gz"):
        with gzip.open(source, "rb") as data:
            store.bulk_load(data, format=f.rdf)
    elif isinstance(source, Path):
        store.bulk_load(path=str(source), format=f.rdf)
    else:
        store.bulk_load(source, format=f.rdf)
    materialise_union(store)
    return _count(store, graphs=True)


DUMPS_DIR = "dumps"


def cached_dump_path(build: Build, fmt: str) -> Path:
    """Where the gzipped dump of a build is kept once made: `builds/<id>/dumps/vankien.<ext>.gz`."""
    return build.root / DUMPS_DIR / dump_file_name(fmt)


def cached_dump(build: Build, fmt: str, tick: Callable[[int], None] | None = None) -> Path:
    """The gzipped dump of one build in format `fmt`, made on first use and kept in the build's folder.

    A dump belongs to its build: it is made from that build's own store (opened here, read-only, not
    whatever is served by then), goes when the build is pruned, and is not copied into a build derived
    from it. Concurrent first requests (threads or processes) make it once: the others wait on a lock."""
    path = cached_dump_path(build, fmt)
    if path.is_file():
        return path
    try:
        path.parent.mkdir(exist_ok=True)
        lock = open(path.parent / ".lock", "w")
    except OSError as e:
        raise ExportError(
            f"{path.parent}: cannot keep dumps in the build folder: {e.strerror or e}"
        ) from None
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.is_file():
            export(build.open(), fmt, path, progress=False, tick=tick)
    return path


@dataclass
class DumpJob:
    """A dump being made, or that failed: how far it got."""

    build: Build
    fmt: str
    written: int = 0  # quads (or triples) written so far
    total: int | None = None  # what the dump will hold, when known (the build counted its named quads)
    error: str | None = None
    internal: bool = False  # the error is not the dump's (a full disk…) but ours: a bug, logged
    done: threading.Event = field(default_factory=threading.Event)


class DumpMaker:
    """Makes the dumps of served builds in the background, one at a time, so that a first download
    never holds a request for the minutes a large build's dump takes (nor several requests at once,
    on a machine with few cores): a request starts the job (`start`), waits a little (`wait`), and
    otherwise says how far it got. A dump that failed is tried again on the next request."""

    def __init__(self, make: Callable[..., Path] = cached_dump) -> None:
        self._make = make  # (build, fmt, tick=) -> the dump's path; `cached_dump`, or a test's wrapper
        self._lock = threading.Lock()
        self._jobs: dict[tuple[str, str], DumpJob] = {}
        self._queue: queue.Queue[DumpJob] = queue.Queue()
        self._thread: threading.Thread | None = None

    def start(self, build: Build, fmt: str) -> DumpJob | Path:
        """The dump's file when it is made, else its job (queued now if it was not yet)."""
        path = cached_dump_path(build, fmt)
        if path.is_file():
            return path
        key = (str(build.root), fmt)
        with self._lock:
            job = self._jobs.get(key)
            if job is None or job.error is not None:
                total = build.summary().get("triples") if dump_format(fmt).graphs else None
                job = self._jobs[key] = DumpJob(build, fmt, total=total if isinstance(total, int) else None)
                self._queue.put(job)
                if self._thread is None:
                    self._thread = threading.Thread(target=self._run, name="vankien-dumps", daemon=True)
                    self._thread.start()
        return job

    def wait(self, build: Build, fmt: str, seconds: float) -> DumpJob | Path:
        """`start`, then wait up to `seconds` for the dump: its file, or its job when it is not made yet
        or failed (`job.error`)."""
        got = self.start(build, fmt)
        if isinstance(got, Path):
            return got
        got.done.wait(seconds)
        path = cached_dump_path(build, fmt)
        return path if got.error is None and path.is_file() else got

    def making(self, build: Build, fmt: str) -> DumpJob | None:
        """The job of a dump being made (None when none is under way)."""
        job = self._jobs.get((str(build.root), fmt))
        return job if job is not None and not job.done.is_set() else None

    def _run(self) -> None:
        while True:
            job = self._queue.get()

            def tick(n: int, job: DumpJob = job) -> None:
                job.written = n

            try:
                self._make(job.build, job.fmt, tick=tick)
            except ExportError as e:
                job.error = str(e)
            except Exception as e:  # a bug of ours, or a store that cannot be read: logged, not hidden
                log.exception("the dump %s of %s could not be made", job.fmt, job.build.root)
                job.error, job.internal = f"{type(e).__name__}: {e}", True
            finally:
                job.done.set()
                with self._lock:  # a made dump is a file now; a failed one stays to be reported once
                    if job.error is None:
                        self._jobs.pop((str(job.build.root), job.fmt), None)
