"""Contains shared errors types that can be raised from API functions"""

from esper_client._runtime import (
    BODY_ERRORS,
    ResponseBodyErrorHook,
    UnexpectedResponseBody,
    UnexpectedStatus,
    response_body_error,
)

__all__ = ["BODY_ERRORS", "ResponseBodyErrorHook", "UnexpectedResponseBody", "UnexpectedStatus", "response_body_error"]
