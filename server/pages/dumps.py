"""Downloads of the whole dataset: `/dumps/` lists them, `/dumps/vankien.<ext>.gz` serves one.

A dump is made when it is first asked for, from the served build's own store, and kept in that build's
folder (`builds/<id>/dumps/`, see `vankien.export.cached_dump`): it always belongs to the build that
serves it (the header `Vankien-Build` names it; the ETag is the build and the file), later downloads
are a file read, and it goes when the build is pruned. What each format holds: `vankien.export`.

It is made in the background (`vankien.export.DumpMaker`, one dump at a time): the first request waits
up to `DUMP_WAIT` seconds (a small build's dump is ready by then), else it gets a 503 with
`Retry-After` and how far the dump got. A large build's dump takes minutes; a request held that long
would time out, and a few of them would hold every thread of the server.
"""

from __future__ import annotations

from pathlib import Path

from flask import Response, current_app, render_template, send_file, url_for

from server.errors import NotFound, ServiceUnavailable
from server.pages.common import bp, build
from vankien.export import FORMATS, DumpMaker, cached_dump_path, dump_file_name

_BY_FILE = {dump_file_name(name): name for name in FORMATS}


def maker() -> DumpMaker:
    return current_app.extensions["vankien.dumps"]  # type: ignore[no-any-return]


@bp.route("/dumps/")
def dumps() -> str:
    b = build()
    rows = []
    for f in FORMATS.values():
        path = cached_dump_path(b, f.name)
        job = maker().making(b, f.name)
        rows.append(
            {
                "format": f,
                "file": dump_file_name(f.name),
                "size": path.stat().st_size if path.is_file() else None,
                "written": job.written if job else None,
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
    got = maker().wait(b, fmt, float(current_app.config["DUMP_WAIT"]))
    if not isinstance(got, Path):
        detail = {"build": b.id, "dump": name, "written": got.written, "total": got.total}
        if got.internal:
            raise RuntimeError(f"the dump {name} of build {b.id} could not be made: {got.error}")
        if got.error is not None:
            raise ServiceUnavailable(f"the dump cannot be made: {got.error}", detail)
        share = f" of about {got.total:,} ({100 * got.written / got.total:.0f} %)" if got.total else ""
        raise ServiceUnavailable(
            f"the dump {name} of build {b.id} is being made: {got.written:,} statements written so "
            f"far{share}; ask again in a minute",
            detail,
            headers={"Retry-After": "30"},
        )
    path = got
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
