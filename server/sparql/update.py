"""Writes, when enabled with a token: SPARQL Update and Graph Store writes make a new build.

The served builds are read-only (the engines and the pages open them so), and a build is never
changed once published. A write therefore copies the served build's store (a RocksDB checkpoint:
hard links, so it is quick), applies the change to the copy, and publishes the copy as a new build;
the engines move to it as they do after `vankien build`. Writes are serialised by a lock file. The
copy keeps the build's validation report from before the write (build.json says so).
"""

from __future__ import annotations

import fcntl
import hmac
import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from flask import current_app, request

from server.errors import BadRequest, Forbidden
from vankien.store import (
    FACTS_INDEX,
    count_named_quads,
    current_build,
    materialise_union,
    new_build_dir,
    publish,
)

WRITE_DISABLED = (
    "this endpoint is read-only: SPARQL Update and Graph Store writes are refused "
    "(they are enabled only when the server is configured with an update token)"
)


def updates_graph() -> str:
    """The named graph that keeps triples written to the default graph, which the build derives."""
    base = current_app.config["BASE"]
    return (base if base.endswith(("/", "#")) else base + "/") + "graph/updates"


def check_token() -> None:
    """Forbidden (403) unless writes are enabled and the request carries the configured token."""
    token = current_app.config.get("UPDATE_TOKEN") or ""
    if not token:
        raise Forbidden(WRITE_DISABLED, {"reason": "read-only"})
    given = request.headers.get("Authorization", "")
    if not given.startswith("Bearer ") or not hmac.compare_digest(given[7:].strip(), token):
        raise Forbidden(
            "writes need the update token, sent as 'Authorization: Bearer TOKEN'",
            {"reason": "token"},
            {"WWW-Authenticate": 'Bearer realm="vankien"'},
        )


def apply(root: Path, change: Callable[[ox.Store], None], what: str) -> str:
    """Copy the served build, apply `change` to the copy, publish it; the new build's id."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".write.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        build = current_build(root)
        target = new_build_dir(root)
        try:
            build.open().backup(str(target / "oxigraph"))
            store = ox.Store(str(target / "oxigraph"))
            try:
                change(store)
                materialise_union(store, orphans_graph=updates_graph())
            except SyntaxError as e:
                raise BadRequest(f"SPARQL syntax error: {e}", {"parser": str(e)}) from None
            except (ValueError, OSError) as e:
                raise BadRequest(f"the write could not be applied: {e}") from None
            store.flush()
            triples = count_named_quads(store)
            del store
            for name in ("validation.json", "validation.ttl", "search.sqlite", FACTS_INDEX):
                if (build.root / name).exists():
                    shutil.copy2(build.root / name, target / name)
            for folder in ("facts", "sources"):
                if (build.root / folder).is_dir():
                    shutil.copytree(build.root / folder, target / folder, copy_function=os.link)
            summary = build.summary()
            summary.update(
                {
                    "triples": triples,
                    "derived_from": build.id,
                    "writes": [*summary.get("writes", []), {"what": what, "at": time.time()}],
                    "validation_note": "validation.json is the report of the build this one was derived from",
                }
            )
            (target / "build.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), "utf-8")
        except BaseException:
            shutil.rmtree(target, ignore_errors=True)
            raise
        publish(root, target)
        return target.name
