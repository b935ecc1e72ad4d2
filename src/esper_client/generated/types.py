"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, BinaryIO, Generic, Literal, Protocol, TypeVar
from urllib.parse import quote
from uuid import UUID

from attrs import define

if TYPE_CHECKING:
    import httpx


class ClientLike(Protocol):
    """What an endpoint function needs from its `client=` argument.

    Client, AuthenticatedClient and esper_client.EsperClient all have this shape.
    """

    @property
    def raise_on_unexpected_status(self) -> bool: ...

    def get_httpx_client(self) -> "httpx.Client": ...

    def get_async_httpx_client(self) -> "httpx.AsyncClient": ...


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

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
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


def as_http_status(code: int) -> HTTPStatus | int:
    """`code` as an HTTPStatus when it is a standard one, else the int itself (e.g. 299 or 520)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def path_segment(value: object) -> str:
    """`value` as exactly one URL path segment.

    Every character but letters, digits and `-._~` is percent-encoded (so `/`, `?`, `#`, `%`
    and spaces cannot change the path), and `.` or `..` become `%2E` or `%2E%2E`, which URL
    normalization would otherwise remove, climbing the path. An empty value is a ValueError:
    an empty segment (`a//b`) is merged away by many servers and proxies.
    """
    if type(value) is UUID:  # most ids: hex digits and hyphens, nothing to encode
        return str(value)
    text = quote(str(value), safe="")
    if not text:
        raise ValueError("a path parameter must not be empty")
    if text in (".", ".."):
        text = text.replace(".", "%2E")
    return text


@define
class Response(Generic[T]):
    """A response from an endpoint

    `status_code` is an HTTPStatus for a standard code, else a plain int: compare it with ints.
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "as_http_status", "path_segment"]
