"""An httpx transport on aiohttp: `EsperClient(async_backend="aiohttp")`. Used by `_client` only.

httpcore's async pool costs about 1 ms per call with 50 in flight (bench/README.md);
aiohttp's costs a fraction of that. `AiohttpTransport` is an `httpx.AsyncBaseTransport`,
so `_transport.AsyncRetryTransport` wraps it exactly as it wraps httpx's own, and every
layer above (httpx's client, redirects, cookies, auth headers, retries, typed errors) is
the same code on both backends. Its contract is httpx's: an `httpx.Request` in; out, a
response whose body has been read whole, or an httpx exception of the class httpcore
would have raised for the same fault (`_httpx_error`), so that retries decide alike.

What aiohttp would otherwise do on its own is turned off: it follows no redirect, keeps
no cookie (`DummyCookieJar`), decodes no body (httpx does, as for httpcore), adds no
header of its own, reads no proxy or netrc from the environment, and does not repeat a
request on a kept-alive connection the server had closed (the retry transport does that
itself, counted and logged, at once: `REUSED_CONNECTION`).

Importing this module imports aiohttp: `_client` imports it only for
`async_backend="aiohttp"`, so `import esper_client` never does.
"""

from __future__ import annotations

import asyncio
import base64
import ssl
import threading
from collections.abc import AsyncIterator
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

import aiohttp
import httpx
import yarl

from ._transport import REUSED_CONNECTION

if TYPE_CHECKING:
    from aiohttp.client_proto import ResponseHandler
    from aiohttp.client_reqrep import ClientRequest, ConnectionKey
    from aiohttp.tracing import Trace

__all__ = ["AiohttpTransport", "check_options"]

# aiohttp adds these when a request lacks them; httpx already sent what it meant to send.
_NO_AUTO_HEADERS = ("Accept", "Accept-Encoding", "User-Agent", "Content-Type")
# httpcore (h11) reads a response head of up to 100 KiB, in as many lines as fit; aiohttp's
# own limits (8 KiB a line, 128 headers) would refuse what httpcore reads, such as the
# thousands of Set-Cookie headers tests/reliability/test_cookies.py sends.
_MAX_HEAD = 100 * 1024
# A body up to this size is handed to aiohttp whole: the socket's buffers take it without
# waiting. A longer one, or a stream, goes in chunks, each under the write timeout.
_WRITE_CHUNK = 64 * 1024
_HTTP11 = b"HTTP/1.1"


def check_options(http1: bool = True, http2: bool = False, proxy: Any = None) -> _Proxy | None:
    """Refuse, when EsperClient is built, what this transport cannot do (see `_proxy_of`);
    the proxy, as this transport uses it."""
    if http2 or not http1:
        raise ValueError(
            "async_backend='aiohttp' speaks HTTP/1.1 only: leave httpx_args 'http1' and "
            "'http2' out, or use async_backend='httpx' for HTTP/2"
        )
    return _proxy_of(proxy)


def _proxy_of(proxy: Any) -> _Proxy | None:
    if proxy is None:
        return None
    if isinstance(proxy, str | httpx.URL):
        proxy = httpx.Proxy(proxy)
    if not isinstance(proxy, httpx.Proxy):
        raise TypeError(f"httpx_args['proxy'] must be a URL or an httpx.Proxy, got {proxy!r}")
    if proxy.url.scheme != "http":
        # aiohttp has no SOCKS; it can reach an https:// proxy, but only with the target's
        # TLS settings, not an `httpx.Proxy(ssl_context=...)`: refused rather than half done.
        raise ValueError(
            f"async_backend='aiohttp' supports http:// proxies only, got a "
            f"{proxy.url.scheme}:// one; use async_backend='httpx' for it"
        )
    return _Proxy(proxy)


class _Proxy:
    """An http:// proxy as aiohttp takes it. Its headers (`httpx.Proxy(headers=...)`, and
    Proxy-Authorization from its user and password) go where httpcore puts them: into each
    request to an http:// URL (aiohttp sends those to the proxy as they are), or into the
    CONNECT that opens a tunnel to an https:// one."""

    __slots__ = ("headers", "url")

    def __init__(self, proxy: httpx.Proxy) -> None:
        self.url = yarl.URL(str(proxy.url), encoded=True)  # httpx.Proxy took out any user:password
        headers = list(proxy.headers.multi_items())
        if proxy.raw_auth is not None:
            user, password = proxy.raw_auth
            token = base64.b64encode(user + b":" + password).decode("ascii")
            headers.append(("Proxy-Authorization", f"Basic {token}"))
        self.headers = headers


class _Attempt:
    """What one attempt learns on its way through `_Connector` (found by `_attempt`)."""

    __slots__ = ("answered", "body_error", "new_connection", "pool", "pool_waited")

    def __init__(self, pool: float | None) -> None:
        self.pool = pool  # httpx's pool timeout: the longest wait for a free connection
        self.pool_waited = False  # the pool timeout fired
        self.new_connection = False  # a connection was made for it (not a kept-alive one)
        self.answered = False  # a response head arrived
        self.body_error: BaseException | None = None  # what the caller's body stream raised


_attempt: ContextVar[_Attempt | None] = ContextVar("esper_client_aiohttp_attempt", default=None)


class _Connector(aiohttp.TCPConnector):
    """aiohttp's pool, with httpx's pool timeout, telling each attempt (`_Attempt`) whether
    its connection is a new one.

    aiohttp has one timeout for waiting for a free connection *and* making a new one
    (`ClientTimeout.connect`, left unset); httpx has one for each. Here the pool timeout
    bounds the wait for a free slot alone, in `_wait_for_available_connection`, where
    aiohttp 3.14 does all its waiting for one (a private method, hence the exact pin;
    test_fault_connections.py checks that the timeout fires). httpx's connect timeout is
    aiohttp's `sock_connect`, which bounds making a connection. A request that finds an
    idle connection or a free slot goes through neither override.
    """

    async def _wait_for_available_connection(self, key: ConnectionKey, traces: list[Trace]) -> None:
        attempt = _attempt.get()
        timer = asyncio.timeout(attempt.pool if attempt is not None else None)
        try:
            async with timer:
                await super()._wait_for_available_connection(key, traces)
        except BaseException:
            if attempt is not None and timer.expired():
                attempt.pool_waited = True
            self._hand_on_a_free_slot()
            raise

    def _hand_on_a_free_slot(self) -> None:
        """Wake the next request waiting for a connection, if one is free.

        aiohttp 3.14 hands a freed slot to a waiting request by waking it; if that request
        is cancelled (or times out) before it runs, the slot stays free while every other
        one waits out its pool timeout (tests/reliability/test_cancellation.py).
        `_release_waiter` wakes one only when a slot is free: calling it is always safe.
        """
        release_waiter = getattr(self, "_release_waiter", None)
        if callable(release_waiter) and not self.closed:
            release_waiter()

    async def _create_connection(
        self, req: ClientRequest, traces: list[Trace], timeout: aiohttp.ClientTimeout
    ) -> ResponseHandler:
        attempt = _attempt.get()
        if attempt is not None:
            attempt.new_connection = True
        return await super()._create_connection(req, traces, timeout)


def _push_back(timer: asyncio.Timeout, when: float | None) -> None:
    try:
        timer.reschedule(when)
    except RuntimeError:  # its block has ended (the answer came first): nothing left to bound
        pass


async def _chunks(
    body: bytes | AsyncIterator[bytes],
    write_timeout: float | None,
    timer: asyncio.Timeout,
    attempt: _Attempt,
) -> AsyncIterator[bytes]:
    """A request body in chunks, each handed over within `write_timeout` of the last.

    aiohttp has no write timeout, but it asks for the next chunk only once it has written
    the previous one: a server that stops reading stops the asking, and `timer` (an
    `asyncio.timeout` around the request, see `AiohttpTransport._send`) fires. What the
    caller's stream raises is kept in `attempt`: aiohttp would make it a connection error
    (which a retry might repeat), httpcore lets it through as it is, and so does this."""
    loop = asyncio.get_running_loop()
    if isinstance(body, bytes):
        for at in range(0, len(body), _WRITE_CHUNK):
            if write_timeout is not None:
                _push_back(timer, loop.time() + write_timeout)
            yield body[at : at + _WRITE_CHUNK]
    else:
        chunks = aiter(body)
        while True:
            try:
                chunk = await anext(chunks)
            except StopAsyncIteration:
                break
            except Exception as exc:
                attempt.body_error = exc
                raise
            if write_timeout is not None:
                _push_back(timer, loop.time() + write_timeout)
            yield chunk
    _push_back(timer, None)  # all written: the read timeout takes over


class AiohttpTransport(httpx.AsyncBaseTransport):
    """httpx's `AsyncHTTPTransport`, on aiohttp's connection pool (see the module doc).

    It takes the pool arguments of httpx's transport that EsperClient passes on (verify,
    cert, trust_env, http1/http2, limits, proxy). TLS settings are httpx's own
    (`httpx.create_ssl_context`: certifi, or SSL_CERT_FILE / SSL_CERT_DIR with trust_env),
    so both backends trust and refuse the same certificates.

    The aiohttp session is made on the first request, in the running event loop, and is
    that loop's: a call from another loop while it still runs raises RuntimeError. Once
    that loop is closed (a second `asyncio.run`), its connections are gone with it and the
    next call makes a new session. `aclose` closes it.
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        cert: Any = None,
        trust_env: bool = True,
        http1: bool = True,
        http2: bool = False,
        limits: httpx.Limits = httpx.Limits(max_connections=100, max_keepalive_connections=20),  # noqa: B008
        proxy: Any = None,
    ) -> None:
        self._proxy = check_options(http1, http2, proxy)
        self._ssl = httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)
        # max_connections is aiohttp's limit (0: none). max_keepalive_connections has no
        # aiohttp counterpart: idle connections are bounded by max_connections alone.
        self._limit = limits.max_connections or 0
        self._keepalive = limits.keepalive_expiry
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()
        self._timeouts: dict[tuple[float | None, float | None], aiohttp.ClientTimeout] = {}

    def _session_here(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._loop is loop and self._session is not None:
            return self._session
        with self._lock:  # two threads, each with its loop, must not both make one
            return self._new_session(loop)

    def _new_session(self, loop: asyncio.AbstractEventLoop) -> aiohttp.ClientSession:
        if self._loop is loop and self._session is not None:
            return self._session
        if self._session is not None:
            self._let_go_of_another_loop("call")
        connector = _Connector(ssl=self._ssl, limit=self._limit, keepalive_timeout=self._keepalive)
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            skip_auto_headers=_NO_AUTO_HEADERS,
            auto_decompress=False,
            trust_env=False,
            max_line_size=_MAX_HEAD,
            max_field_size=_MAX_HEAD,
            max_headers=_MAX_HEAD // 4,  # the shortest header line, "a:\r\n", is 4 bytes
        )
        # aiohttp repeats an idempotent request once, silently, when a connection fails
        # with nothing read; the retry transport does that itself (counted, logged, and
        # with no backoff for a kept-alive connection: REUSED_CONNECTION).
        if hasattr(session, "_retry_connection"):
            session._retry_connection = False
        self._session, self._loop = session, loop
        return session

    def _let_go_of_another_loop(self, doing: str) -> None:
        """The session belongs to another loop: forget it if that loop is closed (its
        connections died with it), or refuse if it still runs (its sockets are its own)."""
        assert self._session is not None and self._loop is not None
        if not self._loop.is_closed():
            raise RuntimeError(
                f"cannot {doing} from this event loop: this EsperClient's aiohttp connections "
                "belong to another event loop, which is still running; use one EsperClient "
                "per event loop"
            )
        connector = self._session.connector
        self._session.detach()
        close_now = getattr(connector, "_close", None)  # close() would return an awaitable
        if callable(close_now):
            close_now()  # marks it closed; its loop is gone, so there is nothing to await
        self._session = self._loop = None

    def _client_timeout(self, timeouts: dict[str, float | None]) -> aiohttp.ClientTimeout:
        """httpx's timeouts, the way aiohttp takes them:

        * connect -> `sock_connect` (each attempt at a new connection, TLS included);
        * read -> `sock_read` (each wait for data, once the request has been sent);
        * pool -> enforced by `_Connector` (aiohttp's `connect` would also cover connecting);
        * write -> enforced by `_chunks` (aiohttp has none);
        * no `total`: httpx has none (aiohttp's default is 5 minutes).
        """
        key = (timeouts.get("connect"), timeouts.get("read"))
        found = self._timeouts.get(key)
        if found is None:
            found = aiohttp.ClientTimeout(total=None, sock_connect=key[0], sock_read=key[1])
            if len(self._timeouts) < 64:  # a Deadline makes new ones: keep a few
                self._timeouts[key] = found
        return found

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeouts = request.extensions.get("timeout", {})
        attempt = _Attempt(timeouts.get("pool"))
        token = _attempt.set(attempt)
        try:
            return await self._send(request, timeouts, attempt)
        except (aiohttp.ClientError, TimeoutError) as exc:
            if attempt.body_error is not None:
                raise attempt.body_error from None
            error = _httpx_error(exc, attempt, timeouts)
        finally:
            _attempt.reset(token)
        # Raised outside the except clause: aiohttp's exception is not its context (some
        # carry the request's headers, the key with them), only a safe part of it its cause.
        raise error

    async def _send(
        self, request: httpx.Request, timeouts: dict[str, float | None], attempt: _Attempt
    ) -> httpx.Response:
        session = self._session_here()
        headers = request.headers.multi_items()
        try:
            body: Any = request.content  # bytes, JSON and forms: already read
        except httpx.RequestNotRead:
            body = request.stream  # a stream: aiohttp chunks it itself
            headers = [(k, v) for k, v in headers if k.lower() != "transfer-encoding"]
        options: dict[str, Any] = {
            "allow_redirects": False,
            "timeout": self._client_timeout(timeouts),
            "server_hostname": request.extensions.get("sni_hostname"),
        }
        proxy = self._proxy
        if proxy is not None:
            options["proxy"] = proxy.url
            if request.url.scheme == "http":
                headers = [*headers, *proxy.headers]
            else:
                options["proxy_headers"] = proxy.headers
        method = request.method
        url = yarl.URL(str(request.url), encoded=True)  # as httpx encoded it, not again
        if isinstance(body, bytes) and len(body) <= _WRITE_CHUNK:
            response = await session.request(
                method, url, headers=headers, data=body or None, **options
            )
        else:
            timer = asyncio.timeout(None)
            try:
                async with timer:
                    data = _chunks(body, timeouts.get("write"), timer, attempt)
                    response = await session.request(
                        method, url, headers=headers, data=data, **options
                    )
            except TimeoutError:
                if timer.expired():
                    raise _WriteStalled() from None
                raise
        attempt.answered = True
        try:
            body = await response.read()
        except BaseException:
            response.close()  # cut short (an error, or cancelled): the connection goes too
            raise
        version = response.version
        http_version = _HTTP11 if version is None or version == (1, 1) else b"HTTP/%d.%d" % version
        reason = (response.reason or "").encode("latin-1", "replace")
        answer = httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=httpx.ByteStream(body),  # an encoded one (gzip...) is decoded by httpx
            extensions={"http_version": http_version, "reason_phrase": reason},
        )
        if "Content-Encoding" not in response.headers:
            # Whole and not encoded: what `aread` would make of it, without its chain of
            # generators (9 us a call, 5 % of one). httpx keeps a read body there too.
            answer._content = body
        return answer

    async def aclose(self) -> None:
        session = self._session
        if session is None:
            return
        if self._loop is not asyncio.get_running_loop():
            self._let_go_of_another_loop("close it")
            return
        self._session = self._loop = None
        await session.close()


class _WriteStalled(aiohttp.ClientError):
    """The server took no more of the request body for the write timeout (see `_chunks`)."""


def _httpx_error(
    exc: BaseException, attempt: _Attempt, timeouts: dict[str, float | None]
) -> httpx.TransportError:
    """The httpx exception httpcore raises for the fault behind aiohttp's `exc`.

    Its cause is what is safe to keep of `exc`: an aiohttp `ClientResponseError` carries
    the request's headers (so the key), and only the parser's error behind it is kept.
    """
    text = str(exc) or type(exc).__name__
    cause: BaseException | None = exc
    cls: type[httpx.TransportError]
    if isinstance(exc, _WriteStalled):
        cls = httpx.WriteTimeout
        text = f"the server took no more of the body for {timeouts.get('write')} s"
    elif isinstance(exc, aiohttp.ConnectionTimeoutError):
        cls = httpx.PoolTimeout if attempt.pool_waited else httpx.ConnectTimeout
        if attempt.pool_waited:
            text = f"no connection was free within the pool timeout ({attempt.pool} s)"
    elif isinstance(exc, TimeoutError):  # SocketTimeoutError and any other read timeout
        cls = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ClientHttpProxyError):  # the proxy refused the tunnel
        cls, cause = httpx.ProxyError, None
        text = f"the proxy answered {exc.status} {exc.message}"
    elif isinstance(exc, aiohttp.ClientConnectorError):  # refused, DNS, TLS, proxy unreachable
        cls = httpx.ConnectError
    elif isinstance(exc, aiohttp.ServerDisconnectedError):  # closed before the response head
        cls, text = httpx.RemoteProtocolError, "Server disconnected without sending a response."
    elif isinstance(exc, aiohttp.ClientResponseError):  # a head that cannot be parsed
        cls, cause = httpx.RemoteProtocolError, exc.__cause__
        text = exc.message or text
    elif isinstance(exc, aiohttp.ClientPayloadError):
        # Cut short by the connection's end (retried like httpcore's "peer closed
        # connection..."), or a body that cannot be parsed (malformed chunks: not retried).
        closed_early = text.startswith("Response payload is not completed")
        cls = httpx.ReadError if closed_early else httpx.RemoteProtocolError
    elif isinstance(exc, aiohttp.ClientOSError) and "Can not write request body" in text:
        cls = httpx.WriteError
    elif isinstance(exc, aiohttp.ClientConnectionError):  # reset, or closed mid-read
        cls = httpx.ReadError
    else:
        cls, cause = httpx.TransportError, None
    error = cls(text)
    error.__cause__ = cause
    if (
        isinstance(error, httpx.NetworkError | httpx.RemoteProtocolError)
        and not attempt.new_connection
        and not attempt.answered
    ):
        # A kept-alive connection failed before any answer: most likely the server had
        # closed it while it sat idle, and a new one will do (see _transport).
        setattr(error, REUSED_CONNECTION, True)
    return error
