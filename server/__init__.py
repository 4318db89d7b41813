"""The Flask application: a thin HTTP face over the store (see `create_app`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask

from server import errors
from server.graph import ServedStore
from server.remote import configured_endpoints, serves_remote
from vankien.export import DumpMaker
from vankien.settings import SETTINGS


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Application factory. `config` overrides the settings (upper-case names: STORE, BASE, ...)."""
    app = Flask(__name__, template_folder="templates")
    for name, setting in SETTINGS.items():
        app.config[name.upper()] = setting.value()
    app.config.update(config or {})
    app.config["STORE"] = Path(app.config["STORE"])
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.extensions["vankien.store"] = ServedStore(app.config["STORE"], configured_endpoints(app.config))
    app.extensions["vankien.dumps"] = DumpMaker()  # makes the downloadable dumps in the background
    if serves_remote(app.config):
        # Writes copy the served build's local store (server.sparql.update); a remote one is written to
        # directly on its server, then rebuilt: the endpoint stays read-only.
        app.config["UPDATE_TOKEN"] = ""

    errors.register(app)
    from server.pages import bp as pages_bp
    from server.sparql import bp as sparql_bp
    from server.sparql import setup as sparql_setup

    sparql_setup(app)
    app.register_blueprint(sparql_bp)
    app.register_blueprint(pages_bp)
    return app


def warm_up(app: Flask) -> None:
    """Open the served build and load the pages' catalog now, so the first visitor does not wait."""
    from server.pages.catalog import catalog_for
    from server.pages.common import base

    served = app.extensions["vankien.store"]
    with app.app_context():
        catalog_for(served.store, served.build, base())
