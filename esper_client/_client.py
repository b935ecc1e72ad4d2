"""EsperClient: tenant URL, API-key auth, retries and typed errors for generated functions.

It has the shape of `esper_client._runtime.ClientLike`, so it is the `client=`
argument of every generated function, sync and asyncio. The httpx clients behind it are
built on first use (importing this module costs nothing but httpx itself) and their
transports are wrapped in `_transport.RetryTransport` / `AsyncRetryTransport`.
"""

from __future__ import annotations

import os
import re
import ssl
import threading
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self
from urllib.parse import urlsplit
from uuid import UUID

import httpx

from . import errors
from ._decoding import DeviationError, strict_default
from ._retry import RetryPolicy
from ._transport import AsyncRetryTransport, RetryTransport

if TYPE_CHECKING:
    from ._runtime import ClientLike, ResponseBodyErrorHook

__all__ = ["EsperClient"]

DEFAULT_TIMEOUT = 30.0
_DNS_LABEL = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?", re.IGNORECASE)
# httpx_args keys EsperClient decides itself; accepting them would silently fight us.
_RESERVED_ARGS = frozenset({"base_url", "timeout", "auth"})
ASYNC_BACKENDS = ("httpx", "aiohttp")


def _clean(value: str | None) -> str | None:
    value = value.strip() if value is not None else None
    return value or None


def _setting(explicit: str | None, env_name: str) -> str | None:
    return _clean(explicit if explicit is not None else os.environ.get(env_name))


def _tenant_url(tenant: str) -> str:
    if not _DNS_LABEL.fullmatch(tenant):
        raise ValueError(
            f"tenant must be a plain DNS label such as 'acme' (the part before "
            f"'-api.esper.cloud'), got {tenant!r}; pass base_url= for a full URL"
        )
    return f"https://{tenant.lower()}-api.esper.cloud/api"


def _checked_base_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"base_url must be an http(s) URL with a host, got {url!r}")
    if parts.query or parts.fragment:
        raise ValueError(f"base_url must not carry a query or fragment, got {url!r}")
    return url.rstrip("/")


def _resolve_base_url(base_url: str | None, tenant: str | None) -> str:
    # Explicit arguments beat the environment; within each, base_url beats tenant.
    if base_url is not None:
        return _checked_base_url(base_url)
    if tenant is not None:
        return _tenant_url(tenant)
    env_url, env_tenant = _setting(None, "ESPER_BASE_URL"), _setting(None, "ESPER_TENANT")
    if env_url is not None:
        return _checked_base_url(env_url)
    if env_tenant is not None:
        return _tenant_url(env_tenant)
    raise ValueError("no tenant: pass tenant= or base_url=, or set ESPER_TENANT or ESPER_BASE_URL")


def _check_verify(verify: object) -> None:
    # TLS verification goes off only with verify=False: a value that merely looks false
    # (0, None, "false" read from a config file) is refused here rather than left to fail
    # later with an AttributeError or FileNotFoundError from deep inside httpx.
    if isinstance(verify, bool | ssl.SSLContext):
        return
    if isinstance(verify, str) and os.path.exists(verify):
        return  # a CA bundle file or directory, as httpx (deprecated) accepts
    raise ValueError(
        f"httpx_args['verify'] must be True, False, an ssl.SSLContext or the path of a CA "
        f"bundle, got {verify!r}; TLS verification is turned off only by verify=False"
    )


# httpx refuses a URL part over 65,536 characters, and percent-encoding can grow one
# character to 12: longer URLs go through httpx's own join, so they fail exactly as there.
_ONE_PARSE_MAX = 4096


# Path characters httpx's URL parser leaves exactly as they are: RFC 3986's unreserved
# characters and sub-delimiters, ":", "@", "/" and %XX escapes.
_PLAIN_PATH = re.compile(r"(?:[A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-Fa-f]{2})*")


def _with_plain_path(base: httpx.URL, path: str) -> httpx.URL | None:
    """`base` (ending in "/") with `path` after it, built without parsing, or None unless
    `path` is one httpx's parser would keep as it is (`_PLAIN_PATH`, no "." or ".." segment).

    A parse costs about 24 us (httpx checks URLs in Python, character by character): 5 % of
    a call. The URL is httpx's own parse of the base with a longer path, built from its
    private `_uri_reference`, so anything unexpected there means None (a parse, as before).
    """
    if not _PLAIN_PATH.fullmatch(path):
        return None
    if "." in path and any(segment in (".", "..") for segment in path.split("/")):
        return None
    reference = getattr(base, "_uri_reference", None)
    replace = getattr(reference, "_replace", None)
    if replace is None or not isinstance(getattr(reference, "path", None), str):
        return None
    joined = object.__new__(httpx.URL)
    try:
        joined._uri_reference = replace(path=reference.path + path)  # type: ignore[union-attr]
    except (AttributeError, TypeError):  # another httpx: URL or its reference changed
        return None
    return joined


def _one_parse_join(base: httpx.URL, url: httpx.URL | str) -> httpx.URL | None:
    """`url` joined to `base` with one URL parse or none, or None where httpx must join them.

    httpx's `_merge_url` parses a relative URL, then the joined path again; httpx validates
    URLs in Python, character by character, so that was the largest cost of a sync call
    beyond raw httpx. For a plain "/path[?query]" (what generated functions pass) the
    joined URL is the base URL's text plus the path: same percent-encoding, same dot
    segments, same query; a path with nothing to encode or resolve is not parsed at all
    (`_with_plain_path`). Anything else ("//host", a fragment, a URL object) is left to
    httpx. `_merge_url` is private to httpx: tests/client/test_url_join.py holds the result
    to stock httpx's and checks that the override is still called.
    """
    if type(url) is not str or url[:1] != "/" or url[1:2] == "/" or "#" in url:
        return None
    if not url.isprintable():  # httpx's error names the position in what it was given
        return None
    base_text = str(base)  # httpx keeps base_url ending in "/"
    if not base_text.endswith("/") or "?" in base_text or "#" in base_text:
        return None
    joined = base_text + url[1:]
    if len(joined) > _ONE_PARSE_MAX:
        return None
    if "?" not in url:
        plain = _with_plain_path(base, url[1:])
        if plain is not None:
            return plain
    return httpx.URL(joined)


class _SentCookies(httpx.Cookies):
    """The cookies of the clients: sent with every request, never learnt from a response.

    An API-key client needs no cookie, and a jar that keeps them lets one server answer
    with 3,000 `Set-Cookie` headers make every later request too big to be accepted (431).
    Cookies given in `httpx_args["cookies"]` are still sent. Not learning also skips the
    urllib request and response adapters httpx builds for the jar on every response (about
    30 us a call, most of what a sync call cost beyond raw httpx: bench/README.md).
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


def _aiohttp_transport_module() -> Any:
    """`esper_client._aiohttp`, which imports aiohttp: only for async_backend="aiohttp"."""
    try:
        from . import _aiohttp
    except ModuleNotFoundError as exc:
        if exc.name not in ("aiohttp", "yarl", "multidict"):
            raise
        raise ImportError(
            f"async_backend='aiohttp' needs aiohttp, which is not installed ({exc.name} is "
            "missing): pip install 'esper-client[aiohttp]'"
        ) from exc
    return _aiohttp


class _SentCookiesOnly:
    """What both httpx clients share: their cookies are `_SentCookies`, however set, and
    relative URLs are joined to base_url in one parse (`_one_parse_join`)."""

    _cookies: httpx.Cookies
    base_url: httpx.URL

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cookies = self._cookies  # httpx's __init__ sets them past the property

    @property
    def cookies(self) -> httpx.Cookies:
        return self._cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._cookies = _SentCookies(cookies)

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        joined = _one_parse_join(self.base_url, url)
        return super()._merge_url(url) if joined is None else joined  # type: ignore[misc]


class _Client(_SentCookiesOnly, httpx.Client):
    pass


class _AsyncClient(_SentCookiesOnly, httpx.AsyncClient):
    pass


class EsperClient:
    """Client for the Esper API, passed as `client=` to every generated function.

    Settings not passed fall back to the environment: ESPER_API_KEY, ESPER_TENANT,
    ESPER_BASE_URL, ESPER_ENTERPRISE_ID, ESPER_STRICT. Use it as a context manager (`with`
    or `async with`) to close its connections.

    `async_backend` picks the connection pool of the async calls: "httpx" (httpx's own,
    httpcore) or "aiohttp" (`pip install 'esper-client[aiohttp]'`), several times cheaper
    per call with many in flight. Both go through the same retrying transport.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        tenant: str | None = None,
        base_url: str | None = None,
        enterprise_id: str | UUID | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy = RetryPolicy(),  # noqa: B008 (frozen, so sharing it is safe)
        raise_on_error: bool = True,
        strict: bool | None = None,
        httpx_args: dict[str, Any] | None = None,
        async_backend: Literal["httpx", "aiohttp"] = "httpx",
    ) -> None:
        key = _setting(api_key, "ESPER_API_KEY")
        if key is None:
            raise ValueError("no API key: pass api_key= or set ESPER_API_KEY")
        if not key.isascii() or any(c.isspace() or not c.isprintable() for c in key):
            raise ValueError("the API key contains whitespace, control or non-ASCII characters")
        errors._register_secret(key)
        self._api_key = key
        self._base_url = _resolve_base_url(_clean(base_url), _clean(tenant))
        self._enterprise_id = self._parse_enterprise_id(enterprise_id)
        self._timeout = timeout
        self._retry = retry
        self._raise_on_error = raise_on_error
        self._strict = strict_default() if strict is None else bool(strict)
        args = dict(httpx_args or {})
        reserved = sorted(_RESERVED_ARGS & args.keys())
        if reserved:
            raise ValueError(f"httpx_args may not set {reserved}: use EsperClient's own arguments")
        self._inner_transport: object = args.pop("transport", None)
        # Any spelling of Authorization would be sent beside ours, so it is dropped.
        self._extra_headers = {
            name: value
            for name, value in dict(args.pop("headers", None) or {}).items()
            if name.lower() != "authorization"
        }
        # httpx.Client ignores these once transport= is given, so they go to the
        # transports we build instead (trust_env matters to both).
        pool_keys = ("verify", "cert", "http1", "http2", "limits", "proxy")
        self._pool_args = {k: args.pop(k) for k in pool_keys if k in args}
        if "trust_env" in args:
            self._pool_args["trust_env"] = args["trust_env"]
        _check_verify(self._pool_args.get("verify", True))
        self._async_backend = self._checked_backend(async_backend)
        self._httpx_args = args
        self._lock = threading.Lock()
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    def _checked_backend(self, backend: str) -> str:
        if backend not in ASYNC_BACKENDS:
            raise ValueError(f"async_backend must be one of {ASYNC_BACKENDS}, got {backend!r}")
        if backend == "aiohttp":
            if self._inner_transport is not None:
                raise ValueError(
                    "httpx_args['transport'] replaces the async backend: pass either it or "
                    "async_backend='aiohttp', not both"
                )
            # Now, not at the first call: a missing extra or a proxy it cannot use.
            pool = self._pool_args
            _aiohttp_transport_module().check_options(
                pool.get("http1", True), pool.get("http2", False), pool.get("proxy")
            )
        return backend

    @staticmethod
    def _parse_enterprise_id(value: str | UUID | None) -> UUID | None:
        if isinstance(value, UUID):
            return value
        text = _setting(value, "ESPER_ENTERPRISE_ID")
        if text is None:
            return None
        try:
            return UUID(text)
        except ValueError:
            raise ValueError(f"enterprise_id must be a UUID, got {text!r}") from None

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def enterprise_id(self) -> UUID:
        """The enterprise for path arguments; ValueError if none was configured."""
        if self._enterprise_id is None:
            raise ValueError("no enterprise id: pass enterprise_id= or set ESPER_ENTERPRISE_ID")
        return self._enterprise_id

    @property
    def async_backend(self) -> str:
        """The connection pool of the async calls: "httpx" (httpcore) or "aiohttp"."""
        return self._async_backend

    @property
    def retry(self) -> RetryPolicy:
        return self._retry

    @property
    def raise_on_error(self) -> bool:
        return self._raise_on_error

    @property
    def strict(self) -> bool:
        """Whether a value that does not fit its declared type raises (ResponseDecodeError).

        Off by default: such a value is kept as it arrived and reported (esper_client.deviations,
        `Response.deviations`, one warning per kind on the `esper_client` logger).
        """
        return self._strict

    @property
    def raise_on_unexpected_status(self) -> bool:
        # Non-2xx statuses never reach generated code when raise_on_error is set, and an
        # undocumented 2xx is a success, not something to raise for.
        return False

    def __repr__(self) -> str:
        # getattr: a traceback that shows locals may show a client whose __init__ failed.
        base_url = getattr(self, "_base_url", None)
        enterprise_id = getattr(self, "_enterprise_id", None)
        enterprise = f", enterprise_id='{enterprise_id}'" if enterprise_id else ""
        return f"EsperClient(base_url={base_url!r}{enterprise}, api_key='***')"

    __str__ = __repr__

    def response_body_error(self, response: httpx.Response, cause: Exception) -> Exception:
        """What generated functions raise when a body does not fit its documented type.

        A `ResponseDecodeError` (an `EsperError`) rather than the generated layer's own
        `UnexpectedResponseBody`, so that one `except` covers everything this client raises.
        """
        # The cause is chained (`raise ... from cause`) and may quote the body: redact it too.
        cause.args = tuple(errors._redact(a) if isinstance(a, str) else a for a in cause.args)
        try:
            request: httpx.Request | None = response.request
        except RuntimeError:  # a response built by hand, with no request
            request = None
        sent = f" to {request.method} {request.url}" if request is not None else ""
        if isinstance(cause, DeviationError):  # strict mode: the first value that did not fit
            deviation = cause.deviation
            return errors.ResponseDecodeError(
                f"{response.status_code} response{sent} does not fit its documented type: "
                f"{deviation.model}.{deviation}",
                response=response,
                request=request,
                deviation=deviation,
            )
        excerpt = errors.describe_body(response.content)[1]
        # The cause may quote a field of any size (a 1 MB "date"): an excerpt, like the body's.
        why = errors._excerpt(f"{type(cause).__name__}: {cause}")
        return errors.ResponseDecodeError(
            f"{response.status_code} response{sent} does not fit its documented type "
            f"({why}); body: {excerpt}",
            response=response,
            request=request,
        )

    def _client_kwargs(self) -> dict[str, Any]:
        # No Accept here: each operation sends the media types it declares (generated code).
        headers = {**self._extra_headers, "Authorization": f"Bearer {self._api_key}"}
        return {
            "base_url": self._base_url,
            "headers": headers,
            "timeout": self._timeout,
            **self._httpx_args,
        }

    def _transport_options(self) -> dict[str, Any]:
        return {
            "policy": self._retry,
            "raise_on_error": self._raise_on_error,
            "raise_on_redirect": not self._httpx_args.get("follow_redirects", False),
        }

    def get_httpx_client(self) -> httpx.Client:
        """The sync httpx client generated functions use, built on first call."""
        with self._lock:
            if self._client is None:
                inner = self._inner_transport
                if inner is None:
                    inner = httpx.HTTPTransport(**self._pool_args)
                if not isinstance(inner, httpx.BaseTransport):
                    raise TypeError(f"httpx_args['transport'] is not a sync transport: {inner!r}")
                transport = RetryTransport(inner, **self._transport_options())
                self._client = _Client(transport=transport, **self._client_kwargs())
            return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The async httpx client generated `asyncio` functions use, built on first call."""
        with self._lock:
            if self._async_client is None:
                inner = self._inner_transport
                if inner is None and self._async_backend == "aiohttp":
                    inner = _aiohttp_transport_module().AiohttpTransport(**self._pool_args)
                elif inner is None:
                    inner = httpx.AsyncHTTPTransport(**self._pool_args)
                if not isinstance(inner, httpx.AsyncBaseTransport):
                    raise TypeError(f"httpx_args['transport'] is not an async transport: {inner!r}")
                transport = AsyncRetryTransport(inner, **self._transport_options())
                self._async_client = _AsyncClient(transport=transport, **self._client_kwargs())
            return self._async_client

    def close(self) -> None:
        """Close the sync connections (the async ones need `aclose`)."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close every connection, sync and async."""
        if self._async_client is not None:
            await self._async_client.aclose()
        self.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


if TYPE_CHECKING:
    # mypy proves here that EsperClient is a valid `client=` for generated functions, and
    # that generated functions find its hook for bodies of the wrong shape.
    def _is_client_like(client: EsperClient) -> ClientLike:
        return client

    def _has_body_error_hook(client: EsperClient) -> ResponseBodyErrorHook:
        return client
