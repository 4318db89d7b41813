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
    for sol in store().query(ENTITY_QUERY, use_default_graph_as_union=True):
        iri = sol["s"].value
        kind = "body" if iri in cat.bodies else ("place" if iri in cat.places else "entity")
        if not reference and kind == "body" and not cat.bodies[iri].local and not _named_in_plans(iri):
            continue
        out.append((kind, iri_url(iri)))
    return out


def _named_in_plans(iri: str) -> bool:
    from pyoxigraph import NamedNode

    ref = catalog().base + "graph/reference"
    for q in store().quads_for_pattern(None, None, NamedNode(iri), None):
        if q.graph_name.value != ref:  # type: ignore[union-attr]
            return True
    for q in store().quads_for_pattern(NamedNode(iri), None, None, None):
        if q.graph_name.value != ref:  # type: ignore[union-attr]
            return True
    return False


@bp.route("/sitemap.txt")
def sitemap() -> Response:
    base = url_for("pages.home", _external=True).rstrip("/")
    body = "\n".join(base + url for _kind, url in page_urls()) + "\n"
    return Response(body, mimetype="text/plain")
