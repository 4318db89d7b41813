"""The store folder: builds side by side, and one pointer file naming the build that is served.

Layout of ``ROOT`` (``--store``)::

    ROOT/CURRENT              name of the served build (replaced atomically with os.replace)
    ROOT/builds/<id>/oxigraph the pyoxigraph store of that build
    ROOT/builds/<id>/build.json        summary: plans read and skipped, triples, seconds
    ROOT/builds/<id>/validation.json   the SHACL findings (validation.ttl: the standard report graph)
    ROOT/builds/<id>/facts/*.json      the facts JSON of each plan, as `vankien extract` writes it
    ROOT/builds/<id>/sources/*         the text of each plan as read, for provenance and display
    ROOT/builds/<id>/remote.json       in place of oxigraph/: the SPARQL server holding the triples
                                       (a build made with --store-url, see `vankien.remote`)
    ROOT/links/<name>/                 a link set `vankien link` published, made again by each build
                                       (see `vankien.linksets`)

A build writes a new ``builds/<id>`` and only then points ``CURRENT`` at it, so a build that fails or is
killed leaves the served build as it was. Readers open the store read-only.

Every plan is a named graph; the store's default graph holds the set union of all named graphs
(see `materialise_union`), and it is the default graph every query reads.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

if TYPE_CHECKING:
    from vankien.remote import RemoteEndpoints, RemoteStore

FACTS_INDEX = "facts.index.json"
POINTER = "CURRENT"
KEEP_BUILDS = 3


class StoreError(Exception):
    """The store folder holds no usable build."""


@dataclass(frozen=True)
class Build:
    """One complete build in the store folder."""

    root: Path

    @property
    def id(self) -> str:
        return self.root.name

    @property
    def oxigraph_dir(self) -> Path:
        return self.root / "oxigraph"

    @property
    def facts_dir(self) -> Path:
        return self.root / "facts"

    @property
    def sources_dir(self) -> Path:
        return self.root / "sources"

    @property
    def facts_index(self) -> Path:
        """``facts.index.json``: the plan document IRI -> the name of its facts file (without .json)."""
        return self.root / FACTS_INDEX

    def summary(self) -> dict[str, Any]:
        return _read_json(self.root / "build.json")

    def validation(self) -> dict[str, Any]:
        return _read_json(self.root / "validation.json")

    @property
    def remote(self) -> RemoteEndpoints | None:
        """The SPARQL server a remote build was loaded into (None for a local build)."""
        from vankien.remote import read_record

        return read_record(self.root)

    def open(self) -> ox.Store | RemoteStore:
        """The build's store, read-only (for a remote build, its server, which answers over HTTP)."""
        remote = self.remote
        if remote is not None:
            from vankien.remote import RemoteStore

            return RemoteStore(remote)
        return ox.Store.read_only(str(self.oxigraph_dir))


def _read_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def new_build_dir(root: Path) -> Path:
    """A fresh, empty folder for a build that is not served until `publish` is called."""
    builds = root / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    for n in range(1000):
        path = builds / f"{stamp}-{os.getpid()}-{n}"
        try:
            path.mkdir()
            return path
        except FileExistsError:
            continue
    raise StoreError(f"{builds}: could not make a new build folder")


def publish(root: Path, build_dir: Path) -> None:
    """Point CURRENT at a complete build, atomically, then drop old and abandoned builds."""
    tmp = root / f".{POINTER}.{os.getpid()}.tmp"
    tmp.write_text(build_dir.name + "\n", encoding="utf-8")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, root / POINTER)
    _prune(root, keep=build_dir.name)


def _prune(root: Path, keep: str) -> None:
    """Keep the served build and the few before it (a server may still be reading them)."""
    builds = sorted((p for p in (root / "builds").iterdir() if p.is_dir()), key=lambda p: p.name)
    complete = [p for p in builds if (p / "build.json").exists()]
    old = [p for p in complete if p.name != keep][: max(0, len(complete) - KEEP_BUILDS)]
    abandoned = [p for p in builds if not (p / "build.json").exists() and p.name != keep]
    # An abandoned folder may belong to a build still running: only remove those left for an hour.
    abandoned = [p for p in abandoned if time.time() - p.stat().st_mtime > 3600]
    for p in old + abandoned:
        shutil.rmtree(p, ignore_errors=True)


def current_build(root: Path) -> Build:
    """The build CURRENT points at, or StoreError saying what is missing."""
    pointer = root / POINTER
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise StoreError(f"{root}: no graph has been built here yet (run `vankien build`)") from None
    build = Build(root / "builds" / name)
    if not build.oxigraph_dir.is_dir() and build.remote is None:
        raise StoreError(f"{pointer}: names build {name!r}, which is missing")
    return build


def count_named_quads(store: ox.Store) -> int:
    """Quads in the named graphs (the default graph only repeats them): the triples of a build."""
    rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(next(iter(rows))["n"].value)


def materialise_union(store: ox.Store, orphans_graph: str | None = None) -> None:
    """Make the store's default graph the set union of its named graphs.

    A build does this as it loads (see `vankien.build`); this is for stores changed afterwards (a
    SPARQL Update with the write token, or a test's hand-made store). Triples that sit only in the
    default graph are first moved into `orphans_graph` (when given), so that nothing is lost.
    """
    if orphans_graph:
        store.update(
            f"INSERT {{ GRAPH <{orphans_graph}> {{ ?s ?p ?o }} }} WHERE {{ ?s ?p ?o "
            "FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"
        )
    store.update("CLEAR DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")


def pointer_stamp(root: Path) -> tuple[int, int] | None:
    """A cheap fingerprint of CURRENT, to notice that a new build was published."""
    try:
        st = (root / POINTER).stat()
    except FileNotFoundError:
        return None
    return (st.st_mtime_ns, st.st_ino)
