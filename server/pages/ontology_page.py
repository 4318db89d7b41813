"""The ontology's documentation page (generated from `ontology/vankien.ttl`) and the Turtle it documents."""

from __future__ import annotations

from functools import cache

from flask import Response

from ontology.docs import ontology_html
from ontology.rdf import ontology_graph
from server.pages.common import bp


@cache
def _html() -> str:
    html = ontology_html()
    twin = '<link rel="alternate" type="text/turtle" href="/ontology.ttl">'
    return html.replace("</head>", twin + "</head>", 1)


@bp.route("/ontology")
def ontology_doc() -> Response:
    return Response(_html(), mimetype="text/html")


@bp.route("/ontology.ttl")
def ontology_ttl() -> Response:
    return Response(ontology_graph().serialize(format="turtle"), mimetype="text/turtle")
