"""The limits of /sparql: a token bucket per client (429 with Retry-After), the query length (413), SERVICE
calls off the allow-list (403)."""

from __future__ import annotations

import math
import threading
import time

from server.errors import Forbidden, PayloadTooLarge, TooManyRequests
from server.sparql import scan


class RateLimiter:
    """`per_minute` queries a minute per client, in bursts of up to `burst` (default: a minute's worth).

    0 means no limit. Buckets of clients that have been quiet for ten minutes are forgotten.
    """

    def __init__(self, per_minute: int, burst: int | None = None):
        self.rate = per_minute / 60.0
        self.capacity = float(burst if burst else per_minute)
        self._buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, last time)
        self._lock = threading.Lock()
        self._last_sweep = time.monotonic()

    @property
    def enabled(self) -> bool:
        return self.rate > 0

    def take(self, client: str) -> float:
        """0 when the client may go ahead (one token taken), else the seconds to wait before retrying."""
        if not self.enabled:
            return 0.0
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                wait = 0.0
            else:
                self._buckets[client] = (tokens, now)
                wait = (1.0 - tokens) / self.rate
            if now - self._last_sweep > 600:
                self._sweep(now)
        return wait

    def _sweep(self, now: float) -> None:
        self._last_sweep = now
        for client, (_, last) in list(self._buckets.items()):
            if now - last > 600:
                del self._buckets[client]


def retry_after(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))


# --- the checks, as pure functions of the text and the settings (the view and the fast path share them) ---


def too_many(wait: float, client: str, per_minute: int) -> TooManyRequests:
    """The 429 for a client that must wait `wait` seconds."""
    after = retry_after(wait)
    return TooManyRequests(
        f"more than {per_minute} queries a minute from {client}; retry after {after} s",
        {"limit_per_minute": per_minute, "retry_after_s": int(after)},
        {"Retry-After": after},
    )


def check_length(text: str, limit: int) -> None:
    if len(text) > limit:
        raise PayloadTooLarge(
            f"the query is {len(text)} characters long; at most {limit} are accepted",
            {"length": len(text), "max_query_length": limit},
        )


def allowed_services(setting: object) -> list[str]:
    """The `--service-allow` setting as a list of IRI prefixes."""
    return [s.strip() for s in str(setting or "").split(",") if s.strip()]


def check_services(text: str, allow: list[str]) -> None:
    """Forbidden (403) for a SERVICE call whose IRI is not on the allow-list."""
    for call in scan.service_calls(text):
        if not scan.allowed(call, allow):
            why = (
                "no SERVICE endpoint is allowed here"
                if not allow
                else "only " + ", ".join(allow) + " are allowed"
            )
            raise Forbidden(
                f"SERVICE {call.text} refused: federated queries are off on this endpoint ({why})",
                {"service": call.iri or call.text, "allowed": allow},
            )
