"""RetryPolicy: when to retry and how long to wait, with no I/O and no httpx.

The transports in `_transport.py` do the retrying; this module only computes. Its time
and randomness come from the policy's `sleep`, `async_sleep`, `clock` and `random`
attributes, so tests can replace them and never really wait.
"""

from __future__ import annotations

import asyncio
import random as _random
import re
import time
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field
from datetime import UTC
from email.utils import parsedate_to_datetime

__all__ = ["RetryPolicy"]

# Methods a server must treat as safe to repeat (RFC 9110 idempotent methods we send).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
# Only these statuses carry a Retry-After worth obeying for our purposes.
RETRY_AFTER_STATUSES = frozenset({429, 503})

_SECONDS = re.compile(r"\d+(\.\d+)?")


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How the client retries: counts, backoff and the statuses worth another try.

    Waits are `backoff_initial * 2**n` capped at `backoff_max`, with jitter spreading each
    wait over its upper half; a `Retry-After` on 429 or 503 replaces that wait (capped at
    `max_retry_after`). `RetryPolicy(max_retries=0)` disables retrying.

    `sleep`, `async_sleep`, `clock` (wall-clock seconds, used for HTTP-date Retry-After)
    and `random` are the policy's only contact with time and chance.
    """

    max_retries: int = 3
    backoff_initial: float = 0.5
    backoff_max: float = 30.0
    jitter: bool = True
    max_retry_after: float = 60.0
    retry_statuses: Collection[int] = frozenset({429, 502, 503, 504})
    max_replay_bytes: int = 4 * 1024 * 1024
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(
        default=asyncio.sleep, repr=False, compare=False
    )
    clock: Callable[[], float] = field(default=time.time, repr=False, compare=False)
    random: Callable[[], float] = field(default=_random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries}")
        for name in ("backoff_initial", "backoff_max", "max_retry_after", "max_replay_bytes"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0, got {getattr(self, name)}")
        # Accept any iterable (a set literal reads best) but keep the policy hashable.
        object.__setattr__(self, "retry_statuses", frozenset(self.retry_statuses))

    def retries_status(self, method: str, status_code: int) -> bool:
        """Whether a response with this status deserves another attempt of this method.

        Non-idempotent methods (POST, PATCH) are only retried on 429, which tells us the
        server refused the request without acting on it.
        """
        if status_code not in self.retry_statuses:
            return False
        return method.upper() in IDEMPOTENT_METHODS or status_code == 429

    def backoff(self, retry_number: int) -> float:
        """Wait before retry `retry_number` (0 for the first) when the server gave no hint."""
        delay = min(self.backoff_max, self.backoff_initial * (2.0**retry_number))
        if self.jitter:
            delay = delay / 2 + self.random() * delay / 2
        return delay

    def retry_after(self, value: str | None) -> float | None:
        """Seconds to wait from a Retry-After header (seconds or HTTP date), capped.

        None when the header is absent or unreadable, so the caller falls back to backoff.
        """
        if value is None:
            return None
        value = value.strip()
        if _SECONDS.fullmatch(value):
            seconds = float(value)
        else:
            try:
                when = parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                return None
            if when.tzinfo is None:  # "-0000" means UTC with unknown origin
                when = when.replace(tzinfo=UTC)
            seconds = when.timestamp() - self.clock()
        return min(max(seconds, 0.0), self.max_retry_after)

    def wait_for_status(
        self, status_code: int, retry_after: str | None, retry_number: int
    ) -> tuple[float, str]:
        """The wait before retrying a response, and a short reason for the log."""
        if status_code in RETRY_AFTER_STATUSES:
            hinted = self.retry_after(retry_after)
            if hinted is not None:
                return hinted, f"Retry-After {retry_after!r}"
        return self.backoff(retry_number), "backoff"
