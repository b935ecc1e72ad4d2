"""Contains some shared types for properties"""

from collections.abc import Mapping
from typing import IO, BinaryIO

from attrs import define

from esper_client._runtime import UNSET, ClientLike, Response, Unset, as_http_status, path_segment

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


__all__ = [
    "UNSET",
    "ClientLike",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "as_http_status",
    "path_segment",
]
