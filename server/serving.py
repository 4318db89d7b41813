"""Running the app for `vankien serve`: under granian (the default) or waitress.

granian is an HTTP server written in Rust that calls the WSGI app from a pool of Python threads; waitress
is pure Python and hands each request from its event loop to a worker thread and the answer back. On
this project's 2-core machine granian answers a lookup about 0.15-0.25 ms sooner and serves about a
quarter more lookups a second under 8 clients (benchmarks/endpoint.py; the endpoint's whole overhead
over a bare Oxigraph server is under 1 ms), so it is the default; ``--http-server waitress`` remains.

With granian, this process supervises one worker process, forked, that builds the app and starts the
query engines (so that they are the worker's children). The worker dies with this process
(PR_SET_PDEATHSIG), the engines with the worker (theirs, and a multiprocessing finaliser that stops
them when the worker exits); SIGTERM or SIGINT to this process stops the worker, then returns.
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import sys
import threading
import time
from typing import Any

from flask import Flask

SERVERS = ("granian", "waitress")


def prepared_app(config: dict[str, Any], host: str, port: int) -> Flask:
    """The app with its query engines started and its pages' catalog loading in the background (pages
    answer 503 until it is loaded; what must wait for a build to be published says so)."""
    from server import create_app, warm_up
    from server.engine import EngineUnavailable
    from server.errors import ServiceUnavailable

    app = create_app(config)
    try:
        app.extensions["vankien.engine"].current()  # start the engines now, not on the first query
    except EngineUnavailable as e:
        print(f"vankien serve: query engines not started yet: {e}", file=sys.stderr)

    def warm() -> None:  # the pages' catalog: minutes at 100,000 plans; /sparql does not wait for it
        started = time.monotonic()
        try:
            warm_up(app)
        except ServiceUnavailable as e:
            print(f"vankien serve: {e.message}; waiting for a build to be published", file=sys.stderr)
            return
        took = time.monotonic() - started
        if took >= 1:
            print(f"vankien serve: pages ready ({took:.0f} s to load their catalog)", file=sys.stderr)

    if config["WARM_UP"]:
        threading.Thread(target=warm, name="vankien-warm-up", daemon=True).start()
    forwarded = getattr(app.extensions["vankien.engine"], "query_url", None)
    print(
        f"serving {config['STORE']} on http://{host}:{port}/  (SPARQL endpoint: /sparql"
        + (f", forwarded to {forwarded})" if forwarded else ")"),
        file=sys.stderr,
        flush=True,
    )
    return app


def serve(config: dict[str, Any], host: str, port: int, threads: int, http_server: str = "granian") -> None:
    """Serve until told to stop (SIGTERM, SIGINT)."""
    if http_server == "waitress":
        _serve_waitress(config, host, port, threads)
    elif http_server == "granian":
        _serve_granian(config, host, port, threads)
    else:
        raise ValueError(f"unknown HTTP server {http_server!r}; choose one of {', '.join(SERVERS)}")


def _serve_waitress(config: dict[str, Any], host: str, port: int, threads: int) -> None:
    from waitress import serve

    from server.engine import stop_on_signals

    app = prepared_app(config, host, port)
    stop_on_signals()  # the query engines (Oxigraph processes) stop with the server
    serve(app, host=host, port=port, threads=threads, ident="vankien", _quiet=True)


def _serve_granian(config: dict[str, Any], host: str, port: int, threads: int) -> None:
    from granian.constants import Interfaces
    from granian.log import LogLevels
    from granian.server import Server

    def load(target: str) -> Flask:  # runs in the worker process
        import multiprocessing.util

        from server.engine import _close_all

        _die_with_parent()
        multiprocessing.util.Finalize(None, _close_all, exitpriority=100)
        return prepared_app(config, host, port)

    server = Server(
        "vankien",
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        workers=1,
        blocking_threads=max(1, threads),
        websockets=False,
        log_level=LogLevels.error,
        respawn_failed_workers=True,
        workers_kill_timeout=5,
    )
    server.serve(target_loader=load)


def _die_with_parent() -> None:
    """Linux: this process gets SIGTERM when the process that started it dies, even by SIGKILL."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
