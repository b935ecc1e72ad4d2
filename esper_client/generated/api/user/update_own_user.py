from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.generic_error_response import GenericErrorResponse
from ...models.update_own_user_request import UpdateOwnUserRequest
from ...models.user import User


def _get_kwargs(
    user_id: UUID | str,
    *,
    body: UpdateOwnUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/authn2/v0/user/{path_segment(user_id)}",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(User)),
        400: ("json", _rt.model(GenericErrorResponse)),
        401: ("json", _rt.model(GenericErrorResponse)),
        403: ("json", _rt.model(GenericErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[GenericErrorResponse | User]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    user_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateOwnUserRequest,
) -> Response[GenericErrorResponse | User]:
    """Change the calling user's own profile (their first name).

    Args:
        user_id (UUID | str): The user's id (a UUID).
        body (UpdateOwnUserRequest):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GenericErrorResponse | User]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateOwnUserRequest,
) -> User:
    """Change the calling user's own profile (their first name).

    Args:
        user_id (UUID | str): The user's id (a UUID).
        body (UpdateOwnUserRequest):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        User
    """

    return _rt.parsed(
        sync_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    user_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateOwnUserRequest,
) -> Response[GenericErrorResponse | User]:
    """Change the calling user's own profile (their first name).

    Args:
        user_id (UUID | str): The user's id (a UUID).
        body (UpdateOwnUserRequest):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GenericErrorResponse | User]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateOwnUserRequest,
) -> User:
    """Change the calling user's own profile (their first name).

    Args:
        user_id (UUID | str): The user's id (a UUID).
        body (UpdateOwnUserRequest):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        User
    """

    return _rt.parsed(
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    )
