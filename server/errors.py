"""Errors that carry their HTTP status, and the one handler that renders them.

JSON clients get one shape, pinned by a test::

    {"error": {"status": 400, "title": "Bad Request", "message": "...", "detail": {...}}}

Browsers get the same as a small HTML page. Anything else that escapes a view is a bug of ours: it is
logged and answered with a 500 in the same shape, never disguised as a client error.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, current_app, render_template, request
from werkzeug.exceptions import HTTPException


class VankienHTTPError(Exception):
    status = 500
    title = "Internal Server Error"

    def __init__(
        self, message: str, detail: dict[str, Any] | None = None, headers: dict[str, str] | None = None
    ):
        super().__init__(message)
        self.message = message
        self.detail = detail or {}
        self.headers = headers or {}


class BadRequest(VankienHTTPError):
    status, title = 400, "Bad Request"


class Forbidden(VankienHTTPError):
    status, title = 403, "Forbidden"


class NotFound(VankienHTTPError):
    status, title = 404, "Not Found"


class NotAcceptable(VankienHTTPError):
    status, title = 406, "Not Acceptable"


class PayloadTooLarge(VankienHTTPError):
    status, title = 413, "Payload Too Large"


class UnsupportedMediaType(VankienHTTPError):
    status, title = 415, "Unsupported Media Type"


class TooManyRequests(VankienHTTPError):
    status, title = 429, "Too Many Requests"


class ServiceUnavailable(VankienHTTPError):
    status, title = 503, "Service Unavailable"


def error_body(status: int, title: str, message: str, detail: dict[str, Any]) -> dict[str, Any]:
    return {"error": {"status": status, "title": title, "message": message, "detail": detail}}


def _wants_html() -> bool:
    best = request.accept_mimetypes.best_match(["application/json", "text/html"], default="application/json")
    return (
        best == "text/html"
        and request.accept_mimetypes["text/html"] > request.accept_mimetypes["application/json"]
    )


def render_error(
    status: int, title: str, message: str, detail: dict[str, Any], headers: dict[str, str]
) -> Response:
    body = error_body(status, title, message, detail)
    if _wants_html():
        resp = Response(
            render_template("error.html", error=body["error"]), status=status, mimetype="text/html"
        )
    else:
        resp = current_app.json.response(body)
        resp.status_code = status
    for k, v in headers.items():
        resp.headers[k] = v
    return resp


def register(app: Flask) -> None:
    @app.errorhandler(VankienHTTPError)
    def _ours(e: VankienHTTPError) -> Response:
        return render_error(e.status, e.title, e.message, e.detail, e.headers)

    @app.errorhandler(HTTPException)
    def _werkzeug(e: HTTPException) -> Response:
        return render_error(e.code or 500, e.name, e.description or e.name, {}, {})

    @app.errorhandler(Exception)
    def _bug(e: Exception) -> Response:
        app.logger.exception("unhandled error on %s %s", request.method, request.path)
        return render_error(
            500, "Internal Server Error", "an internal error occurred; it has been logged", {}, {}
        )
