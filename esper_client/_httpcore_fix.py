"""What httpcore does not tell or does not do, read from its insides. Used by `_transport` only.

Everything here reads private httpcore attributes, so every function checks what it finds
and does nothing when httpcore's insides look different: a new httpcore can make these
idle, never make a call fail. tests/reliability/test_cancellation.py holds the pool repair
to stock httpcore's behaviour, and says when it may go.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

__all__ = ["close_connections", "orphans_after_failure", "reused_connection_failed"]

# What the pool repair uses of httpcore's AsyncConnectionPool (1.0.x).
_POOL_PARTS = (
    "_requests",
    "_connections",
    "_assign_requests_to_connections",
    "_close_connections",
    "_optional_thread_lock",
)


def _async_pool(transport: object) -> Any:
    """The httpcore pool behind an `httpx.AsyncHTTPTransport`, or None for any other transport."""
    pool = getattr(transport, "_pool", None)
    if pool is None:
        return None
    import httpcore  # already imported by httpx's transport that holds the pool

    if not isinstance(pool, httpcore.AsyncConnectionPool):
        return None
    if not all(hasattr(pool, name) for name in _POOL_PARTS):
        return None
    return pool


def orphans_after_failure(transport: object, extensions: dict[str, Any]) -> list[Any]:
    """Set the pool of `transport` right after one of its requests failed or was cancelled.

    httpcore issue 1093 (encode/httpcore#1093, still open in httpcore 1.0.9): a request
    cancelled at the wrong moment leaves a connection in the pool that no request owns and
    that is neither idle nor closed, so it is never reused and never removed. The wrong
    moments: cancelled while queued, just after another request handed it a new connection
    (the connection stays CONNECTING); cancelled on a lock after connecting (it stays NEW,
    socket open); cancelled while its response was being closed (the request itself stays
    queued in the pool, holding an ACTIVE connection). Each leak takes one of
    `max_connections` slots for good: once all are gone, every call waits out its pool
    timeout against a healthy server.

    Called with the failed request's `extensions` (httpx hands the same dict to httpcore,
    so it identifies the request there). It removes that request if it is still queued,
    then every connection no remaining request owns that is not idle or closed (in asyncio,
    between two awaits, a connection in use always has its request queued in the pool),
    and hands the freed slots to the requests waiting for one. It returns the connections
    to close; nothing here awaits, so a second cancellation cannot interrupt the repair.
    """
    pool = _async_pool(transport)
    if pool is None:
        return []
    try:
        return _reclaim(pool, extensions)
    except AttributeError:  # an httpcore whose requests or connections look different
        return []


def _reclaim(pool: Any, extensions: dict[str, Any]) -> list[Any]:
    with pool._optional_thread_lock:
        requests: list[Any] = pool._requests
        for pool_request in [r for r in requests if r.request.extensions is extensions]:
            requests.remove(pool_request)
        owned = {id(r.connection) for r in requests if r.connection is not None}
        orphans = [
            connection
            for connection in pool._connections
            if id(connection) not in owned
            and not connection.is_idle()
            and not connection.is_closed()
        ]
        if not orphans:
            return []
        for connection in orphans:
            pool._connections.remove(connection)
        closing: list[Any] = pool._assign_requests_to_connections()
    return orphans + closing


async def close_connections(transport: object, connections: list[Any]) -> None:
    """Close what `orphans_after_failure` removed from the pool of `transport`."""
    pool = _async_pool(transport)
    if pool is not None and connections:
        await pool._close_connections(connections)


_HTTP11_CONNECTIONS = frozenset({"HTTP11Connection", "AsyncHTTP11Connection"})


def reused_connection_failed(exc: BaseException) -> bool:
    """Whether `exc` (an httpx transport error) hit a kept-alive connection before any answer.

    That is a connection the server closed while it sat idle in the pool (its keep-alive
    timeout raced our request): a new connection will most likely work at once. httpcore
    does not say which connection failed, but its HTTP/1.1 connection is `self` in the
    frames of the traceback: a request count above one means it had served a request
    before, and a failure inside `handle_request` means no response head had arrived.
    """
    cause = exc.__cause__  # httpx maps the httpcore error `from` it
    tb: TracebackType | None = cause.__traceback__ if cause is not None else None
    for _ in range(64):  # the frames from httpx's transport down to the socket read
        if tb is None:
            return False
        frame = tb.tb_frame
        if frame.f_code.co_name in ("handle_request", "handle_async_request"):
            connection = frame.f_locals.get("self")
            if type(connection).__name__ in _HTTP11_CONNECTIONS:
                count = getattr(connection, "_request_count", 0)
                return isinstance(count, int) and count > 1
        tb = tb.tb_next
    return False
