"""Contains some shared types for properties"""

from esper_client._runtime import (
    UNSET,
    ClientLike,
    File,
    FileContent,
    FileTypes,
    RequestFiles,
    Response,
    Unset,
    as_http_status,
    path_segment,
)

__all__ = [
    "UNSET",
    "ClientLike",
    "File",
    "FileContent",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "as_http_status",
    "path_segment",
]
