"""The SPARQL editor (YASGUI, from the npm registry, served by this app) and the validation report.

YASGUI's files are read from ``node_modules/@triply/yasgui/build`` (``make setup`` installs them with
npm, version pinned in package.json); nothing is loaded from a CDN. The examples are the queries/
library (``queries/*.rq``, with the titles of their header comments).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flask import Response, current_app, jsonify, render_template, send_from_directory

import queries
from ontology.vocab import PREFIXES
from server.errors import NotFound
from server.pages.common import bp, build, catalog, iri_url, label_of

REPO = Path(__file__).resolve().parents[2]
YASGUI_FILES = ("yasgui.min.js", "yasgui.min.css")
PACKAGE = "@triply/yasgui"


def assets_dir() -> Path:
    return Path(current_app.config.get("ASSETS", REPO / "node_modules")) / PACKAGE / "build"


def assets_missing() -> list[str]:
    d = assets_dir()
    return [str(d / f) for f in YASGUI_FILES if not (d / f).is_file()]


def examples() -> list[dict[str, str]]:
    """The query library (`queries/*.rq`) as the editor's examples: name, title, description, query."""
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    out = []
    for q in queries.library():
        text = q.text if "PREFIX" in q.text.upper() else prefixes + q.text
        out.append({"name": q.name, "title": q.title, "description": q.description, "query": text})
    return out


@bp.route("/editor")
def editor() -> str:
    return render_template(
        "editor.html",
        missing=assets_missing(),
        examples=examples(),
        prefixes={p: str(ns) for p, ns in PREFIXES.items()},
        config=json.dumps({"endpoint": "sparql", "base": current_app.config["BASE"]}),
    )


@bp.route("/assets/yasgui/<path:name>")
def yasgui_asset(name: str) -> Response:
    if name not in YASGUI_FILES:
        raise NotFound(f"no asset {name!r}")
    if assets_missing():
        raise NotFound(f"the YASGUI files are not installed ({PACKAGE}): run `make setup` (npm install)")
    resp = send_from_directory(assets_dir(), name, max_age=24 * 3600)
    return resp


@bp.route("/validation")
def validation() -> str:
    report = build().validation()
    cat = catalog()
    rows = []
    for f in report.get("findings", []):
        plan = cat.by_source.get(f.get("source_file") or "")
        line = f.get("source_line")
        rows.append(
            {
                "f": f,
                "focus_label": label_of(f["focus"]) if f.get("focus") else "",
                "focus_url": iri_url(f["focus"]) if f.get("focus") else None,
                "value_url": iri_url(f["value"]) if f.get("value_is_iri") and f.get("value") else None,
                "value_label": label_of(f["value"])
                if f.get("value_is_iri") and f.get("value")
                else f.get("value"),
                "path_label": label_of(f["path"]) if f.get("path") else "",
                "source_url": (iri_url(plan) + (f"#L{line}" if line else "")) if plan else None,
            }
        )
    return render_template("validation.html", report=report, rows=rows)


@bp.route("/validation.json")
def validation_json() -> Any:
    return jsonify(build().validation())
