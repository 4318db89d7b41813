"""Browsing pages: the plans of the served build, one page each, and the validation report.

Every HTML page links its machine-readable twin (`<link rel="alternate">`).
"""

from __future__ import annotations

import json
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, jsonify, render_template, url_for

from ontology.iris import plan_graph_iri
from server.errors import NotFound
from vankien.store import Build

bp = Blueprint("pages", __name__, template_folder="templates")


def _build() -> Build:
    return current_app.extensions["vankien.store"].build


def _store() -> ox.Store:
    return current_app.extensions["vankien.store"].store


def _plans() -> list[dict[str, Any]]:
    plans = []
    for path in sorted(_build().facts_dir.glob("*.json")):
        facts = json.loads(path.read_text(encoding="utf-8"))
        doc = facts.get("document") or {}
        issuer = (doc.get("issuer") or {}).get("name")
        plans.append(
            {
                "name": path.stem,
                "source": facts.get("source"),
                "type": doc.get("type"),
                "key": doc.get("key"),
                "date": doc.get("date"),
                "title": doc.get("title"),
                "issuer": issuer,
                "graph": plan_graph_iri(facts, current_app.config["BASE"]),
                "url": url_for("pages.plan", name=path.stem),
            }
        )
    return plans


@bp.route("/")
def home() -> str:
    summary = _build().summary()
    return render_template("home.html", plans=_plans(), summary=summary)


@bp.route("/plans.json")
def plans_json() -> Response:
    return jsonify({"build": _build().id, "plans": _plans()})


def _facts(name: str) -> dict[str, Any]:
    path = _build().facts_dir / f"{name}.json"
    if "/" in name or not path.is_file():
        raise NotFound(f"no plan named {name!r} in this build")
    return json.loads(path.read_text(encoding="utf-8"))


@bp.route("/plan/<name>")
def plan(name: str) -> str:
    facts = _facts(name)
    graph = plan_graph_iri(facts, current_app.config["BASE"])
    rows = _store().query(
        "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s ?p LIMIT 2000",
        substitutions={ox.Variable("g"): ox.NamedNode(graph)},
    )
    triples = [(r["s"].value, r["p"].value, r["o"].value) for r in rows]
    return render_template("plan.html", name=name, facts=facts, graph=graph, triples=triples)


@bp.route("/plan/<name>.json")
def plan_json(name: str) -> Response:
    return jsonify(_facts(name))


@bp.route("/validation")
def validation() -> str:
    return render_template("validation.html", report=_build().validation())


@bp.route("/validation.json")
def validation_json() -> Response:
    return jsonify(_build().validation())
