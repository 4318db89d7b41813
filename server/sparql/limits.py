"""Per-client rate limit: a token bucket per client address, answered with 429 and Retry-After."""

from __future__ import annotations

import math
import threading
import time


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
