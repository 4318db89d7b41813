"""Downloads of the whole dataset: `/dumps/` lists them, `/dumps/vankien.<ext>.gz` serves one.

A dump is made on its first download, from the served build's own store, and kept in that build's
folder (`builds/<id>/dumps/`, see `vankien.export.cached_dump`): it always belongs to the build that
serves it (the header `Vankien-Build` names it; the ETag is the build and the file), later downloads
are a file read, and it goes when the build is pruned. What each format holds: `vankien.export`.
"""

from __future__ import annotations

from flask import Response, render_template, send_file, url_for

from server.errors import NotFound, ServiceUnavailable
from server.pages.common import bp, build
from vankien.export import FORMATS, ExportError, cached_dump, cached_dump_path, dump_file_name

_BY_FILE = {dump_file_name(name): name for name in FORMATS}


@bp.route("/dumps/")
def dumps() -> str:
    b = build()
    rows = []
    for f in FORMATS.values():
        path = cached_dump_path(b, f.name)
        rows.append(
            {
                "format": f,
                "file": dump_file_name(f.name),
                "size": path.stat().st_size if path.is_file() else None,
            }
        )
    return render_template("dumps.html", rows=rows, build_id=b.id, summary=b.summary())


@bp.route("/dumps/<name>")
def dump_file(name: str) -> Response:
    fmt = _BY_FILE.get(name)
    if fmt is None:
        raise NotFound(
            f"no dump {name!r} here; the dumps are {', '.join(_BY_FILE)}", {"dumps": list(_BY_FILE)}
        )
    b = build()
    try:
        path = cached_dump(b, fmt)
    except ExportError as e:
        raise ServiceUnavailable(f"the dump cannot be made: {e}") from None
    resp = send_file(
        path,
        mimetype="application/gzip",
        download_name=name,
        conditional=True,
        etag=f"{b.id}-{name}",
        last_modified=path.stat().st_mtime,
        max_age=0,
    )
    resp.headers["Vankien-Build"] = b.id
    resp.headers["Cache-Control"] = "public, no-cache"
    resp.headers["Link"] = f'<{url_for("sparql.void")}>; rel="describedby"'
    return resp
