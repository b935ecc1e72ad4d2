"""Contains shared errors types that can be raised from API functions"""

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import httpx


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class UnexpectedResponseBody(Exception):
    """Raised by api functions when a response body cannot be read as its documented type.

    The body is not JSON, or is JSON of the wrong shape: a list where an object is expected,
    a required key missing, a malformed date or UUID. `cause` (also `__cause__`) is the error
    the model code hit. A `client=` with a `response_body_error` method (see
    `ResponseBodyErrorHook`) raises what that method returns instead.
    """

    def __init__(self, status_code: int, content: bytes, cause: BaseException):
        self.status_code = status_code
        self.content = content
        self.cause = cause

        super().__init__(
            f"Response body for status code {status_code} does not fit its documented type: "
            f"{type(cause).__name__}: {cause}"
        )


class ResponseBodyErrorHook(Protocol):
    """Optional for a `client=`: the exception to raise for a body that does not fit its type."""

    def response_body_error(self, response: "httpx.Response", cause: Exception) -> Exception: ...


# What model code raises on a body of the wrong shape.
BODY_ERRORS = (LookupError, ValueError, TypeError, AttributeError, OverflowError, RecursionError)


def response_body_error(client: object, response: "httpx.Response", cause: Exception) -> Exception:
    """The exception api functions raise when parsing `response` failed with `cause`."""
    hook = getattr(client, "response_body_error", None)
    if callable(hook):
        return hook(response, cause)
    return UnexpectedResponseBody(response.status_code, response.content, cause)


__all__ = ["BODY_ERRORS", "ResponseBodyErrorHook", "UnexpectedResponseBody", "UnexpectedStatus", "response_body_error"]
