"""The seam between httpx and the API: httpx transports that retry, then raise typed errors.

`RetryTransport` and `AsyncRetryTransport` wrap the real transport of the `httpx.Client`
and `httpx.AsyncClient` that `EsperClient` hands to generated functions. Each attempt's
body is read here, inside the transport, so a connection dropped mid-body is retried like
any other read error. Once no retry is left:

* httpx transport errors become `APIConnectionError` / `APITimeoutError`;
* a non-2xx status becomes the matching `APIStatusError` (when `raise_on_error`);
* a 2xx body that should be JSON but is not becomes `ResponseDecodeError`, where the
  generated `_parse_response` would otherwise die on a bare JSONDecodeError.

What reaches httpx is a fully read response whose headers describe its decoded body, so
generated code sees no difference; a JSON body parsed here to validate it is handed to the
first `response.json()` rather than parsed twice.
"""

from __future__ import annotations

import json
import logging
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

import httpx

from . import _httpcore_fix, _replay, errors
from ._retry import IDEMPOTENT_METHODS, RetryPolicy

if TYPE_CHECKING:
    from ._runtime import Response as GeneratedResponse

__all__ = [
    "REUSED_CONNECTION",
    "AsyncRetryTransport",
    "RetryTransport",
    "deadline",
    "on_rate_limited",
]

logger = logging.getLogger("esper_client")

# Errors that prove the request never left this machine: safe to retry for any method.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Errors worth retrying for idempotent methods: the request may or may not have arrived.
_TRANSIENT = (httpx.NetworkError, httpx.TimeoutException, httpx.RemoteProtocolError)
# The RemoteProtocolErrors (h11's and httpcore's texts) that mean the connection ended before
# the response did, which a new connection may well cure. Any other one is a response that
# cannot be parsed (headers past h11's limit, a malformed status line...): the server would
# only send it again.
_CLOSED_EARLY = ("peer closed connection", "peer unexpectedly closed", "Server disconnected")
# Set (True) by a transport on the error of an attempt whose kept-alive connection failed
# before any answer, as `_aiohttp` does; httpcore's is read from its traceback instead.
REUSED_CONNECTION = "esper_client_reused_connection"

# Called on every 429 the transports see, retried or not. `bulk.run_bulk` sets it per task
# so that its concurrency limit backs off even when a retry hides the 429 from the caller.
on_rate_limited: ContextVar[Callable[[], None] | None] = ContextVar(
    "esper_client_on_rate_limited", default=None
)

# An attempt's timeouts are cut to the time left before a `Deadline`, but never below this:
# the poll `waiting` makes at its deadline must still have a moment to be answered.
MIN_ATTEMPT_TIMEOUT = 1.0


class Deadline:
    """A time (on `clock`) that the retries of the calls made under `deadline()` must keep."""

    __slots__ = ("at", "clock")

    def __init__(self, clock: Callable[[], float], at: float) -> None:
        self.clock, self.at = clock, at

    def remaining(self) -> float:
        return self.at - self.clock()

    def timeouts(self, configured: dict[str, float | None]) -> dict[str, float | None]:
        """The request's timeouts, each cut to the time left (see MIN_ATTEMPT_TIMEOUT)."""
        cap = max(self.remaining(), MIN_ATTEMPT_TIMEOUT)
        return {name: cap if t is None else min(t, cap) for name, t in configured.items()}


_deadline: ContextVar[Deadline | None] = ContextVar("esper_client_deadline", default=None)
# Where a request keeps why a retry it was due did not happen (httpcore ignores the key).
_NOT_RETRIED = "esper_client.not_retried"


@contextmanager
def deadline(clock: Callable[[], float], at: float) -> Iterator[None]:
    """Within this block, no call of this thread or task retries past `at` (on `clock`), and
    each attempt's timeouts are cut to the time left. Used by `waiting`."""
    token = _deadline.set(Deadline(clock, at))
    try:
        yield
    finally:
        _deadline.reset(token)


def _certificate_refused(exc: BaseException) -> bool:
    """Whether TLS verification failed somewhere in the chain: trying again cannot help."""
    seen: BaseException | None = exc
    for _ in range(10):  # causes and contexts, without trusting them to end
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def retries_error(method: str, exc: httpx.TransportError) -> bool:
    """Whether a failed attempt may be repeated without risking a duplicate side effect."""
    if _certificate_refused(exc):
        return False
    if isinstance(exc, httpx.RemoteProtocolError) and not str(exc).startswith(_CLOSED_EARLY):
        return False
    if isinstance(exc, _NEVER_SENT):
        return True
    return method.upper() in IDEMPOTENT_METHODS and isinstance(exc, _TRANSIENT)


def rebuilt_response(
    status_code: int,
    headers: httpx.Headers,
    content: bytes,
    *,
    request: httpx.Request | None = None,
    extensions: dict[str, object] | None = None,
) -> httpx.Response:
    """A response holding already-decoded `content`, safe to hand to httpx again."""
    # The body is handed on decoded, so headers describing the wire encoding must go.
    raw = [(k, v) for k, v in headers.raw if k.lower() not in errors._WIRE_HEADERS]
    return httpx.Response(
        status_code, headers=raw, content=content, request=request, extensions=extensions
    )


def raise_for_status(response: GeneratedResponse[Any]) -> None:
    """Raise the typed error for a non-2xx generated `Response`.

    For helpers that must not go on past an error page even when the client was made with
    `raise_on_error=False` (pagination, waiting).
    """
    status = int(response.status_code)
    if not 200 <= status < 300:
        headers = httpx.Headers(response.headers)
        raise errors.status_error(
            status_code=status,
            content=response.content,
            response=rebuilt_response(status, headers, response.content),
        )


def _expects_json(request: httpx.Request, response: httpx.Response) -> bool:
    # A body that says it is JSON must be; so must an HTML page, which this API never sends
    # (it comes from a proxy or a login wall). Other types are left to the caller.
    if request.method == "HEAD" or not response.content.strip():
        return False
    ctype: str = response.headers.get("content-type", "").split(";")[0].strip().lower()
    return ctype == "application/json" or ctype.endswith("+json") or ctype == "text/html"


def _describes_its_content(response: httpx.Response) -> bool:
    """Whether the headers already fit the decoded body, as `rebuilt_response` would make them.

    The usual case (a plain body with its Content-Length): the response can then go on as it
    is, saving a second `Response`, its `Headers` and a second pass over the body.
    """
    headers = response.headers
    return (
        "content-encoding" not in headers
        and "transfer-encoding" not in headers
        and headers.get("content-length") == str(len(response.content))
    )


class _ParsedJSON:
    """`response.json` for one call, so that generated code does not parse the body again.

    It returns the value the transport parsed to validate the body, then removes itself:
    later calls (or calls with arguments) parse `content` as httpx does, so no two callers
    share one mutable value. A class rather than a closure so the response still pickles.
    """

    __slots__ = ("response", "value")

    def __init__(self, response: httpx.Response, value: Any) -> None:
        self.response, self.value = response, value

    def __call__(self, **kwargs: Any) -> Any:
        response = self.response
        first = vars(response).pop("json", None) is self
        return self.value if first and not kwargs else type(response).json(response, **kwargs)


class _Retrier:
    """What both transports share: the decisions, the logging and the final verdict."""

    def __init__(self, policy: RetryPolicy, *, raise_on_error: bool, raise_on_redirect: bool):
        self.policy = policy
        self.raise_on_error = raise_on_error
        self.raise_on_redirect = raise_on_redirect

    def _log(self, request: httpx.Request, wait: float, retry_number: int, reason: str) -> None:
        logger.info(
            "Retrying %s %s in %.2fs (retry %d of %d): %s",
            request.method,
            errors._redact(str(request.url)),
            wait,
            retry_number + 1,
            self.policy.max_retries,
            errors._redact(reason),
        )

    def _refused(self, request: httpx.Request, wait: float, deadline: Deadline | None) -> bool:
        """Whether a retry that is due must not happen: its body cannot be sent again whole,
        or its wait would pass the caller's deadline. The reason goes to the log and, through
        the request's extensions, to the error the call ends with."""
        why = _replay.why_not(request.stream)
        if why is None and deadline is not None and wait > deadline.remaining():
            left = max(deadline.remaining(), 0.0)
            why = f"waiting {wait:.2f}s would pass the deadline ({left:.2f}s left)"
        if why is None:
            return False
        request.extensions[_NOT_RETRIED] = why
        logger.info("Not retrying %s %s: %s", request.method, errors._redact(str(request.url)), why)
        return True

    def wait_after_error(
        self,
        request: httpx.Request,
        exc: httpx.TransportError,
        retry_number: int,
        deadline: Deadline | None = None,
    ) -> float | None:
        if retry_number >= self.policy.max_retries or not retries_error(request.method, exc):
            return None
        reason = f"{type(exc).__name__}: {exc}"
        if getattr(exc, REUSED_CONNECTION, False) or _httpcore_fix.reused_connection_failed(exc):
            # The server closed a kept-alive connection just as it was reused: no backoff.
            wait, reason = 0.0, f"{reason} (a kept-alive connection the server had closed)"
        else:
            wait = self.policy.backoff(retry_number)
        if self._refused(request, wait, deadline):
            return None
        self._log(request, wait, retry_number, reason)
        return wait

    def wait_after_response(
        self,
        request: httpx.Request,
        response: httpx.Response,
        retry_number: int,
        deadline: Deadline | None = None,
    ) -> float | None:
        status = response.status_code
        if status == 429:
            callback = on_rate_limited.get()
            if callback is not None:
                callback()
        if retry_number >= self.policy.max_retries or not self.policy.retries_status(
            request.method, status
        ):
            return None
        retry_after = response.headers.get("retry-after")
        wait, why = self.policy.wait_for_status(status, retry_after, retry_number)
        if self._refused(request, wait, deadline):
            return None
        self._log(request, wait, retry_number, f"HTTP {status}, {why}")
        return wait

    def failed(self, request: httpx.Request, exc: httpx.TransportError) -> errors.EsperError:
        cls = errors.APITimeoutError if isinstance(exc, httpx.TimeoutException) else None
        text = f"{type(exc).__name__} on {request.method} {request.url}: {exc}"
        not_retried = request.extensions.get(_NOT_RETRIED)
        if not_retried:
            text += f"; not retried: {not_retried}"
        return (cls or errors.APIConnectionError)(text, request=request)

    def undecodable(
        self, request: httpx.Request, response: httpx.Response | None, why: str
    ) -> Exception:
        status = f"{response.status_code} response" if response is not None else "Response"
        return errors.ResponseDecodeError(
            f"{status} to {request.method} {request.url} could not be decoded ({why})",
            response=response,
            request=request,
        )

    def finish(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        """Return the final response to httpx, or raise the error it stands for."""
        if _describes_its_content(response):
            response.request = request
            final = response
        else:
            final = rebuilt_response(
                response.status_code,
                response.headers,
                response.content,
                request=request,
                extensions=dict(response.extensions),
            )
        status = final.status_code
        if 200 <= status < 300:
            if _expects_json(request, final):
                try:
                    parsed = json.loads(final.content)
                except (ValueError, RecursionError) as exc:  # nested too deep: RecursionError
                    excerpt = errors.describe_body(final.content)[1]
                    raise self.undecodable(request, final, f"{exc}; body: {excerpt}") from exc
                final.json = _ParsedJSON(final, parsed)  # type: ignore[method-assign]
            return final
        if self.raise_on_error and (status >= 400 or self.raise_on_redirect):
            not_retried = request.extensions.get(_NOT_RETRIED)
            raise errors.status_error(
                status_code=status,
                content=final.content,
                retry_after=self.policy.retry_after(final.headers.get("retry-after")),
                response=final,
                request=request,
                note=f"not retried: {not_retried}" if not_retried else None,
            )
        return final


class RetryTransport(httpx.BaseTransport):
    """Sync transport: retries per `policy`, then raises typed errors (see module doc)."""

    def __init__(
        self,
        transport: httpx.BaseTransport,
        *,
        policy: RetryPolicy,
        raise_on_error: bool = True,
        raise_on_redirect: bool = True,
    ) -> None:
        self._transport = transport
        self._retrier = _Retrier(
            policy, raise_on_error=raise_on_error, raise_on_redirect=raise_on_redirect
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        retrier = self._retrier
        if type(request.stream) is not httpx.ByteStream:  # a body read from a file or iterator
            request.stream = _replay.replayable(
                request.stream, retrier.policy.max_replay_bytes, is_async=False
            )
        deadline = _deadline.get()
        timeouts = request.extensions.get("timeout", {})
        retry_number = 0
        while True:
            if deadline is not None:
                request.extensions["timeout"] = deadline.timeouts(timeouts)
            response = None
            try:
                response = self._transport.handle_request(request)
                try:
                    response.read()
                finally:
                    response.close()
            except httpx.TransportError as exc:
                wait = retrier.wait_after_error(request, exc, retry_number, deadline)
                if wait is None:
                    raise retrier.failed(request, exc) from exc
            except httpx.DecodingError as exc:
                raise retrier.undecodable(request, response, str(exc)) from exc
            else:
                wait = retrier.wait_after_response(request, response, retry_number, deadline)
                if wait is None:
                    return retrier.finish(request, response)
            retrier.policy.sleep(wait)
            retry_number += 1

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of `RetryTransport`; waits with `policy.async_sleep`, never blocking."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        *,
        policy: RetryPolicy,
        raise_on_error: bool = True,
        raise_on_redirect: bool = True,
    ) -> None:
        self._transport = transport
        self._retrier = _Retrier(
            policy, raise_on_error=raise_on_error, raise_on_redirect=raise_on_redirect
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        retrier = self._retrier
        if type(request.stream) is not httpx.ByteStream:  # a body read from a file or iterator
            request.stream = _replay.replayable(
                request.stream, retrier.policy.max_replay_bytes, is_async=True
            )
        deadline = _deadline.get()
        timeouts = request.extensions.get("timeout", {})
        retry_number = 0
        while True:
            if deadline is not None:
                request.extensions["timeout"] = deadline.timeouts(timeouts)
            response = None
            try:
                response = await self._transport.handle_async_request(request)
                try:
                    await response.aread()
                finally:
                    await response.aclose()
            except httpx.TransportError as exc:
                await self._repair_pool(request)
                wait = retrier.wait_after_error(request, exc, retry_number, deadline)
                if wait is None:
                    raise retrier.failed(request, exc) from exc
            except httpx.DecodingError as exc:
                raise retrier.undecodable(request, response, str(exc)) from exc
            except BaseException as exc:  # cancelled, most often
                if isinstance(exc, GeneratorExit):  # a coroutine being closed may not await
                    _httpcore_fix.orphans_after_failure(self._transport, request.extensions)
                else:
                    await self._repair_pool(request)
                raise
            else:
                wait = retrier.wait_after_response(request, response, retry_number, deadline)
                if wait is None:
                    return retrier.finish(request, response)
            await retrier.policy.async_sleep(wait)
            retry_number += 1

    async def _repair_pool(self, request: httpx.Request) -> None:
        """Give back the pool slots a failed or cancelled attempt leaked (httpcore issue 1093:
        see `_httpcore_fix.orphans_after_failure`). Remove it once upstream has fixed it and
        tests/reliability/test_cancellation.py passes without it."""
        orphans = _httpcore_fix.orphans_after_failure(self._transport, request.extensions)
        if orphans:
            await _httpcore_fix.close_connections(self._transport, orphans)

    async def aclose(self) -> None:
        await self._transport.aclose()
