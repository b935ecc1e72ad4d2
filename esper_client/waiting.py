"""Wait for a device operation, or a command, to finish on its devices, polling with backoff.

`wait_for_device_operation` and `async_wait_for_device_operation` poll
`get_device_operation` until its state is terminal (see `DeviceOperationState`) and return
the final `DeviceOperationWithStats`, or raise `errors.WaitTimeoutError`. Polls start
`poll_interval` apart and stretch by `backoff` up to `max_poll_interval`; the last wait is
cut short so that one final poll happens at the deadline. An unknown state keeps polling.

The deadline holds for the polls too: their own retries never wait past it, and their
timeouts are cut to the time left (`_transport.deadline`). A poll that fails on the way
(a 5xx, a 429 past its retries, no answer at all, or a 404 before the record has been
seen once: it may not exist yet) is one more poll without news, not the end of the wait.

`wait_for_command` and `async_wait_for_command` do the same for a Commands V2 request: they
read its per-device statuses (`commands.get_command_request_status`) until the command has
ended on every device (or on those named), and return the final statuses. That listing
declares no limit and offset: it pages by `next` links, which are followed (on the API's
own origin only, since the key goes with them).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any
from uuid import UUID

import httpx

from . import errors
from ._runtime import Response, Unset
from ._transport import deadline, raise_for_status
from .generated.api.commands import get_command_request_status
from .generated.api.device_operations import get_device_operation
from .states import CommandState, DeviceOperationState, UnknownState

if TYPE_CHECKING:
    from ._runtime import ClientLike
    from .generated.models.device_operation_with_stats import DeviceOperationWithStats
    from .generated.models.get_device_operation_response_200 import (
        GetDeviceOperationResponse200,
    )
    from .generated.models.v0_command_status_1 import V0CommandStatus1

__all__ = [
    "async_wait_for_command",
    "async_wait_for_device_operation",
    "wait_for_command",
    "wait_for_device_operation",
]

DEFAULT_TIMEOUT = 300.0
DEFAULT_POLL_INTERVAL = 2.0
DEFAULT_MAX_POLL_INTERVAL = 30.0
# Failed polls that do not end the wait (a 404 does, once the record has been seen).
_TRANSIENT = (errors.InternalServerError, errors.RateLimitError, errors.APIConnectionError)


class _Schedule:
    """The clock arithmetic every waiter shares: the deadline, and how long to wait next."""

    def __init__(
        self,
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
        self.timeout, self.clock = timeout, clock
        self.interval, self.max_interval, self.backoff = poll_interval, max_poll_interval, backoff
        self.deadline = clock() + timeout

    def next_wait(self) -> float | None:
        """The wait before the next poll, or None once the deadline has passed."""
        remaining = self.deadline - self.clock()
        if remaining <= 0:
            return None
        wait = min(self.interval, remaining)
        self.interval = min(self.interval * self.backoff, self.max_interval)
        return wait


def _rides_out(exc: errors.EsperError, seen: bool) -> bool:
    """Whether a failed poll is one poll without news rather than the end of the wait."""
    return isinstance(exc, _TRANSIENT) or (isinstance(exc, errors.NotFoundError) and not seen)


def _shown(state: CommandState | DeviceOperationState | UnknownState) -> str:
    return str(state.raw if isinstance(state, UnknownState) else state.name)


class _Waiter:
    """What every waiter shares: riding out failed polls, and timing out with the news."""

    operation_id: UUID | str
    device_id: UUID | None = None

    def __init__(self, schedule: _Schedule) -> None:
        self.schedule = schedule
        self.deadline = schedule.deadline

    def seen(self) -> bool:
        """Whether the awaited record has been read once (a 404 from then on is an answer)."""
        raise NotImplementedError

    def still(self, after: str) -> tuple[str, object]:
        """The time-out's text (`after`: "after 30s") and its `last_state`."""
        raise NotImplementedError

    def wait_after_error(self, exc: errors.EsperError) -> float | None:
        """The wait before polling again after a failed poll, or None when `exc` ends the
        wait; raises `WaitTimeoutError` (from `exc`) once the deadline has passed."""
        if not _rides_out(exc, self.seen()):
            return None
        return self.wait_or_time_out(exc)

    def wait_or_time_out(self, failure: errors.EsperError | None) -> float:
        wait = self.schedule.next_wait()
        if wait is not None:
            return wait
        text, last_state = self.still(f"after {self.schedule.timeout:g}s")
        if failure is not None:
            text += f" (last poll: {failure})"
        raise errors.WaitTimeoutError(
            text, operation_id=self.operation_id, device_id=self.device_id, last_state=last_state
        ) from failure


class _Poller(_Waiter):
    """Waiting for one device operation: reading its record, deciding, timing out."""

    def __init__(self, operation_id: UUID, device_id: UUID, schedule: _Schedule) -> None:
        super().__init__(schedule)
        self.operation_id, self.device_id = operation_id, device_id
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
        return self.wait_or_time_out(None)

    def seen(self) -> bool:
        return self.last_state is not None

    def still(self, after: str) -> tuple[str, object]:
        state = self.last_state
        where = "has no state yet" if state is None else f"still {_shown(state)}"
        text = f"device operation {self.operation_id} on device {self.device_id} {where} {after}"
        return text, state


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
        _Schedule(
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            backoff=backoff,
            clock=clock,
        ),
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
        _Schedule(
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            backoff=backoff,
            clock=clock,
        ),
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


# --------------------------------------------------------------------------- commands


class _CommandPoller(_Waiter):
    """Waiting for a command request: its devices' states, read from pages of statuses."""

    def __init__(
        self,
        base_url: httpx.URL,
        request_id: UUID | str,
        devices: Iterable[UUID | str] | None,
        schedule: _Schedule,
    ) -> None:
        """`base_url`: the client's, read from the httpx client the caller polls with."""
        super().__init__(schedule)
        self.devices = None if devices is None else {str(d) for d in devices}
        if self.devices is not None and not self.devices:
            raise ValueError("devices= is empty: name at least one device, or pass None for all")
        self.operation_id = request_id
        self.any_status = False  # a status has been read: a 404 from now on is an answer
        self.pending: dict[str, CommandState | UnknownState] = {}
        self.origin = (base_url.scheme, base_url.host, base_url.port)

    def next_page(self, response: Response[Any]) -> httpx.URL | None:
        """The next page's URL, on the API's own origin (the key goes with the request)."""
        link = getattr(response.parsed, "next_", None)
        if not isinstance(link, str) or not link:
            return None
        url = httpx.URL(link)
        if (url.scheme, url.host, url.port) != self.origin:
            raise errors.PaginationError(
                f"the command status listing's next page is on another host ({url.host}); "
                f"it is not followed, since the API key would go with it"
            )
        return url

    def records(self, response: Response[Any]) -> list[V0CommandStatus1]:
        raise_for_status(response)
        results = getattr(response.parsed, "results", None)
        return [] if results is None or isinstance(results, Unset) else list(results)

    def done(self, records: list[V0CommandStatus1]) -> list[V0CommandStatus1] | None:
        """The latest status of each device once the command has ended on every device
        waited for (all known by now); None while it has not."""
        latest = {_device_of(record): record for record in records}
        self.any_status = self.any_status or bool(latest)
        wanted = self.devices if self.devices is not None else set(latest)
        self.pending = {}
        for device in wanted:
            record = latest.get(device)
            state = UnknownState(None) if record is None else CommandState.parse(record.state)
            if not state.is_terminal:
                self.pending[device] = state
        return list(latest.values()) if wanted and not self.pending else None

    def seen(self) -> bool:
        return self.any_status

    def still(self, after: str) -> tuple[str, object]:
        if self.pending:
            shown = ", ".join(
                f"{device}: {_shown(state)}" for device, state in sorted(self.pending.items())
            )
            text = f"command request {self.operation_id} still pending {after} ({shown})"
        else:
            text = f"command request {self.operation_id} has no device status yet {after}"
        return text, dict(self.pending)


def _device_of(record: V0CommandStatus1) -> str:
    """A status's device: its id from `meta`, else the device URL's last segment."""
    meta = getattr(record, "meta", None)
    device = getattr(meta, "device", None)
    device_id = getattr(device, "id", None)
    if device_id is not None and not isinstance(device_id, Unset):
        return str(device_id)
    url = record.device if isinstance(record.device, str) else ""
    return url.rstrip("/").rsplit("/", 1)[-1]


def wait_for_command(
    client: ClientLike,
    request_id: UUID | str,
    *,
    enterprise_id: UUID | str | None = None,
    devices: Iterable[UUID | str] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    backoff: float = 1.5,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> list[V0CommandStatus1]:
    """Poll a Commands V2 request until it has ended on every device; return their statuses.

    `devices` limits the wait to those devices (ids); by default it is every device the
    request has a status for, once it has any. `enterprise_id` defaults to the client's.
    A state is decoded with `CommandState.parse`: success, failure, timeout and cancelled
    end the wait for a device; an unknown state keeps it waiting. At the deadline:
    `errors.WaitTimeoutError`, whose `last_state` maps each pending device to its state.
    """
    enterprise = enterprise_id if enterprise_id is not None else client.enterprise_id  # type: ignore[attr-defined]
    schedule = _Schedule(
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        backoff=backoff,
        clock=clock,
    )
    poller = _CommandPoller(client.get_httpx_client().base_url, request_id, devices, schedule)
    while True:
        try:
            with deadline(clock, poller.deadline):
                response = get_command_request_status.sync_detailed(
                    enterprise, request_id, client=client
                )
                records = poller.records(response)
                url = poller.next_page(response)
                while url is not None:
                    raw = client.get_httpx_client().get(url)
                    more = get_command_request_status._build_response(client=client, response=raw)
                    records += poller.records(more)
                    url = poller.next_page(more)
        except errors.EsperError as exc:
            wait = poller.wait_after_error(exc)
            if wait is None:
                raise
        else:
            finished = poller.done(records)
            if finished is not None:
                return finished
            wait = poller.wait_or_time_out(None)
        sleep(wait)


async def async_wait_for_command(
    client: ClientLike,
    request_id: UUID | str,
    *,
    enterprise_id: UUID | str | None = None,
    devices: Iterable[UUID | str] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    backoff: float = 1.5,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> list[V0CommandStatus1]:
    """Async twin of `wait_for_command`; waits without blocking the event loop."""
    enterprise = enterprise_id if enterprise_id is not None else client.enterprise_id  # type: ignore[attr-defined]
    schedule = _Schedule(
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        backoff=backoff,
        clock=clock,
    )
    poller = _CommandPoller(client.get_async_httpx_client().base_url, request_id, devices, schedule)
    while True:
        try:
            with deadline(clock, poller.deadline):
                response = await get_command_request_status.asyncio_detailed(
                    enterprise, request_id, client=client
                )
                records = poller.records(response)
                url = poller.next_page(response)
                while url is not None:
                    raw = await client.get_async_httpx_client().get(url)
                    more = get_command_request_status._build_response(client=client, response=raw)
                    records += poller.records(more)
                    url = poller.next_page(more)
        except errors.EsperError as exc:
            wait = poller.wait_after_error(exc)
            if wait is None:
                raise
        else:
            finished = poller.done(records)
            if finished is not None:
                return finished
            wait = poller.wait_or_time_out(None)
        await sleep(wait)
