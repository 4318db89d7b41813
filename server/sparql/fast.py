"""The fast path of /sparql: the common query request, answered without Flask's request machinery.

Profiled on the seeds: Flask's request context, Werkzeug's form parsing, header objects and Accept
parsing, and the after-request hooks cost about 0.35 ms a request, as much as a lookup query takes in
the engine. This WSGI middleware sits in front of the Flask app and answers the common request itself:
GET, HEAD or POST (form or ``application/sparql-query``) with one ``query`` and optional
``default-graph-uri``, ``named-graph-uri`` and ``format``, for a format other than HTML. It uses the
view's own functions (`server.sparql.answer`, `.limits`, `.formats`), so the answer is the same to the
byte (a test compares the two paths).

Every other request goes to the Flask view untouched, *before* any side effect: no query (the service
description), updates, other parameters (``lang=`` ...), conditional requests, multipart or unsized
bodies, HTML for a browser, an Accept header nothing satisfies (406), a query too long (413) or that
mentions SERVICE (checked by the full scan). An error met *after* a side effect (a rate-limit token
taken, the query run: 429, 400, 504, 503, a 406 for the result's kind, a bug) is handed to the view in
the WSGI environment (`FAILED`); the view raises it, so that every error has the one shape, browsers
get it as a page and bugs are logged.
"""

from __future__ import annotations

import binascii
import io
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import werkzeug.urls  # noqa: F401  (registers the "werkzeug.url_quote" error handler, as Werkzeug parses)
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from server.sparql import answer, formats, limits
from server.sparql.formats import GRAPH_FORMATS, RESULT_FORMATS

if TYPE_CHECKING:
    from flask import Flask

FAILED = "vankien.sparql.failed"
KNOWN = frozenset({"query", "default-graph-uri", "named-graph-uri", "format"})
FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"

Environ = dict[str, Any]
WSGIApp = Callable[[Environ, Callable[..., Any]], Iterable[bytes]]


@dataclass
class QueryRequest:
    method: str
    text: str
    default_graphs: list[str]
    named_graphs: list[str]
    explicit: str  # the format= parameter, "" when absent
    accept: str  # the Accept header, "" when absent


def _params(text: str) -> list[tuple[str, str]] | None:
    """Decoded name/value pairs, as Werkzeug decodes them; None if a name is not one this path knows."""
    pairs = []
    for part in text.split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        name = unquote_plus(name)
        if name not in KNOWN:
            return None
        pairs.append((name, unquote_plus(value)))
    return pairs


_PLAIN = re.compile(r"[^%=\s]*(?:%[0-9A-Fa-f]{2}[^%=\s]*)*")


def unquote_plus(text: str) -> str:
    """A form-encoded value decoded as `urllib.parse.parse_qsl` does with Werkzeug's error handler.

    Well-formed ASCII (the usual case) is decoded in C, as quoted-printable with ``%`` for ``=``: for a
    query of a thousand characters, ten times faster than `urllib.parse.unquote`; anything else by it."""
    if text.isascii() and _PLAIN.fullmatch(text):
        raw = binascii.a2b_qp(text.replace("+", " ").replace("%", "=").encode("ascii"))
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return unquote(text.replace("+", " "), errors="werkzeug.url_quote")


def read(environ: Environ, max_body: int) -> QueryRequest | None:
    """The query request, or None when it is not one for this path (the view then takes it as it is)."""
    method = environ.get("REQUEST_METHOD", "GET")
    if method not in ("GET", "HEAD", "POST"):
        return None
    if "HTTP_IF_NONE_MATCH" in environ or "HTTP_IF_MODIFIED_SINCE" in environ:
        return None
    try:
        args = _params(environ.get("QUERY_STRING", "").encode("latin-1").decode())
    except UnicodeError:
        return None
    if args is None:
        return None
    queries = [v for k, v in args if k == "query"]
    form: list[tuple[str, str]] = []
    if method == "POST":
        ctype = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
        if ctype not in (FORM, QUERY_BODY) or queries:
            return None
        data = _body(environ, max_body)
        if data is None:
            return None
        if ctype == QUERY_BODY:
            queries = [data.decode("utf-8", "replace")]
        else:
            try:
                found = _params(data.decode())
            except UnicodeError:
                return None
            if found is None:
                return None
            form = found
            queries = [v for k, v in form if k == "query"]
    if len(queries) != 1:
        return None
    both = args + form
    formats_asked = [v for k, v in both if k == "format"]
    return QueryRequest(
        method,
        queries[0],
        [v for k, v in both if k == "default-graph-uri"],
        [v for k, v in both if k == "named-graph-uri"],
        formats_asked[0] if formats_asked else "",
        environ.get("HTTP_ACCEPT", ""),
    )


def _body(environ: Environ, max_body: int) -> bytes | None:
    """The request body (put back in the environment for the view), or None if unsized or too big."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or -1)
    except ValueError:
        return None
    if length < 0 or length > max_body:
        return None
    data = environ["wsgi.input"].read(length)
    environ["wsgi.input"] = io.BytesIO(data)
    return data


class FastPath:
    """WSGI middleware: answers the common query request to /sparql, passes anything else to `full`."""

    def __init__(self, app: Flask, full: WSGIApp):
        self.app = app
        self.full = full

    def __call__(self, environ: Environ, start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") != "/sparql" or not self.app.config.get("SPARQL_FAST_PATH", True):
            return self.full(environ, start_response)
        config = self.app.config
        max_length = int(config["MAX_QUERY_LENGTH"])
        q = read(environ, 4 * max_length + 4096)  # percent-encoding at most triples a query's length
        if q is None or len(q.text) > max_length or "service" in q.text.lower():
            return self.full(environ, start_response)
        for_results, for_graphs = formats.negotiated(q.accept, q.explicit or None)
        if for_results is None and for_graphs is None:
            return self.full(environ, start_response)  # the 406
        if any(f is not None and f.is_html for f in (for_results, for_graphs)):
            return self.full(environ, start_response)  # the page for a browser
        max_rows = int(config["MAX_ROWS"])
        try:
            client = environ.get("REMOTE_ADDR") or "unknown"
            wait = self.app.extensions["vankien.ratelimit"].take(client)
            if wait > 0:
                raise limits.too_many(wait, client, config["RATE_LIMIT"])
            engines = self.app.extensions["vankien.engine"]
            build_id = answer.served_build(engines)
            timeout = float(config["QUERY_TIMEOUT"])
            result = answer.run(engines, q.text, q.default_graphs, q.named_graphs, max_rows, timeout)
            graph = result.kind == "graph"
            fmt = for_graphs if graph else for_results
            if fmt is None:  # raises the 406, as the view words it
                fmt = formats.choose(
                    GRAPH_FORMATS if graph else RESULT_FORMATS,
                    parse_accept_header(q.accept, MIMEAccept),
                    q.explicit,
                )
            body = answer.render(result, fmt)
        except Exception as e:  # the view renders it (one error shape; bugs logged)
            environ[FAILED] = e
            return self.full(environ, start_response)
        etag = answer.request_etag(
            result.build_id, q.text, q.default_graphs, q.named_graphs, q.explicit, q.accept
        )
        modified = answer.build_stamp(config["STORE"], build_id) or time.time()
        headers = answer.headers(fmt, result, max_rows, etag, modified)
        headers.append(("Content-Length", str(len(body))))
        start_response("200 OK", headers)
        return [] if q.method == "HEAD" else [body]
