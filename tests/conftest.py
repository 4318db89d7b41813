"""Shared fixtures: the sample plans, a store built from them, and a real server on a free port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.fail(f"the sample plans are missing: expected {seeds} (../shared beside the repository)")
    return seeds


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    gold = SHARED / "gold"
    if not gold.is_dir():
        pytest.fail(f"the gold facts are missing: expected {gold} (../shared beside the repository)")
    return gold


@pytest.fixture(scope="session")
def seeds_store(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store folder built once from the five sample plans (read-only for the tests that use it)."""
    from vankien.build import build

    root = tmp_path_factory.mktemp("seeds-store")
    result = build([seeds_dir], root, progress=False)
    assert not result.skipped, result.skipped
    return root


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LiveServer:
    url: str
    process: subprocess.Popen

    @property
    def sparql(self) -> str:
        return self.url + "/sparql"


def start_server(store: Path, extra: list[str] | None = None, timeout: float = 30.0) -> LiveServer:
    """Start `vankien serve` in a subprocess on a free port and wait until it answers."""
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "vankien",
        "serve",
        "--store",
        str(store),
        "--port",
        str(port),
        *(extra or []),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out = proc.stdout.read().decode() if proc.stdout else ""
            raise RuntimeError(f"server exited with {proc.returncode}:\n{out}")
        try:
            requests.get(url + "/sparql", timeout=1)
            return LiveServer(url, proc)
        except requests.ConnectionError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"server did not answer on {url} within {timeout} s")


def stop_server(server: LiveServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(10)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture(scope="session")
def live_server(seeds_store: Path) -> Iterator[LiveServer]:
    server = start_server(seeds_store)
    yield server
    stop_server(server)
