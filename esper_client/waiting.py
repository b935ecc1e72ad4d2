"""Wait for one device's part of an operation to finish, polling with backoff.

`wait_for_device_operation` and `async_wait_for_device_operation` poll
`get_device_operation` until its state is terminal (see `DeviceOperationState`) and return
the final `DeviceOperationWithStats`, or raise `errors.WaitTimeoutError`. Polls start
`poll_interval` apart and stretch by `backoff` up to `max_poll_interval`; the last wait is
cut short so that one final poll happens at the deadline. An unknown state keeps polling.

The deadline holds for the polls too: their own retries never wait past it, and their
timeouts are cut to the time left (`_transport.deadline`). A poll that fails on the way
(a 5xx, a 429 past its retries, no answer at all, or a 404 before the record has been
seen once: it may not exist yet) is one more poll without news, not the end of the wait.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING
from uuid import UUID

from . import errors
from ._runtime import Response, Unset
from ._transport import deadline, raise_for_status
from .generated.api.device_operations import get_device_operation
from .states import DeviceOperationState, UnknownState

if TYPE_CHECKING:
    from ._runtime import ClientLike
    from .generated.models.device_operation_with_stats import DeviceOperationWithStats
    from .generated.models.get_device_operation_response_200 import (
        GetDeviceOperationResponse200,
    )

__all__ = ["async_wait_for_device_operation", "wait_for_device_operation"]

DEFAULT_TIMEOUT = 300.0
DEFAULT_POLL_INTERVAL = 2.0
DEFAULT_MAX_POLL_INTERVAL = 30.0
# Failed polls that do not end the wait (a 404 does, once the record has been seen).
_TRANSIENT = (errors.InternalServerError, errors.RateLimitError, errors.APIConnectionError)


class _Poller:
    """The clock arithmetic both waiters share: when to stop, how long to wait next."""

    def __init__(
        self,
        operation_id: UUID,
        device_id: UUID,
        *,
        timeout: float,
        poll_interval: float,
        max_poll_interval: float,
        backoff: float,
        clock: Callable[[], float],
    ) -> None:
        if timeout < 0 or poll_interval <= 0 or max_poll_interval <= 0 or backoff < 1:
            raise ValueError(
                "need timeout >= 0, poll_interval > 0, max_poll_interval > 0 and backoff >= 1"
            )
        self.operation_id, self.device_id = operation_id, device_id
        self.timeout, self.clock = timeout, clock
        self.interval, self.max_interval, self.backoff = poll_interval, max_poll_interval, backoff
        self.deadline = clock() + timeout
        self.last_state: DeviceOperationState | UnknownState | None = None  # None: not seen yet

    def check(self, response: Response[GetDeviceOperationResponse200]) -> DeviceOperationWithStats:
        raise_for_status(response)
        parsed = response.parsed
        content = None if parsed is None else parsed.content
        if content is None or isinstance(content, Unset):
            raise errors.ResponseDecodeError(
                f"device operation {self.operation_id}/{self.device_id}: response has no `content`"
            )
        return content

    def next_wait(self, device_operation: DeviceOperationWithStats) -> float | None:
        """None when done (terminal state); raises once the deadline has passed."""
        state = DeviceOperationState.parse(device_operation.state)
        self.last_state = state
        if state.is_terminal:
            return None
        return self._wait_or_time_out(None)

    def wait_after_error(self, exc: errors.EsperError) -> float | None:
        """The wait before polling again after a failed poll, or None when `exc` ends the
        wait; raises `WaitTimeoutError` (from `exc`) once the deadline has passed."""
        not_yet = isinstance(exc, errors.NotFoundError) and self.last_state is None
        if not (not_yet or isinstance(exc, _TRANSIENT)):
            return None
        return self._wait_or_time_out(exc)

    def _wait_or_time_out(self, failure: errors.EsperError | None) -> float:
        remaining = self.deadline - self.clock()
        if remaining <= 0:
            state = self.last_state
            if state is None:
                where = "has no state yet"
            else:
                shown = state.raw if isinstance(state, UnknownState) else state.name
                where = f"still {shown!s}"
            text = (
                f"device operation {self.operation_id} on device {self.device_id} {where} "
                f"after {self.timeout:g}s"
            )
            if failure is not None:
                text += f" (last poll: {failure})"
            raise errors.WaitTimeoutError(
                text, operation_id=self.operation_id, device_id=self.device_id, last_state=state
            ) from failure
        wait = min(self.interval, remaining)
        self.interval = min(self.interval * self.backoff, self.max_interval)
        return wait


def wait_for_device_operation(
    client: ClientLike,
    operation_id: UUID,
    device_id: UUID,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    backoff: float = 1.5,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> DeviceOperationWithStats:
    """Poll until the device operation reaches a terminal state and return it.

    Raises `errors.WaitTimeoutError` at the deadline, `timeout` seconds from now (`clock`),
    even when the last polls failed; any other error (401, 403, a 404 once the record was
    seen...) ends the wait at once.
    """
    poller = _Poller(
        operation_id,
        device_id,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        backoff=backoff,
        clock=clock,
    )
    while True:
        try:
            with deadline(clock, poller.deadline):
                response = get_device_operation.sync_detailed(
                    operation_id, device_id, client=client
                )
            device_operation = poller.check(response)
        except errors.EsperError as exc:
            wait = poller.wait_after_error(exc)
            if wait is None:
                raise
        else:
            wait = poller.next_wait(device_operation)
            if wait is None:
                return device_operation
        sleep(wait)


async def async_wait_for_device_operation(
    client: ClientLike,
    operation_id: UUID,
    device_id: UUID,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    backoff: float = 1.5,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> DeviceOperationWithStats:
    """Async twin of `wait_for_device_operation`; waits without blocking the event loop."""
    poller = _Poller(
        operation_id,
        device_id,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        backoff=backoff,
        clock=clock,
    )
    while True:
        try:
            with deadline(clock, poller.deadline):
                response = await get_device_operation.asyncio_detailed(
                    operation_id, device_id, client=client
                )
            device_operation = poller.check(response)
        except errors.EsperError as exc:
            wait = poller.wait_after_error(exc)
            if wait is None:
                raise
        else:
            wait = poller.next_wait(device_operation)
            if wait is None:
                return device_operation
        await sleep(wait)
