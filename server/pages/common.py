"""What every page needs: the blueprint, the store and catalog of the build, the language, IRI <-> URL.

IRIs minted under the configured base (``BASE``, default ``https://vankien.example.org/``) are served at
their own path on this server: ``<BASE>doc/vn/21-kl-tw/khoa-xiii`` is ``/doc/vn/21-kl-tw/khoa-xiii``
(likewise ``body/``, ``place/``, ``person/``, ``source/``, ``graph/``). Any other IRI is looked up with
``/id?iri=<IRI>``.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import pyoxigraph as ox
from flask import Blueprint, current_app, g, request, url_for
from markupsafe import Markup, escape

from server.errors import ServiceUnavailable
from server.pages.catalog import LEVEL_NAMES, SYSTEM_NAMES, Catalog, CatalogLoading, catalog_for
from vankien.labels import local_name
from vankien.store import Build

bp = Blueprint("pages", __name__, template_folder="templates")

LD_ROOTS = ("doc", "body", "place", "person", "source", "graph")
LANGS = ("vi", "en")


def served() -> Any:
    return current_app.extensions["vankien.store"]


def store() -> ox.Store:
    return served().store


def build() -> Build:
    return served().build


def base() -> str:
    b = current_app.config["BASE"]
    return b if b.endswith(("/", "#")) else b + "/"


def catalog() -> Catalog:
    """The served build's catalog; 503 while it is still being loaded (`vankien serve` loads it in the
    background, so that the SPARQL endpoint answers at once; at 100,000 plans loading takes minutes)."""
    if "catalog" not in g:
        s, b = store(), build()
        try:
            g.catalog = catalog_for(s, b, base(), wait=float(current_app.config["CATALOG_WAIT"]))
        except CatalogLoading:
            raise ServiceUnavailable(
                f"the pages of build {b.id} are being prepared (their catalog is loading); "
                "the SPARQL endpoint at /sparql already answers",
                {"build": b.id},
                headers={"Retry-After": "10"},
            ) from None
    return g.catalog


def lang() -> str:
    if "lang" not in g:
        asked = request.args.get("lang") or request.cookies.get("lang") or "vi"
        g.lang = asked if asked in LANGS else "vi"
    return g.lang


def t(vi: str, en: str) -> str:
    """The text in the page's language."""
    return en if lang() == "en" else vi


def iri_path(iri: str) -> str | None:
    """The local path of an IRI minted under the base, or None."""
    b = base()
    if not iri.startswith(b):
        return None
    path = iri[len(b) :]
    if path.split("/", 1)[0] not in LD_ROOTS or "#" in path or "?" in path:
        return None
    return path


def iri_url(iri: str) -> str:
    """Where an IRI's page is on this server."""
    path = iri_path(iri)
    if path is not None:
        return request.script_root + "/" + quote(path, safe="/-_.~")
    return url_for("pages.resource", iri=iri)


_PART = [
    (re.compile(r"/task/(\d+)/duty/(\d+)$"), ("Việc {1} của nhiệm vụ {0}", "Duty {1} of task {0}")),
    (re.compile(r"/task/(\d+)$"), ("Nhiệm vụ {0}", "Task {0}")),
    (re.compile(r"/annex/(\d+)/section/(\d+)$"), ("Mục {1} của phụ lục {0}", "Section {1} of annex {0}")),
    (re.compile(r"/annex/(\d+)$"), ("Phụ lục {0}", "Annex {0}")),
    (re.compile(r"/section/(\d+)$"), ("Mục {0}", "Section {0}")),
    (re.compile(r"/citation/(\d+)$"), ("Lần dẫn chiếu {0}", "Citation {0}")),
    (re.compile(r"/implements/(\d+)$"), ("Quan hệ thực hiện {0}", "Implementation link {0}")),
    (re.compile(r"/recipient/(\d+)$"), ("Nơi nhận {0}", "Recipient {0}")),
    (re.compile(r"/(purposes|content-items|forms)/(\d+)$"), ("{0} {1}", "{0} {1}")),
    (re.compile(r"/signature$"), ("Chữ ký", "Signature")),
]


def label_of(iri: str) -> str:
    """A label for any IRI: the graph's, a part of a plan named after the plan, a prefixed name, or the
    IRI's tail."""
    cat = catalog()
    got = cat.label(iri, lang())
    if got:
        return got
    for pattern, (vi, en) in _PART:
        m = pattern.search(iri)
        if m:
            owner = iri[: m.start()]
            owner_label = cat.label(owner, lang())
            part = t(vi, en).format(*m.groups())
            return f"{part} — {owner_label}" if owner_label else part
    if iri.startswith(base() + "graph/"):
        doc = cat.label(base() + "doc/" + iri[len(base() + "graph/") :], lang())
        if doc:
            return t(f"Đồ thị của {doc}", f"Graph of {doc}")
    m = re.search(r"/source/([^/]+)/(\d+)-(\d+)/\w+$", iri)
    if m:
        return t(f"Đoạn trích dòng {m[2]}–{m[3]}", f"Excerpt, lines {m[2]}–{m[3]}")
    from ontology.vocab import PREFIXES

    for prefix, ns in PREFIXES.items():
        if iri.startswith(str(ns)) and len(iri) > len(str(ns)):
            return f"{prefix}:{iri[len(str(ns)) :]}"
    return local_name(iri)


def level_name(level: str) -> str:
    vi, en = LEVEL_NAMES.get(level, LEVEL_NAMES["unknown"])
    return t(vi, en)


def system_name(system: str) -> str:
    vi, en = SYSTEM_NAMES.get(system, SYSTEM_NAMES["unknown"])
    return t(vi, en)


def link(iri: str, text: str | None = None, cls: str = "") -> Markup:
    c = f' class="{escape(cls)}"' if cls else ""
    return Markup(f'<a href="{escape(iri_url(iri))}"{c}>{escape(text or label_of(iri))}</a>')


def url_with(**changes: Any) -> str:
    """The current URL with some query arguments changed (None removes one): facet links."""
    args = request.args.to_dict(flat=False)
    for k, v in changes.items():
        if v is None:
            args.pop(k, None)
        else:
            args[k] = [str(v)]
    args.pop("page", None) if "page" not in changes else None
    return url_for(request.endpoint or "pages.home", **(request.view_args or {}), **args)


@bp.app_context_processor
def _helpers() -> dict[str, Any]:
    return {
        "t": t,
        "lang": lang,
        "iri_url": iri_url,
        "label_of": label_of,
        "link": link,
        "level_name": level_name,
        "system_name": system_name,
        "url_with": url_with,
    }


@bp.after_app_request
def _remember_lang(resp: Any) -> Any:
    asked = request.args.get("lang")
    if asked in LANGS and request.cookies.get("lang") != asked:
        resp.set_cookie("lang", asked, max_age=365 * 24 * 3600, samesite="Lax")
    return resp
