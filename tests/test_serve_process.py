"""`vankien serve` as processes: under granian (a supervisor, its worker, the worker's query engines) and
under waitress; each answers, and stopping it (SIGTERM, or even SIGKILL) leaves no process behind."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest
import requests
from conftest import LiveServer, start_server, stop_server
from sparql_helpers import EX, publish_store, sample_quads


@pytest.fixture(scope="module")
def store_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("serve-store")
    publish_store(root, sample_quads(20))
    return root


def descendants(pid: int) -> dict[int, str]:
    """Every process below `pid`, with its command line."""
    found: dict[int, str] = {}
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except FileNotFoundError:
        return found
    for task in tasks:
        try:
            children = [int(c) for c in (task / "children").read_text().split()]
        except FileNotFoundError:
            continue
        for child in children:
            try:
                found[child] = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            except FileNotFoundError:
                continue
            found |= descendants(child)
    return found


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status  # a zombie has stopped


def gone_within(pids: list[int], seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.05)
    return [p for p in pids if alive(p)]


def answers(server: LiveServer) -> bool:
    r = requests.get(
        server.sparql,
        params={"query": f"ASK {{ <{EX}thing/1> ?p ?o }}"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=10,
    )
    return r.status_code == 200 and r.json()["boolean"] is True


@pytest.mark.parametrize("http_server", ["granian", "waitress"])
def test_sigterm_stops_the_server_and_every_process_it_started(store_root: Path, http_server: str) -> None:
    server = start_server(store_root, ["--engines", "2", "--http-server", http_server])
    try:
        assert answers(server)
        below = descendants(server.process.pid)
        engines = [pid for pid, cmd in below.items() if "oxigraph" in cmd and "serve-read-only" in cmd]
        assert len(engines) == 2, below
        server.process.send_signal(signal.SIGTERM)
        assert server.process.wait(15) is not None
        assert gone_within(list(below), 10) == []
    finally:
        stop_server(server)


def test_a_killed_supervisor_takes_its_worker_and_engines_along(store_root: Path) -> None:
    server = start_server(store_root, ["--engines", "2"])
    try:
        assert answers(server)
        below = descendants(server.process.pid)
        assert any("oxigraph" in cmd for cmd in below.values()) and len(below) >= 3, below
        server.process.kill()
        server.process.wait(10)
        assert gone_within(list(below), 15) == []
    finally:
        stop_server(server)
