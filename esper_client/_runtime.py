"""What generated code needs from us at run time: the one module of ours it may import.

The templates render an import of this module and nothing else of esper_client, so the
code here lives under our own checks (mypy --strict, ruff, tests) instead of inside Jinja.
It must stay cheap to import: models import it, and `import esper_client` plus one model
must not import httpx (typing-only here).
"""

from __future__ import annotations

from collections.abc import MutableMapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Generic, Literal, Protocol, TypeVar
from urllib.parse import quote
from uuid import UUID

from attrs import define

if TYPE_CHECKING:
    import httpx

__all__ = [
    "BODY_ERRORS",
    "UNSET",
    "ClientLike",
    "Response",
    "ResponseBodyErrorHook",
    "UnexpectedResponseBody",
    "Unset",
    "as_http_status",
    "path_segment",
    "response_body_error",
]

T = TypeVar("T")


class Unset:
    """The type of UNSET: "not given" for arguments and "absent" for fields of a body."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # one instance, also after pickling: `x is UNSET` keeps working


UNSET: Unset = Unset()


class ClientLike(Protocol):
    """What a generated function needs from its `client=` argument.

    `esper_client.EsperClient` has this shape, and so have the generator's own `Client` and
    `AuthenticatedClient` in `esper_client.generated.client`.
    """

    @property
    def raise_on_unexpected_status(self) -> bool: ...

    def get_httpx_client(self) -> httpx.Client: ...

    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


@define
class Response(Generic[T]):
    """A response from an operation: status, headers and raw body, and the parsed body.

    `status_code` is an HTTPStatus for a standard code, else a plain int (299, 520...): compare
    it with ints.
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def as_http_status(code: int) -> HTTPStatus | int:
    """`code` as an HTTPStatus when it is a standard one, else the int itself.

    Servers and proxies send codes HTTPStatus does not know (299, 520...), on which
    `HTTPStatus(code)` raises ValueError.
    """
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def path_segment(value: object) -> str:
    """`value` as exactly one URL path segment.

    Every character but letters, digits and `-._~` is percent-encoded (so `/`, `?`, `#`, `%`
    and spaces cannot change the path), and `.` or `..` become `%2E` or `%2E%2E`: quoting
    alone leaves them, and URL normalization (httpx's included) removes such dot segments,
    so an id of ".." would climb one level up the path. An empty value is a ValueError: an
    empty segment (`a//b`) is merged away by many servers and proxies.
    """
    if type(value) is UUID:  # most ids: hex digits and hyphens, nothing to encode
        return str(value)
    text = quote(str(value), safe="")
    if not text:
        raise ValueError("a path parameter must not be empty")
    if text in (".", ".."):
        text = text.replace(".", "%2E")
    return text


class UnexpectedResponseBody(Exception):
    """A response body that cannot be read as its documented type.

    Raised by generated functions for clients without a `response_body_error` hook: the body
    is not JSON, or is JSON of the wrong shape (a list where an object is expected...).
    `cause` (also `__cause__`) is the error the model code hit.
    """

    def __init__(self, status_code: int, content: bytes, cause: BaseException) -> None:
        self.status_code = status_code
        self.content = content
        self.cause = cause
        super().__init__(
            f"Response body for status code {status_code} does not fit its documented type: "
            f"{type(cause).__name__}: {cause}"
        )


class ResponseBodyErrorHook(Protocol):
    """Optional for a `client=`: the exception to raise for a body that does not fit its type."""

    def response_body_error(self, response: httpx.Response, cause: Exception) -> Exception: ...


# What model code raises on a body of the wrong shape: caught around parsing, so that a bad
# body is one typed error instead of a bare KeyError or TypeError from deep inside from_dict.
BODY_ERRORS: tuple[type[Exception], ...] = (
    LookupError,
    ValueError,
    TypeError,
    AttributeError,
    OverflowError,
    RecursionError,
)


def response_body_error(client: object, response: httpx.Response, cause: Exception) -> Exception:
    """The exception a generated function raises when parsing `response` failed with `cause`."""
    hook = getattr(client, "response_body_error", None)
    if callable(hook):
        error = hook(response, cause)
        if isinstance(error, Exception):
            return error
    return UnexpectedResponseBody(response.status_code, response.content, cause)
