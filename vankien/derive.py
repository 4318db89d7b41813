"""A new build derived from the served one: copy it, change the copy, validate, publish.

Published builds are never changed (the server and its query engines read them, read-only, while
they are served). A command that adds to the graph after the build — `vankien link` — therefore
copies the served build's store (a RocksDB checkpoint: hard links, quick), applies its change to the
copy, validates the copy, and publishes it as a new build with `vankien.store.publish` (an atomic
switch of CURRENT). The facts and sources are hard-linked, the search index copied; build.json says
which build this one was derived from and why.

Derivations are serialised with the lock file that the server's token-protected writes use
(`ROOT/.write.lock`). A `vankien build` takes no lock: when it publishes while a derivation runs,
the derivation notices (CURRENT no longer names the build it copied) and starts again from the new
build, so the plans just built are not replaced by an older graph.

A build whose triples are on a SPARQL server (`vankien build --store-url`, see `vankien.remote`) is
not copied: the change is made on the server, in place, as a remote build loads it (readers see it
at once; there is no atomic switch), and the new build folder records the same server.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from vankien.store import POINTER, Build, StoreError, count_named_quads, current_build, new_build_dir, publish

if TYPE_CHECKING:
    from vankien.remote import RemoteStore

LOCK = ".write.lock"
ATTEMPTS = 3
# what belongs to one build's graph and is made afresh here, or not carried over (dumps are per build)
_NOT_COPIED = {"oxigraph", "build.json", "validation.json", "validation.ttl", "dumps"}


@dataclass
class Derived:
    build_id: str
    derived_from: str
    triples: int
    validation: str


def _copy_files(source: Build, target: Path) -> None:
    for item in source.root.iterdir():
        if item.name in _NOT_COPIED or item.name.startswith("."):
            continue
        if item.is_dir():
            shutil.copytree(item, target / item.name, copy_function=_link_or_copy)
        else:
            shutil.copy2(item, target / item.name)


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _copy_store(source: Build, target: Path) -> ox.Store | RemoteStore:
    """The store the change is made in: a copy of the source's local store, or the source's SPARQL
    server itself, changed in place (the build folder records the server: remote.json is copied)."""
    if source.remote is not None:
        return source.open()
    source.open().backup(str(target / "oxigraph"))
    return ox.Store(str(target / "oxigraph"))


def _served_name(root: Path) -> str:
    try:
        return (root / POINTER).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return ""


def derive_build(
    root: Path,
    change: Callable[[Any], dict[str, Any] | None],
    what: str,
    base: str,
    validate: bool = True,
) -> Derived:
    """Copy the served build, apply `change` to the copy's store (a build on a SPARQL server: to the
    server, in place), validate it, and publish it.

    `change` may return a dict that is kept in the new build.json under the `what` entry. Raises
    StoreError when there is no build to derive from, or when builds kept being published meanwhile.
    """
    from shapes.validate import validate_store

    root.mkdir(parents=True, exist_ok=True)
    with open(root / LOCK, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        for _ in range(ATTEMPTS):
            source = current_build(root)
            target = new_build_dir(root)
            try:
                store = _copy_store(source, target)
                note = change(store) or {}
                summary = {"summary": "not run (validate=False)"}
                if validate:
                    report = validate_store(store, base=base)
                    summary = report.to_dict()
                    summary.setdefault("summary", report.summary())
                    (target / "validation.ttl").write_text(report.to_turtle(), encoding="utf-8")
                (target / "validation.json").write_text(
                    json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8"
                )
                store.flush()
                triples = count_named_quads(store)
                del store
                _copy_files(source, target)
                info = source.summary()
                info.update(
                    {
                        "build": target.name,
                        "triples": triples,
                        "validation": summary.get("summary"),
                        "derived_from": source.id,
                        "derivations": [
                            *info.get("derivations", []),
                            {"what": what, "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), **note},
                        ],
                        "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                    }
                )
                (target / "build.json").write_text(
                    json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8"
                )
            except BaseException:
                shutil.rmtree(target, ignore_errors=True)
                raise
            if _served_name(root) != source.id:  # a `vankien build` published meanwhile: start again
                shutil.rmtree(target, ignore_errors=True)
                continue
            publish(root, target)
            return Derived(target.name, source.id, triples, str(summary.get("summary")))
    raise StoreError(f"{root}: new builds kept being published while deriving one; try again")
