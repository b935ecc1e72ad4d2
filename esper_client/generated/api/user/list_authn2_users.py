from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.generic_error_response import GenericErrorResponse
from ...models.users_list_response import UsersListResponse
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    legacy_user_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["legacy_user_id"] = legacy_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/authn2/v1/users/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(UsersListResponse)),
        400: ("json", _rt.model(GenericErrorResponse)),
        401: ("json", _rt.model(GenericErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GenericErrorResponse | UsersListResponse]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    legacy_user_id: int | Unset = UNSET,
) -> Response[GenericErrorResponse | UsersListResponse]:
    """List the tenant's users.

    Args:
        legacy_user_id (int | Unset): Only the user with this id from the older user API (an
            integer).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GenericErrorResponse | UsersListResponse]
    """

    kwargs = _get_kwargs(
        legacy_user_id=legacy_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    legacy_user_id: int | Unset = UNSET,
) -> UsersListResponse:
    """List the tenant's users.

    Args:
        legacy_user_id (int | Unset): Only the user with this id from the older user API (an
            integer).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        UsersListResponse
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            legacy_user_id=legacy_user_id,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    legacy_user_id: int | Unset = UNSET,
) -> Response[GenericErrorResponse | UsersListResponse]:
    """List the tenant's users.

    Args:
        legacy_user_id (int | Unset): Only the user with this id from the older user API (an
            integer).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GenericErrorResponse | UsersListResponse]
    """

    kwargs = _get_kwargs(
        legacy_user_id=legacy_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    legacy_user_id: int | Unset = UNSET,
) -> UsersListResponse:
    """List the tenant's users.

    Args:
        legacy_user_id (int | Unset): Only the user with this id from the older user API (an
            integer).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        UsersListResponse
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            legacy_user_id=legacy_user_id,
        )
    )
