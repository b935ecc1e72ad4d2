"""What generated code needs from us at run time: the one module of ours it may import.

The templates render an import of this module and nothing else of esper_client, so the
code here (and in `_decoding`, which does the decoding) lives under our own checks (mypy
--strict, ruff, tests) instead of inside Jinja. It must stay cheap to import: models import
it, and `import esper_client` plus one model must not import httpx (typing-only here).
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from io import BytesIO
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Protocol, TypeVar
from uuid import UUID

from attrs import define, field

from ._decoding import (
    ANY,
    BOOL,
    DATE,
    DATETIME,
    FILE,
    FLOAT,
    INT,
    NONE,
    STR,
    UUID_,
    Decoding,
    Deviation,
    DeviationError,
    Field,
    Spec,
    attach_found,
    const,
    decode_model_dict,
    decode_one,
    deviations,
    dict_of,
    encode_model,
    enum,
    list_of,
    model,
    multipart_model,
    strict_default,
    union,
)
from ._decoding import _decode_value as decode_value
from ._unset import UNSET, Unset

if TYPE_CHECKING:
    import httpx

__all__ = [
    "ANY",
    "BODY_ERRORS",
    "BOOL",
    "DATE",
    "DATETIME",
    "FILE",
    "FLOAT",
    "INT",
    "NONE",
    "STR",
    "UNSET",
    "UUID_",
    "Body",
    "ClientLike",
    "Decoding",
    "Deviation",
    "DeviationError",
    "Field",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "ResponseBodyErrorHook",
    "Responses",
    "Spec",
    "UnexpectedResponseBody",
    "UnexpectedStatus",
    "Unset",
    "as_http_status",
    "const",
    "decode_model_dict",
    "decode_one",
    "decode_value",
    "deviations",
    "dict_of",
    "documented_literal",
    "encode_model",
    "enum",
    "form_body",
    "list_of",
    "model",
    "multipart_body",
    "multipart_model",
    "parsed",
    "path_segment",
    "response_body_error",
    "union",
]

T = TypeVar("T")


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
    it with ints. `deviations` lists what in the body did not fit its declared type (empty when
    everything did; see esper_client.deviations).
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    deviations: tuple[Deviation, ...] = field(default=(), kw_only=True)


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload (multipart/form-data), or a binary body that was downloaded."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The (name, file, content type) tuple httpx takes for one multipart part."""
        return self.file_name, self.payload, self.mime_type


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
    from urllib.parse import quote  # here: importing a model alone needs no urllib

    text = quote(str(value), safe="")
    if not text:
        raise ValueError("a path parameter must not be empty")
    if text in (".", ".."):
        text = text.replace(".", "%2E")
    return text


class UnexpectedStatus(Exception):
    """An undocumented status, for clients whose `raise_on_unexpected_status` is True."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n"
            f"{content.decode(errors='ignore')}"
        )


class UnexpectedResponseBody(Exception):
    """A response body that cannot be read as its documented type.

    Raised by generated functions for clients without a `response_body_error` hook: the body
    is not JSON, or is JSON of the wrong shape (a list where an object is expected...), or,
    in strict mode, a field deviates. `cause` (also `__cause__`) is what decoding hit.
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


class BodyShapeError(TypeError):
    """The body as a whole is not of its declared JSON type (a list where an object is due)."""


# What decoding raises on a body it cannot use (a strict deviation included): caught around
# parsing, so that a bad body is one typed error, never a bare KeyError from deep inside.
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


# (where the body is: "json", "text", "bytes", "file" or "none"; its spec for "json")
Body = tuple[str, Spec | None]


def _strict(client: object) -> bool:
    strict = getattr(client, "strict", None)
    return strict_default() if strict is None else bool(strict)


class Responses:
    """How one operation reads each documented status: where its body is and what it holds."""

    __slots__ = ("by_status", "default", "ranges", "success")

    def __init__(
        self,
        by_status: Mapping[int, Body],
        *,
        ranges: tuple[tuple[int, int, Body], ...] = (),
        default: Body | None = None,
    ) -> None:
        self.by_status = dict(by_status)
        self.ranges = ranges
        self.default = default
        # An undocumented 2xx (a 200 where 201 is declared) is read as the first declared one.
        self.success = next(
            (body for code, body in sorted(self.by_status.items()) if 200 <= code < 300), None
        )

    def body_for(self, status: int) -> Body | None:
        body = self.by_status.get(status)
        if body is not None:
            return body
        for low, high, ranged in self.ranges:
            if low <= status <= high:
                return ranged
        return self.default

    def build(self, client: ClientLike, response: httpx.Response) -> Response[Any]:
        """The generated `Response` for `response`: the body read per its status, tolerantly.

        An empty body is never parsed. In strict mode a deviation raises, through the
        client's `response_body_error` hook like any body that does not fit.
        """
        status = response.status_code
        try:
            request = response.request
            origin = f"a {status} response to {request.method} {request.url}"
        except RuntimeError:  # a response built by hand, with no request
            origin = f"a {status} response"
        ctx = Decoding(_strict(client), origin)
        try:
            value = self._read(client, status, response, ctx)
        except BODY_ERRORS as exc:
            raise response_body_error(client, response, exc) from exc
        return Response(
            status_code=as_http_status(status),
            content=response.content,
            headers=response.headers,
            parsed=value,
            deviations=tuple(ctx.found),
        )

    def _read(
        self, client: ClientLike, status: int, response: httpx.Response, ctx: Decoding
    ) -> Any:
        body = self.body_for(status)
        if body is None:
            if 200 <= status < 300 and self.success is not None:
                ctx.off("status", f"one of {sorted(self.by_status)}", status)
                body = self.success
            elif client.raise_on_unexpected_status:
                raise UnexpectedStatus(status, response.content)
            else:
                return None
        source, spec = body
        content = response.content
        if source == "none":
            return None
        if source == "bytes":
            return content
        if source == "file":
            return File(payload=BytesIO(content))
        if source == "text":
            return response.text
        if spec is None or spec is ANY:
            return response.json() if content.strip() else None
        if not content.strip():
            ctx.off("empty", spec.name, "")
            empty = spec.empty()
            attach_found(empty, ctx.found)  # `sync` users read it from the model
            return empty
        data = response.json()
        if not spec.accepts(data):
            kind = "null" if data is None else type(data).__name__
            raise BodyShapeError(f"the body is {kind}, not {spec.name}")
        value = decode_value(spec, data, ctx)
        attach_found(value, ctx.found)
        return value


def multipart_body(kwargs: dict[str, Any], body: object) -> None:
    """A multipart/form-data body: `files=` for httpx, which writes a random boundary itself.

    No Content-Type of ours: a fixed boundary (the generator's `+++`) ends the body early
    wherever a file contains it. A form with no field set sends no body at all rather than
    an empty multipart one.
    """
    if isinstance(body, Unset):
        return
    parts = body.to_multipart()  # type: ignore[attr-defined]
    if parts:
        kwargs["files"] = parts


def form_body(kwargs: dict[str, Any], headers: dict[str, Any], body: object) -> None:
    """An application/x-www-form-urlencoded body: text fields; a file is refused, not mangled.

    Such a body cannot carry a file (httpx would send the file object's repr); the error
    says to send the operation's multipart/form-data body instead.
    """
    if isinstance(body, Unset):
        return
    fields: dict[str, str] = {}
    for key, value in body.to_dict().items():  # type: ignore[attr-defined]
        if value is None:
            continue
        if isinstance(value, File | bytes | bytearray) or hasattr(value, "read"):
            raise TypeError(
                f"{type(body).__name__}.{key} is a file, which an "
                f"application/x-www-form-urlencoded body cannot carry: send this operation's "
                f"multipart/form-data body instead"
            )
        fields[key] = _form_text(value)
    if fields:
        kwargs["data"] = fields
        headers["Content-Type"] = "application/x-www-form-urlencoded"


def _form_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        import json

        return json.dumps(value)
    return str(value)


def documented_literal(alias: Any, doc: str | None) -> Any:
    """A copy of a `Literal[...]` alias carrying `doc`, for help() and documentation tools.

    A copy because typing caches `Literal[...]` by its values: two enums listing the same
    values share one alias, and their docs would overwrite each other. It equals the
    original, so runtime type checkers see no difference.
    """
    try:
        own = alias.copy_with(alias.__args__)
        own.__doc__ = doc
    except (AttributeError, TypeError):  # another typing: the alias stays undocumented
        return alias
    return own


def parsed(response: Response[T]) -> T:
    """The parsed body of a 2xx response; the typed error of a non-2xx one.

    What `sync` and `asyncio` return: their annotation is the success type, which holds
    because anything else raises (with `EsperClient(raise_on_error=False)` too; the
    `*_detailed` functions still hand over every status).
    """
    status = int(response.status_code)
    if not 200 <= status < 300:
        from ._transport import raise_for_status

        raise_for_status(response)
    return response.parsed  # type: ignore[return-value]  # None only where T admits it
