"""Every setting of Vankien, declared once, as data.

The CLI builds its options and `--help` from this table, the server reads the same names from its
config, and each can be given in the environment as ``VANKIEN_<NAME>``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    type: type = str

    @property
    def env(self) -> str:
        return "VANKIEN_" + self.name.upper()

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    def value(self, given: Any = None) -> Any:
        """The given value, else the environment's, else the default, converted to the setting's type."""
        if given is not None:
            return given
        raw = os.environ.get(self.env)
        if raw is None:
            return self.default
        return self.type(raw)


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in [
        Setting("store", Path("data"), "folder of the store: builds and the pointer to the served one", Path),
        Setting(
            "store_url",
            "",
            "a SPARQL 1.1 server (http:// or https://) that holds the triples instead of a local Oxigraph "
            "store; --store still keeps each build's files",
        ),
        Setting("store_query", "/query", "query endpoint of --store-url: a path under it, or a full URL"),
        Setting("store_update", "/update", "update endpoint of --store-url: a path under it, or a full URL"),
        Setting("store_gsp", "/store", "Graph Store endpoint of --store-url: a path under it, or a full URL"),
        Setting("base", "https://vankien.example.org/", "base IRI of every IRI the graph mints"),
        Setting("host", "127.0.0.1", "address the server listens on"),
        Setting("port", 8000, "port the server listens on", int),
        Setting("query_timeout", 30.0, "seconds a SPARQL query may run", float),
        Setting("max_rows", 10000, "most result rows a SPARQL query returns", int),
        Setting("max_query_length", 20000, "longest SPARQL query text accepted, in characters", int),
        Setting("rate_limit", 600, "SPARQL queries a minute per client (429 beyond; 0: no limit)", int),
        Setting("engines", 4, "Oxigraph server processes that run SPARQL queries, one query each", int),
        Setting("oxigraph", "", "the oxigraph executable (default: the one beside Python, else on PATH)"),
        Setting("service_allow", "", "comma-separated IRI prefixes SPARQL SERVICE may call (default: none)"),
        Setting(
            "update_token",
            "",
            "secret that enables SPARQL Update and Graph Store writes, sent as "
            "'Authorization: Bearer TOKEN' (default: empty, the endpoint is read-only)",
        ),
        Setting("threads", 16, "requests the server handles at once", int),
        Setting(
            "warm_up",
            1,
            "1: load the catalog of the browsing pages in the background when serving starts; 0: when a "
            "page is first asked for (a large build's catalog takes minutes and gigabytes)",
            int,
        ),
        Setting(
            "catalog_wait",
            5.0,
            "seconds a page waits for the catalog of a newly served build while it loads (then 503)",
            float,
        ),
        Setting(
            "dump_wait",
            5.0,
            "seconds a download of a dump not made yet waits for it (it is made in the background, one "
            "at a time; then 503 with how far it got)",
            float,
        ),
        Setting(
            "http_server",
            "granian",
            "the HTTP server that runs the app: granian (Rust; the faster) or waitress (pure Python)",
        ),
    ]
}


def default(name: str) -> Any:
    return SETTINGS[name].value()
