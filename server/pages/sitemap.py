"""Every page of the served graph, as a list of URLs (/sitemap.txt): what crawlers, tests and the
benchmark walk through."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Response, url_for

from server.pages.common import bp, catalog, iri_url, store

ENTITY_QUERY = """
SELECT DISTINCT ?s WHERE {
  { ?s a <http://www.w3.org/ns/org#Organization> } UNION { ?s a <http://xmlns.com/foaf/0.1/Person> }
  UNION { ?s a <https://vankien.example.org/ontology#Task> }
  UNION { ?s a <https://vankien.example.org/ontology#Jurisdiction> }
}"""


def page_urls(reference: bool = True) -> list[tuple[str, str]]:
    """(kind of page, URL) of every page; `reference=False` leaves out the bodies of the reference data
    that no plan names."""
    cat = catalog()
    out = [
        ("home", url_for("pages.home")),
        ("list", url_for("pages.documents")),
        ("list", url_for("pages.documents", level="province")),
        ("list", url_for("pages.bodies")),
        ("list", url_for("pages.bodies", level="district")),
        ("hierarchy", url_for("pages.hierarchy")),
        ("hierarchy", url_for("pages.hierarchy", all=1)),
        ("validation", url_for("pages.validation")),
        ("editor", url_for("pages.editor")),
        ("search", url_for("pages.search", q="ket luan 21")),
        ("search", url_for("pages.search", q="tinh uy")),
        ("resolve", url_for("pages.resolve")),
    ]
    for d in sorted(cat.documents.values(), key=lambda d: d.iri):
        out.append(("plan" if d.analysed else "document", iri_url(d.iri)))
        out.append(("chain", url_for("pages.chain") + "?" + urlencode({"iri": d.iri})))
        if d.key:
            out.append(("resolve", url_for("pages.resolve") + "?" + urlencode({"text": d.label})))
    for sol in store().query(ENTITY_QUERY):
        iri = sol["s"].value
        kind = "body" if iri in cat.bodies else ("place" if iri in cat.places else "entity")
        if not reference and kind == "body" and not cat.bodies[iri].local and not _named_in_plans(iri):
            continue
        out.append((kind, iri_url(iri)))
    return out


def _named_in_plans(iri: str) -> bool:
    """Whether a plan graph (a named graph other than the reference data) mentions the IRI."""
    from pyoxigraph import NamedNode

    ref = NamedNode(catalog().base + "graph/reference")
    node = NamedNode(iri)
    for quads in (
        store().quads_for_pattern(None, None, node, None),
        store().quads_for_pattern(node, None, None, None),
    ):
        if any(isinstance(q.graph_name, NamedNode) and q.graph_name != ref for q in quads):
            return True
    return False


@bp.route("/sitemap.txt")
def sitemap() -> Response:
    base = url_for("pages.home", _external=True).rstrip("/")
    body = "\n".join(base + url for _kind, url in page_urls()) + "\n"
    return Response(body, mimetype="text/plain")
