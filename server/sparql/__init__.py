"""The SPARQL 1.1 Protocol endpoint at /sparql (read-only)."""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from server.errors import BadRequest, Forbidden, NotAcceptable, PayloadTooLarge, UnsupportedMediaType
from server.sparql.formats import GRAPH_FORMATS, RESULT_FORMATS, choose
from vankien import query as q

bp = Blueprint("sparql", __name__)


def _query_text() -> str | None:
    if request.method in ("GET", "HEAD"):
        return request.args.get("query")
    ctype = request.mimetype
    if ctype == "application/sparql-query":
        return request.get_data(as_text=True)
    if ctype == "application/x-www-form-urlencoded":
        if "update" in request.form:
            raise Forbidden("SPARQL Update is not allowed on this endpoint: it is read-only")
        return request.form.get("query")
    if ctype == "application/sparql-update":
        raise Forbidden("SPARQL Update is not allowed on this endpoint: it is read-only")
    raise UnsupportedMediaType(
        f"POST a query as application/x-www-form-urlencoded or application/sparql-query, not {ctype or 'nothing'}"
    )


@bp.route("/sparql", methods=["GET", "POST", "HEAD"])
def sparql() -> Response:
    text = _query_text()
    if text is None:
        return service_description()
    limit = current_app.config["MAX_QUERY_LENGTH"]
    if len(text) > limit:
        raise PayloadTooLarge(f"the query is {len(text)} characters long; at most {limit} are accepted")
    store = current_app.extensions["vankien.store"].store
    try:
        result = q.run(store, text)
    except q.QuerySyntaxError as e:
        raise BadRequest(f"SPARQL syntax error: {e}", {"parser": str(e)}) from None
    explicit = request.values.get("format")
    if isinstance(result, ox.QueryTriples):
        fmt = choose(GRAPH_FORMATS, request.accept_mimetypes, explicit)
        body = ox.serialize(result, format=fmt.rdf)
    else:
        fmt = choose(RESULT_FORMATS, request.accept_mimetypes, explicit)
        body = result.serialize(format=fmt.results)
    resp = Response(body, mimetype=fmt.media_type)
    if fmt.media_type.startswith("text/") or "json" in fmt.media_type or "xml" in fmt.media_type:
        resp.charset = "utf-8"
    return resp


def service_description() -> Response:
    endpoint = request.base_url
    ttl = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>,
        <http://www.w3.org/ns/formats/SPARQL_Results_XML>, <http://www.w3.org/ns/formats/SPARQL_Results_CSV>,
        <http://www.w3.org/ns/formats/SPARQL_Results_TSV>, <http://www.w3.org/ns/formats/Turtle>,
        <http://www.w3.org/ns/formats/N-Triples> .
"""
    if request.accept_mimetypes.best_match(["text/turtle", "text/html"]) == "text/html":
        from flask import render_template

        return Response(render_template("sparql_form.html", description=ttl), mimetype="text/html")
    return Response(ttl, mimetype="text/turtle")
