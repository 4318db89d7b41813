"""The link sets a store folder keeps, so that `vankien build` can make them again on the new graph.

`vankien link` publishes a build derived from the served one; a later `vankien build` starts from the
plans, and without this record its graph would have lost every link set. So each link set that was
published is recorded in the store folder, with a copy of its dataset file (the original may move or
change; the copy is what was linked):

    ROOT/links/<name slug>/linkset.json   the options of the run (name, property, kinds, date, columns)
    ROOT/links/<name slug>/<file name>    the dataset file as it was linked

A build aligns each recorded set afresh against its own graph before validation (`reapply`): not the
old links copied over, since the places and bodies they point at may have changed with the plans. What
each set gave (matched, ambiguous, unmatched) goes into the build's summary. A set that cannot be read
any more is reported and left out; it never stops the build. `vankien link --forget NAME` drops a set
from the record (and from the served graph); `vankien link --list` lists them.

The record is replaced atomically (a new folder renamed over the old), so a build reading it while a
`vankien link` writes it sees the old set or the new one, never half of one.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ontology.text import slug
from vankien.derive import Derived, derive_build
from vankien.link import (
    LINK_PROPERTIES,
    LinkError,
    LinkReport,
    aligned,
    link,
    link_quads,
    links_graph_iri,
    read_dataset,
    remove_links,
    write_links,
)
from vankien.store import current_build

FOLDER = "links"
RECORD = "linkset.json"


@dataclass
class LinkSet:
    """One recorded link set: the options `vankien link` ran with, and its kept dataset file."""

    name: str  # the link set's name (its graph is <base>graph/links/<slug of name>)
    file: str = ""  # the kept copy's file name, in the set's folder
    source: str = ""  # the dataset file as it was given to `vankien link`
    sha256: str = ""  # of the kept copy
    prop: str = "exactMatch"
    match: str = "all"
    at: str | None = None
    prefix: str | None = None
    columns: dict[str, str | None] = field(default_factory=dict)  # name_column, code_column, ...
    recorded: str = ""  # when (UTC)

    @property
    def key(self) -> str:
        return slug(self.name)


def folder(root: Path) -> Path:
    return root / FOLDER


def record(root: Path, path: Path, linkset: LinkSet) -> LinkSet:
    """Keep `path` and the options of `linkset` in the store folder, replacing a set of that name."""
    target = folder(root) / linkset.key
    tmp = folder(root) / f".{linkset.key}.{os.getpid()}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    kept = tmp / path.name
    shutil.copyfile(path, kept)
    linkset.file = path.name
    linkset.sha256 = hashlib.sha256(kept.read_bytes()).hexdigest()
    linkset.recorded = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    (tmp / RECORD).write_text(json.dumps(asdict(linkset), ensure_ascii=False, indent=1), encoding="utf-8")
    old = folder(root) / f".{linkset.key}.{os.getpid()}.old"
    if target.exists():
        os.replace(target, old)
    os.replace(tmp, target)
    shutil.rmtree(old, ignore_errors=True)
    return linkset


def recorded(root: Path) -> tuple[list[LinkSet], list[str]]:
    """The recorded link sets, by name, and a message for each record that cannot be read."""
    sets: list[LinkSet] = []
    problems: list[str] = []
    if not folder(root).is_dir():
        return sets, problems
    for sub in sorted(folder(root).iterdir()):
        if sub.name.startswith(".") or not sub.is_dir():
            continue
        path = sub / RECORD
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            sets.append(LinkSet(**data))
        except (OSError, ValueError, TypeError) as e:
            problems.append(f"{path}: not a link set record ({type(e).__name__}: {e})")
    return sets, problems


def forget(root: Path, name: str) -> bool:
    """Drop the set named `name` from the record; False when there was none."""
    target = folder(root) / slug(name)
    if not (target / RECORD).is_file():
        return False
    shutil.rmtree(target)
    return True


def link_file(root: Path, path: Path, base: str, linkset: LinkSet, dry_run: bool = False) -> LinkReport:
    """`vankien link`: align the dataset file `path` with the served build, publish the links in a
    derived build and record the set (`linkset` holds the options), unless `dry_run`."""
    dataset = read_dataset(path, name=linkset.name, prefix=linkset.prefix, **linkset.columns)
    report = link(root, dataset, base, prop=linkset.prop, what=linkset.match, dry_run=dry_run, at=linkset.at)
    if not dry_run:
        linkset.source = str(path.resolve())
        record(root, path, linkset)
    return report


def forget_published(root: Path, name: str, base: str) -> Derived | None:
    """`vankien link --forget NAME`: drop the set from the record and, when the served graph has its
    link graph, publish a derived build without it. None when the served graph had no such graph.
    LinkError when the set is neither recorded nor served."""
    graph = links_graph_iri(name, base)
    was_recorded = forget(root, name)
    if not current_build(root).open().contains_named_graph(ox.NamedNode(graph)):
        if not was_recorded:
            raise LinkError(f"no link set named {name!r}: neither recorded nor in the served graph")
        return None

    def change(store: ox.Store) -> dict[str, Any]:
        remove_links(store, graph)
        return {"graph": graph, "removed": True}

    return derive_build(root, change, f"vankien link --forget {name}", base)


def reapply(store: ox.Store, root: Path, base: str) -> list[dict[str, Any]]:
    """Align every recorded link set with the graph in `store` and write its link graph there.

    Returns one summary per set: its name, graph and counts, or `error` when it could not be made."""
    sets, problems = recorded(root)
    done: list[dict[str, Any]] = [{"name": None, "error": p} for p in problems]
    for linkset in sets:
        kept = folder(root) / linkset.key / linkset.file
        try:
            if hashlib.sha256(kept.read_bytes()).hexdigest() != linkset.sha256:
                raise LinkError(f"{kept}: changed since it was linked (its checksum differs)")
            if linkset.prop not in LINK_PROPERTIES:
                raise LinkError(f"{kept.parent / RECORD}: unknown link property {linkset.prop!r}")
            dataset = read_dataset(kept, name=linkset.name, prefix=linkset.prefix, **linkset.columns)
            report = aligned(store, dataset, base, linkset.prop, linkset.match, linkset.at)
        except (OSError, LinkError) as e:
            done.append({"name": linkset.name, "error": str(e)})
            continue
        write_links(store, report.graph, link_quads(report))
        done.append(
            {"name": linkset.name, "graph": report.graph, "source": linkset.source, **report.counts()}
        )
    return done
