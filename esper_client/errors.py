"""The exceptions esper_client raises, one class per thing a caller may want to catch.

Kept free of runtime imports of httpx so that `except errors.NotFoundError` costs nothing
to import. Every message passes through `_redact`, so no API key registered by an
`EsperClient` can appear in `str()` or `repr()` of these exceptions, even if a server
echoes it back in a body. They pickle and copy without it too (`EsperError.__reduce__`).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping
from http import HTTPStatus
from itertools import islice
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from ._decoding import Deviation

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BulkInputError",
    "ConflictError",
    "EsperError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "UnknownStateError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
]

_EXCERPT_CHARS = 200
# How much of a text an excerpt (or a <title> search) reads: a bounded prefix, so that the
# work and memory an excerpt takes do not grow with the body, whatever its size.
_SCAN_CHARS = 64 * 1024
_REDACTED = "[REDACTED]"
# Secrets that must never be shown; EsperClient registers its API key here. Strings, not
# clients, so it holds nothing the clients do not already hold; a tuple replaced whole, so
# a thread formatting an error never iterates it while another thread adds to it.
_secrets: tuple[str, ...] = ()


def _register_secret(secret: str) -> None:
    global _secrets
    if secret and secret not in _secrets:
        _secrets = (*_secrets, secret)


def _redact(text: str) -> str:
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, _REDACTED)
    return text


def _redacted_prefix(text: str, limit: int) -> str:
    """`text[:limit]` redacted, taken past `limit` to the end of a secret the cut would split
    (redacting after a cut would leave most of such a secret readable)."""
    end = limit
    grown = len(text) > limit
    while grown:
        grown = False
        for secret in _secrets:
            start = text.find(secret, max(0, end - len(secret) + 1), end + len(secret) - 1)
            if 0 <= start < end < start + len(secret):
                end, grown = start + len(secret), True
    return _redact(text[:end])


def _scrubbed(value: Any) -> Any:
    """`value` without any registered secret, for pickling: texts redacted, httpx requests
    and responses rebuilt without credentials, containers walked."""
    if isinstance(value, str):
        return _redact(value)
    if isinstance(value, bytes):
        for secret in _secrets:
            value = value.replace(secret.encode(), _REDACTED.encode())
        return value
    if type(value) in (list, tuple):  # exactly: a named tuple is not built from one iterable
        return type(value)(_scrubbed(item) for item in value)
    if type(value) is dict:
        return {_scrubbed(key): _scrubbed(item) for key, item in value.items()}
    httpx = sys.modules.get("httpx")  # an httpx object exists only once httpx is imported
    if httpx is not None and isinstance(value, httpx.Request):
        return _scrubbed_request(value)
    if httpx is not None and isinstance(value, httpx.Response):
        return _scrubbed_response(value)
    return value


# Request headers that carry credentials: not pickled at all.
_CREDENTIAL_HEADERS = frozenset({b"authorization", b"proxy-authorization", b"cookie"})
# Response headers that describe the body on the wire: httpx sets them anew for the copy.
_WIRE_HEADERS = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})


def _scrubbed_headers(raw: list[tuple[bytes, bytes]], drop: frozenset[bytes]) -> list[Any]:
    return [(k, _scrubbed(v)) for k, v in raw if k.lower() not in drop]


def _scrubbed_request(request: httpx.Request) -> httpx.Request:
    import httpx  # imported already: `request` is one of its objects

    try:
        content = _scrubbed(request.content)
    except httpx.RequestNotRead:  # a streamed body: not kept
        content = b""
    headers = _scrubbed_headers(request.headers.raw, _CREDENTIAL_HEADERS | _WIRE_HEADERS)
    url = _redact(str(request.url))
    return httpx.Request(request.method, url, headers=headers, content=content)


def _scrubbed_response(response: httpx.Response) -> httpx.Response:
    import httpx  # imported already: `response` is one of its objects

    try:
        content = _scrubbed(response.content)
    except httpx.ResponseNotRead:
        content = b""
    try:
        request = _scrubbed_request(response.request)
    except RuntimeError:  # a response built by hand, with no request
        request = None
    return httpx.Response(
        response.status_code,
        headers=_scrubbed_headers(response.headers.raw, _WIRE_HEADERS),
        content=content,
        request=request,
    )


def _rebuilt(cls: type[EsperError], args: tuple[Any, ...]) -> EsperError:
    """Unpickling: an instance without `__init__` (its attributes come from the state)."""
    error = cls.__new__(cls, *args)
    error.args = args
    return error


class EsperError(Exception):
    """Base class of every exception raised by esper_client's own layer."""

    def __init__(self, message: str) -> None:
        self.message = _redact(message)
        super().__init__(self.message)

    def __str__(self) -> str:
        return str(getattr(self, "message", ""))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({getattr(self, 'message', '')!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle and copy (also deep) without the key: every attribute is scrubbed (texts
        redacted; `request` and `response` rebuilt without credentials, keeping method, URL,
        status, headers and body), and unpickling does not call `__init__`, whose
        keyword-only arguments pickle cannot pass."""
        state = {name: _scrubbed(value) for name, value in vars(self).items()}
        return (_rebuilt, (type(self), _scrubbed(self.args)), state)


class APIStatusError(EsperError):
    """The API answered with a non-2xx status (after any retries).

    `message` and `errors` come from Esper's envelope `{"errors": [...], "message": ...,
    "status": N}` when the body has one; otherwise `message` is a short excerpt of the body.
    `body` is the decoded JSON, or the text when the body is not JSON.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        errors: list[Any] | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        self.status_code = status_code
        self.errors: list[Any] = list(errors or [])
        self.body = body
        self.response = response
        self.request = request
        super().__init__(message)
        # `message` alone is the server's text; str() adds status and request for the reader.
        self._text = _redact(_status_line(status_code, message, request))

    def __str__(self) -> str:
        return str(getattr(self, "_text", super().__str__()))

    def __repr__(self) -> str:
        status, message = getattr(self, "status_code", None), getattr(self, "message", "")
        return f"{type(self).__name__}(status_code={status}, message={message!r})"


class BadRequestError(APIStatusError):
    """400: the request was malformed or failed validation."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key is valid but may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource (or not visible to this key)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed but semantically invalid."""


class RateLimitError(APIStatusError):
    """429 after every retry was spent; `retry_after` is the server's hint in seconds, if any."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class InternalServerError(APIStatusError):
    """5xx: the server failed; retried first for idempotent requests."""


class APIConnectionError(EsperError):
    """No usable response: connecting, sending or reading failed (after any retries)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        self.request = request
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout (after any retries)."""


class ResponseDecodeError(EsperError):
    """A 2xx response whose body the client cannot use as its documented type.

    The body is not the JSON it claims to be (truncated, HTML), or its JSON is not of the
    declared shape as a whole (a list where an object is expected); or, in strict mode
    (`EsperClient(strict=True)`), one value does not fit: then `deviation` says which, and
    `model`, `path`, `expected` and `received` repeat its parts. What decoding hit is
    `__cause__`.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        request: httpx.Request | None = None,
        deviation: Deviation | None = None,
    ) -> None:
        self.response = response
        self.request = request
        self.deviation = deviation
        super().__init__(message)

    @property
    def model(self) -> str | None:
        return self.deviation.model if self.deviation else None

    @property
    def path(self) -> str | None:
        """Where the value was, as `results[3].current_command`."""
        return self.deviation.where if self.deviation else None

    @property
    def expected(self) -> str | None:
        return self.deviation.expected if self.deviation else None

    @property
    def received(self) -> str | None:
        """An excerpt of what arrived (at most 80 characters, redacted)."""
        return self.deviation.received if self.deviation else None


class PaginationError(EsperError):
    """Pagination cannot make progress, e.g. the server ignores `offset` and repeats a page."""


class BulkInputError(EsperError):
    """`run_bulk`'s inputs raised while being read (that error is `__cause__`). `outcomes`
    holds a `BulkOutcome` for every input read before, in order: the calls that had started
    were finished, not lost."""

    def __init__(self, message: str, *, outcomes: list[Any]) -> None:
        self.outcomes = outcomes
        super().__init__(message)


class UnknownStateError(EsperError, ValueError):
    """`DeviceOperationState.parse` or `CommandState.parse` with `strict=True` got a value
    that names no state."""

    def __init__(self, raw: object, what: str = "device-operation") -> None:
        self.raw = raw
        super().__init__(f"not a {what} state: {raw!r}")


class WaitTimeoutError(EsperError, TimeoutError):
    """A device operation, or a command on some device, did not end within the allowed time.

    For a command, `operation_id` is the command request's id, `device_id` None and
    `last_state` maps each device still pending to its last state.
    """

    def __init__(
        self, message: str, *, operation_id: object, device_id: object, last_state: object
    ) -> None:
        self.operation_id = operation_id
        self.device_id = device_id
        self.last_state = last_state
        super().__init__(message)


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _status_line(status_code: int, message: str, request: httpx.Request | None) -> str:
    try:
        phrase = HTTPStatus(status_code).phrase
    except ValueError:
        phrase = "HTTP status"
    text = f"{status_code} {phrase}: {message}" if message else f"{status_code} {phrase}"
    if request is not None:
        text += f" ({request.method} {request.url})"
    return text


def _excerpt(text: str) -> str:
    """At most _EXCERPT_CHARS of `text`, whitespace collapsed; secrets redacted before the cut.

    Only a bounded prefix is read: splitting a whole 50 MB body into words took 26 times
    its size in memory.
    """
    shown = " ".join(_redacted_prefix(text, _SCAN_CHARS).split())
    if len(shown) <= _EXCERPT_CHARS and len(text) <= _SCAN_CHARS:
        return shown
    return shown[:_EXCERPT_CHARS] + "..."


_TITLE_OPEN = re.compile(r"<title\b", re.IGNORECASE)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.IGNORECASE)


def _title(text: str) -> str | None:
    """The <title> of an HTML page in the first _SCAN_CHARS of `text`, found in linear time
    (one regex over the body backtracked: a 112 KB page took 5 s, blocking the loop)."""
    head = text[:_SCAN_CHARS]
    opened = _TITLE_OPEN.search(head)
    if opened is None:
        return None
    start = head.find(">", opened.end()) + 1
    closed = _TITLE_CLOSE.search(head, start) if start else None
    return None if closed is None else head[start : closed.start()]


def describe_body(content: bytes) -> tuple[Any, str, list[Any]]:
    """Return (body, message, errors) for an error body, whatever shape it has.

    JSON bodies give their envelope's `message` and `errors` (or DRF's `detail`, or
    `error`); anything else (HTML from a proxy, a truncated body) gives a short excerpt,
    never a JSONDecodeError.
    """
    text = content.decode("utf-8", errors="replace")
    try:
        body: Any = None if not text or text.isspace() else json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: JSON nested too deep to decode
        title = _title(text)
        excerpt = _excerpt(title) if title and not title.isspace() else _excerpt(text)
        return text, f"non-JSON body: {excerpt}" if excerpt else "", []
    if not isinstance(body, Mapping):
        return body, _excerpt(text), []
    errors = body.get("errors")
    errors = errors if isinstance(errors, list) else []
    for key in ("message", "detail", "error"):
        value = body.get(key)
        if isinstance(value, str) and value:
            return body, _excerpt(value), errors
    if errors:  # the first few are enough for a message, however many there are
        return body, _excerpt("; ".join(str(e)[:_SCAN_CHARS] for e in islice(errors, 20))), errors
    return body, _excerpt(text), errors


def status_error(
    *,
    status_code: int,
    content: bytes,
    retry_after: float | None = None,
    response: httpx.Response | None = None,
    request: httpx.Request | None = None,
    note: str | None = None,
) -> APIStatusError:
    """Build the typed error for a non-2xx status from the response's parts; `note` (why it
    was not retried, say) ends its text."""
    body, message, errors = describe_body(content)
    cls = _STATUS_CLASSES.get(status_code)
    if cls is None:
        cls = InternalServerError if status_code >= 500 else APIStatusError
    kwargs: dict[str, Any] = {
        "status_code": status_code,
        "errors": errors,
        "body": body,
        "response": response,
        "request": request,
    }
    if cls is RateLimitError:
        kwargs["retry_after"] = retry_after
    error = cls(message, **kwargs)
    if note:
        error._text = _redact(f"{error._text}; {note}")
    return error
