"""The SPARQL 1.1 Protocol at /sparql, Graph Store reads at /graph-store, VoID at /.well-known/void.

Queries run in the engine pool (`server.engine`): Oxigraph server processes on loopback, one query
each at a time, killed when a query overruns its deadline. This module is the protocol around them:
reading the request, the limits (length, rate, SERVICE, rows), negotiation, caching headers, errors.

The common query request (a query, a non-HTML format, no conditional headers) is answered by the fast
path in front of Flask (`server.sparql.fast`); this view is the reference for every other request, and
renders the errors that the fast path meets.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field

import pyoxigraph as ox
from flask import Blueprint, Flask, Response, current_app, render_template, request

from server import engine as eng
from server.errors import BadRequest, NotFound, ServiceUnavailable, UnsupportedMediaType
from server.sparql import answer, describe, fast, formats, update
from server.sparql import limits as checks
from server.sparql.answer import (
    CORS_HEADERS,
    PREFLIGHT_HEADERS,
    GatewayTimeout,
    graph_prefixes,
    syntax_error,
)
from server.sparql.formats import GRAPH_FORMATS, RESULT_FORMATS, Format, choose
from server.sparql.limits import RateLimiter

bp = Blueprint("sparql", __name__, template_folder="templates")


def setup(app: Flask) -> None:
    """Create the engine pool (or, for a remote store, the forwarder to its server: `server.remote`) and
    the rate limiter for this app (called by the app factory)."""
    from server.remote import remote_engine

    app.extensions["vankien.engine"] = remote_engine(app.config) or eng.EnginePool(
        app.config["STORE"],
        size=int(app.config["ENGINES"]),
        timeout=float(app.config["QUERY_TIMEOUT"]),
        exe=app.config.get("OXIGRAPH") or "",
    )
    app.extensions["vankien.ratelimit"] = RateLimiter(int(app.config["RATE_LIMIT"]))
    app.extensions["vankien.void"] = describe.VoidCache()
    app.wsgi_app = fast.FastPath(app, app.wsgi_app)  # type: ignore[method-assign]


def pool() -> eng.EnginePool:
    return current_app.extensions["vankien.engine"]


@bp.after_app_request
def _cors(resp: Response) -> Response:
    if request.blueprint == "sparql":
        for k, v in (PREFLIGHT_HEADERS if request.method == "OPTIONS" else CORS_HEADERS).items():
            resp.headers.setdefault(k, v)
    return resp


# --- reading the request ---------------------------------------------------------------------------------


@dataclass
class SparqlRequest:
    query: str | None = None
    update: str | None = None
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)


def read_request() -> SparqlRequest:
    """The operation and dataset of a SPARQL Protocol request, as its method and content type say."""
    args = request.args
    r = SparqlRequest(
        default_graphs=args.getlist("default-graph-uri"), named_graphs=args.getlist("named-graph-uri")
    )
    if request.method in ("GET", "HEAD"):
        queries, updates = args.getlist("query"), args.getlist("update")
    else:
        ctype = request.mimetype
        if ctype == "application/sparql-query":
            queries, updates = [request.get_data(as_text=True)], []
        elif ctype == "application/sparql-update":
            queries, updates = [], [request.get_data(as_text=True)]
        elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = request.form
            queries, updates = form.getlist("query"), form.getlist("update")
            r.default_graphs += form.getlist("default-graph-uri") + form.getlist("using-graph-uri")
            r.named_graphs += form.getlist("named-graph-uri") + form.getlist("using-named-graph-uri")
        else:
            raise UnsupportedMediaType(
                "POST a query as application/x-www-form-urlencoded or application/sparql-query "
                f"(an update as application/sparql-update), not {ctype or 'nothing'}"
            )
    if len(queries) + len(updates) > 1:
        raise BadRequest("give one query or one update per request, not several")
    r.query = queries[0] if queries else None
    r.update = updates[0] if updates else None
    return r


def client_key() -> str:
    return request.remote_addr or "unknown"


# --- checks ----------------------------------------------------------------------------------------------


def check_rate() -> None:
    wait = current_app.extensions["vankien.ratelimit"].take(client_key())
    if wait > 0:
        raise checks.too_many(wait, client_key(), current_app.config["RATE_LIMIT"])


def check_length(text: str) -> None:
    checks.check_length(text, int(current_app.config["MAX_QUERY_LENGTH"]))


def allowed_services() -> list[str]:
    return checks.allowed_services(current_app.config.get("SERVICE_ALLOW"))


def check_services(text: str) -> None:
    checks.check_services(text, allowed_services())


# --- caching ---------------------------------------------------------------------------------------------


def build_stamp(build_id: str) -> float:
    """When the build was made (its build.json), for Last-Modified."""
    found = answer.build_stamp(current_app.config["STORE"], build_id)
    return time.time() if found is None else found


def request_etag(build_id: str, r: SparqlRequest) -> str:
    return answer.request_etag(
        build_id,
        r.query or "",
        r.default_graphs,
        r.named_graphs,
        request.values.get("format", ""),
        request.headers.get("Accept", ""),
    )


def not_modified(etag: str, modified: float) -> bool:
    if request.if_none_match:
        return request.if_none_match.contains_weak(etag)
    since = request.if_modified_since
    return since is not None and int(modified) <= since.timestamp()


def cache_headers(resp: Response, etag: str, modified: float) -> Response:
    for name, value in answer.cache_headers(etag, modified):
        resp.headers[name] = value
    return resp


# --- the endpoint ----------------------------------------------------------------------------------------


@bp.route("/sparql", methods=["GET", "POST", "HEAD"])
def sparql() -> Response:
    failed = request.environ.pop(fast.FAILED, None)
    if failed is not None:  # met by the fast path after it took a rate token or ran the query
        raise failed
    r = read_request()
    if r.update is not None:
        return run_update(r)
    if r.query is None:
        if request.method == "POST":
            raise BadRequest(
                "the request has no query (a `query` parameter or an application/sparql-query body)"
            )
        return service_description()
    return run_query(r)


def run_query(r: SparqlRequest) -> Response:
    assert r.query is not None
    explicit = request.values.get("format")
    check_rate()
    check_length(r.query)
    if not formats.acceptable_at_all(request.accept_mimetypes, explicit):
        choose(RESULT_FORMATS + GRAPH_FORMATS, request.accept_mimetypes, explicit)  # raises the 406
    check_services(r.query)
    engines = pool()
    build_id = answer.served_build(engines)
    modified = build_stamp(build_id)
    etag = request_etag(build_id, r)
    if not_modified(etag, modified):
        return cache_headers(Response(status=304), etag, modified)
    max_rows = int(current_app.config["MAX_ROWS"])
    timeout = float(current_app.config["QUERY_TIMEOUT"])
    # eng.EngineError is a fault of ours: it reaches the handler for bugs (logged, 500)
    result = answer.run(engines, r.query, r.default_graphs, r.named_graphs, max_rows, timeout)
    fmt = choose(
        GRAPH_FORMATS if result.kind == "graph" else RESULT_FORMATS, request.accept_mimetypes, explicit
    )
    if result.build_id != build_id:
        etag = request_etag(result.build_id, r)
    if fmt.is_html:
        resp = Response(render_html(r.query, result), mimetype="text/html")
        if result.truncated:
            resp.headers["Vankien-Truncated"] = f"max-rows={max_rows}"
        resp.headers["Vankien-Build"] = result.build_id
        return cache_headers(resp, etag, modified)
    return Response(answer.render(result, fmt), headers=answer.headers(fmt, result, max_rows, etag, modified))


def render_html(query: str, result: eng.EngineResult) -> str:
    """Results as a page, for a person who opened the URL in a browser."""
    if result.kind == "graph":
        text = answer.render(result, GRAPH_FORMATS[0]).decode()
        return render_template("sparql_results.html", query=query, turtle=text, result=result)
    parsed = formats.solutions_from_tsv(result.body)
    if isinstance(parsed, ox.QueryBoolean):
        return render_template("sparql_results.html", query=query, boolean=bool(parsed), result=result)
    names = [v.value for v in parsed.variables]
    rows = [[sol[n] for n in names] for sol in parsed]
    return render_template("sparql_results.html", query=query, variables=names, rows=rows, result=result)


def run_update(r: SparqlRequest) -> Response:
    assert r.update is not None
    update.check_token()
    if request.method != "POST":
        raise BadRequest("a SPARQL Update must be POSTed")
    check_rate()
    check_length(r.update)
    check_services(r.update)
    text = r.update
    build_id = update.apply(current_app.config["STORE"], lambda store: store.update(text), "SPARQL Update")
    resp = Response(status=204)
    resp.headers["Vankien-Build"] = build_id
    return resp


# --- descriptions ----------------------------------------------------------------------------------------


def limits() -> dict[str, object]:
    c = current_app.config
    return {
        "query_timeout_s": c["QUERY_TIMEOUT"],
        "max_rows": c["MAX_ROWS"],
        "max_query_length": c["MAX_QUERY_LENGTH"],
        "rate_limit_per_minute": c["RATE_LIMIT"],
        "service_allow": allowed_services() or "none",
    }


def rdf_response(triples: list[ox.Triple], html: str | None = None) -> Response:
    explicit = request.values.get("format")
    offered = GRAPH_FORMATS if html is not None else GRAPH_FORMATS[:-1]
    fmt: Format = choose(offered, request.accept_mimetypes, explicit)
    if fmt.is_html and html is not None:
        return Response(html, mimetype="text/html")
    body = ox.serialize(
        triples,
        format=fmt.rdf,
        **({"prefixes": describe.PREFIXES} if fmt.rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else {}),
    )
    resp = Response(body, mimetype=fmt.media_type)
    resp.charset = "utf-8"
    resp.headers["Vary"] = "Accept"
    return resp


def service_description() -> Response:
    endpoint = request.base_url
    void_url = request.host_url.rstrip("/") + "/.well-known/void"
    triples = describe.service_description(endpoint, void_url, limits())
    turtle = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=describe.PREFIXES).decode()
    html = render_template("sparql_form.html", description=turtle)
    resp = rdf_response(triples, html)
    resp.headers["Cache-Control"] = "public, max-age=3600"
    return resp


@bp.route("/.well-known/void", methods=["GET", "HEAD"])
def void() -> Response:
    served = current_app.extensions["vankien.store"]
    build = served.build
    base = current_app.config["BASE"].rstrip("/") + "/"
    dataset = base + "dataset"
    triples = current_app.extensions["vankien.void"].get(
        build.id, served.store, dataset, request.host_url.rstrip("/") + "/sparql", base
    )
    modified = build_stamp(build.id)
    etag = f"void-{build.id}-{hashlib.sha256(request.headers.get('Accept', '').encode()).hexdigest()[:12]}"
    if not_modified(etag, modified):
        return cache_headers(Response(status=304), etag, modified)
    return cache_headers(rdf_response(triples), etag, modified)


# --- Graph Store Protocol --------------------------------------------------------------------------------


def _graph_target() -> str | None:
    """The graph IRI of a Graph Store request, or None for the default graph."""
    if "default" in request.args:
        return None
    g = request.args.get("graph")
    if not g:
        raise BadRequest("name the graph: ?graph=IRI, or ?default for the default graph")
    return g


@bp.route("/graph-store", methods=["GET", "HEAD"])
def graph_store_get() -> Response:
    check_rate()
    g = _graph_target()
    if g is not None and ">" in g:
        raise BadRequest("that is not an IRI")
    text = (
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        if g is None
        else f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"
    )
    max_rows = int(current_app.config["MAX_ROWS"])
    try:
        result = pool().run(text, max_rows=max_rows)
    except eng.QueryRejected as e:
        raise syntax_error(e.message) from None
    except eng.QueryTimedOut:
        raise GatewayTimeout("reading the graph took longer than the query timeout") from None
    except eng.EngineUnavailable as e:
        raise ServiceUnavailable(str(e), headers={"Retry-After": "1"}) from None
    if g is not None and not result.body:
        raise NotFound(f"no graph <{g}> here")
    fmt = choose(GRAPH_FORMATS[:-1], request.accept_mimetypes, request.values.get("format"))
    resp = Response(
        formats.render_graph(result.body, fmt, graph_prefixes(result.body)), mimetype=fmt.media_type
    )
    resp.charset = "utf-8"
    if result.truncated:
        resp.headers["Vankien-Truncated"] = f"max-rows={max_rows}"
    return resp


RDF_INPUT = {f.media_type: f.rdf for f in GRAPH_FORMATS if f.rdf is not None} | {
    "application/x-turtle": ox.RdfFormat.TURTLE
}


@bp.route("/graph-store", methods=["PUT", "POST", "DELETE"])
def graph_store_write() -> Response:
    update.check_token()
    check_rate()
    g = _graph_target()
    target: ox.NamedNode | ox.DefaultGraph = ox.NamedNode(g) if g else ox.DefaultGraph()
    method = request.method
    triples: list[ox.Triple] = []
    if method != "DELETE":
        fmt = RDF_INPUT.get(request.mimetype)
        if fmt is None:
            raise UnsupportedMediaType(f"send the graph as one of {', '.join(RDF_INPUT)}")
        try:
            triples = [q.triple for q in ox.parse(request.get_data(), format=fmt)]
        except SyntaxError as e:
            raise BadRequest(f"the graph does not parse: {e}") from None

    def change(store: ox.Store) -> None:
        if method == "DELETE":
            if isinstance(target, ox.NamedNode) and not store.contains_named_graph(target):
                raise ValueError(f"no graph {target}")
            store.clear_graph(target)
            if isinstance(target, ox.NamedNode):
                store.remove_graph(target)
            return
        if method == "PUT":
            store.clear_graph(target)
        store.extend(ox.Quad(t.subject, t.predicate, t.object, target) for t in triples)

    build_id = update.apply(current_app.config["STORE"], change, f"Graph Store {method} {g or 'default'}")
    resp = Response(status=204)
    resp.headers["Vankien-Build"] = build_id
    return resp
