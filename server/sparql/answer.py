"""A query's answer as HTTP: the engine's failures as errors, the body in the negotiated format, the headers.

The Flask view (`server.sparql`) and the fast path (`server.sparql.fast`) both answer through these
functions, so that the two give the same status, headers and bytes (a test compares them).
"""

from __future__ import annotations

import email.utils
import functools
import hashlib
import re
import threading
from pathlib import Path
from typing import Any

from werkzeug.http import quote_etag

from server import engine as eng
from server.errors import BadRequest, ServiceUnavailable, VankienHTTPError
from server.sparql import formats
from server.sparql.formats import Format

# CORS: every answer lets any origin read it and the headers of ours; the preflight (OPTIONS) answer
# also says which methods and request headers may be used (browsers read those from it only).
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After, Vankien-Truncated, Vankien-Build",
}
PREFLIGHT_HEADERS = CORS_HEADERS | {
    "Access-Control-Allow-Methods": "GET, POST, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type, Authorization, If-None-Match, If-Modified-Since",
    "Access-Control-Max-Age": "86400",
}
POSITION = re.compile(r"error at (\d+):(\d+)")


class GatewayTimeout(VankienHTTPError):
    status, title = 504, "Gateway Timeout"


def syntax_error(message: str) -> BadRequest:
    detail: dict[str, Any] = {"parser": message}
    m = POSITION.search(message)
    if m:
        detail.update(line=int(m.group(1)), column=int(m.group(2)))
    return BadRequest(f"SPARQL syntax error: {message}", detail)


def served_build(pool: eng.EnginePool) -> str:
    """The id of the build the engines serve (starting them on the first call); 503 if there is none."""
    try:
        return pool.build_id()
    except eng.EngineUnavailable as e:
        raise ServiceUnavailable(str(e), headers={"Retry-After": "5"}) from None


def run(
    pool: eng.EnginePool,
    text: str,
    default_graphs: list[str],
    named_graphs: list[str],
    max_rows: int,
    timeout: float,
) -> eng.EngineResult:
    """Run the query in the engines; what goes wrong becomes its HTTP error (an EngineError stays a bug)."""
    try:
        return pool.run(text, default_graphs, named_graphs, max_rows=max_rows, timeout=timeout)
    except eng.QueryRejected as e:
        raise syntax_error(e.message) from None
    except eng.QueryTimedOut as e:
        raise GatewayTimeout(
            f"the query ran longer than the limit of {timeout:g} s and was stopped; "
            "narrow it (more specific patterns, LIMIT) or run it on your own copy of the data",
            {"timeout_s": timeout, "elapsed_s": round(e.seconds, 3)},
        ) from None
    except eng.EngineUnavailable as e:
        raise ServiceUnavailable(str(e), headers={"Retry-After": "1"}) from None


def graph_prefixes(body: bytes) -> dict[str, str]:
    """The project's prefixes that the graph uses, for readable Turtle and RDF/XML."""
    from ontology.vocab import PREFIXES

    return {p: str(ns) for p, ns in PREFIXES.items() if str(ns).encode() in body}


def render(result: eng.EngineResult, fmt: Format) -> bytes:
    """The engine's answer in a (non-HTML) format the client negotiated."""
    if result.kind == "graph":
        return formats.render_graph(result.body, fmt, graph_prefixes(result.body))
    return formats.render_results(result.body, fmt)


# --- caching headers -------------------------------------------------------------------------------------


def request_etag(
    build_id: str, query: str, default_graphs: list[str], named_graphs: list[str], explicit: str, accept: str
) -> str:
    """The ETag of an answer: the build, and everything in the request that shapes the answer."""
    h = hashlib.sha256()
    for part in (query, "\x00".join(default_graphs), "\x00".join(named_graphs), explicit, accept):
        h.update(part.encode("utf-8"))
        h.update(b"\x01")
    return f"{build_id}-{h.hexdigest()[:20]}"


_stamps: dict[tuple[Path, str], float] = {}
_stamps_lock = threading.Lock()


def build_stamp(root: Path, build_id: str) -> float | None:
    """When the build was made (its build.json, else its store), for Last-Modified; None if neither is
    there. Builds never change once published, so each is looked up once."""
    key = (root, build_id)
    found = _stamps.get(key)
    if found is not None:
        return found
    folder = root / "builds" / build_id
    for name in ("build.json", "oxigraph"):
        try:
            found = (folder / name).stat().st_mtime
        except OSError:
            continue
        with _stamps_lock:
            if len(_stamps) > 1000:
                _stamps.clear()
            _stamps[key] = found
        return found
    return None


@functools.lru_cache(maxsize=64)
def http_date(stamp: float) -> str:
    return email.utils.formatdate(stamp, usegmt=True)


def cache_headers(etag: str, modified: float) -> list[tuple[str, str]]:
    return [
        ("ETag", quote_etag(etag, weak=True)),
        ("Last-Modified", http_date(modified)),
        ("Cache-Control", "public, no-cache"),
        ("Vary", "Accept"),
    ]


def headers(
    fmt: Format, result: eng.EngineResult, max_rows: int, etag: str, modified: float
) -> list[tuple[str, str]]:
    """The headers of a successful answer, CORS included (its Content-Length is the server's to add)."""
    out = [("Content-Type", fmt.content_type)]
    if result.truncated:
        out.append(("Vankien-Truncated", f"max-rows={max_rows}"))
    out.append(("Vankien-Build", result.build_id))
    out += cache_headers(etag, modified)
    out += CORS_HEADERS.items()
    return out
