"""The SPARQL editor (YASGUI, from the npm registry, served by this app) and the validation report.

YASGUI's files are read from ``node_modules/@triply/yasgui/build`` (``make setup`` installs them with
npm, version pinned in package.json); nothing is loaded from a CDN. The examples are the queries/
library (``queries/*.rq``, their header comments as titles) when it is there, else a few built in.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from flask import Response, current_app, jsonify, render_template, send_from_directory

from ontology.vocab import PREFIXES
from server.errors import NotFound
from server.pages.common import bp, build, catalog, iri_url, label_of

REPO = Path(__file__).resolve().parents[2]
YASGUI_FILES = ("yasgui.min.js", "yasgui.min.css")
PACKAGE = "@triply/yasgui"

BUILT_IN = [
    (
        "Các văn bản thực hiện một văn bản (Documents that carry out another)",
        """SELECT DISTINCT ?plan ?date ?target WHERE {
  ?plan vk:carriesOut ?target .
  OPTIONAL { ?plan eli:date_document ?date }
}
ORDER BY ?date""",
    ),
    (
        "Số nhiệm vụ theo cơ quan (Tasks per body)",
        """SELECT ?body (COUNT(DISTINCT ?task) AS ?tasks) WHERE {
  ?task a vk:Task ; vk:assignee ?body .
}
GROUP BY ?body
ORDER BY DESC(?tasks)""",
    ),
    (
        "Văn bản theo loại (Documents by type)",
        """SELECT ?type (COUNT(DISTINCT ?doc) AS ?n) WHERE {
  ?doc a vk:Document ; vk:typeAsWritten ?type .
}
GROUP BY ?type
ORDER BY DESC(?n)""",
    ),
]


def assets_dir() -> Path:
    return Path(current_app.config.get("ASSETS", REPO / "node_modules")) / PACKAGE / "build"


def assets_missing() -> list[str]:
    d = assets_dir()
    return [str(d / f) for f in YASGUI_FILES if not (d / f).is_file()]


def examples() -> list[dict[str, str]]:
    """(title, query) of each example: the queries/ library's .rq files, or the built-in ones."""
    out = []
    try:
        folder: Any = resources.files("queries")
        files = sorted((f for f in folder.iterdir() if f.name.endswith(".rq")), key=lambda f: f.name)
    except (ImportError, OSError, TypeError):  # no queries/ package (yet), or a namespace package
        folder = REPO / "queries"
        files = sorted(folder.glob("*.rq")) if folder.is_dir() else []
    for f in files:
        text = f.read_text(encoding="utf-8")
        header = [ln.lstrip("#").strip() for ln in text.splitlines() if ln.startswith("#")]
        title = next((h for h in header if h), f.name)
        out.append({"name": f.name.removesuffix(".rq"), "title": title, "query": text})
    if not out:
        out = [{"name": f"example-{i}", "title": t, "query": q} for i, (t, q) in enumerate(BUILT_IN, 1)]
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    for e in out:
        if "PREFIX" not in e["query"].upper():
            e["query"] = prefixes + e["query"]
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
