"""The served store: the build CURRENT points at, opened read-only, reopened when a new build is published.

For a remote build (or with ``--store-url``) the store is a `vankien.remote.RemoteStore`: the same
queries, answered by the SPARQL server over HTTP.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pyoxigraph as ox

from server.errors import ServiceUnavailable
from vankien.remote import RemoteEndpoints, RemoteStore
from vankien.store import Build, StoreError, current_build, pointer_stamp


class ServedStore:
    def __init__(self, root: Path, remote: RemoteEndpoints | None = None):
        self.root = root
        self.remote = remote  # --store-url: read that server whatever the build says (`vankien.remote`)
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._build: Build | None = None
        self._store: ox.Store | RemoteStore | None = None

    def _refresh(self) -> None:
        stamp = pointer_stamp(self.root)
        if stamp == self._stamp and self._store is not None:
            return
        with self._lock:
            if stamp == self._stamp and self._store is not None:
                return
            try:
                build = current_build(self.root)
                store = build.open() if self.remote is None else RemoteStore(self.remote)
            except (StoreError, OSError) as e:
                if self._store is not None:  # keep serving the last good build
                    return
                raise ServiceUnavailable(f"no graph to serve: {e}") from None
            self._build, self._store, self._stamp = build, store, stamp

    @property
    def store(self) -> ox.Store | RemoteStore:
        self._refresh()
        assert self._store is not None
        return self._store

    @property
    def build(self) -> Build:
        self._refresh()
        assert self._build is not None
        return self._build
