from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.generic_error_response import GenericErrorResponse
from ...models.user_groups import UserGroups
from ...types import UNSET, Unset


def _get_kwargs(
    user_id: UUID | str,
    *,
    sub_groups: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sub_groups"] = sub_groups

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/authz2/v1/users/{path_segment(user_id)}/groups",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(UserGroups)),
        400: ("json", _rt.model(GenericErrorResponse)),
        401: ("json", _rt.model(GenericErrorResponse)),
        403: ("json", _rt.model(GenericErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[GenericErrorResponse | UserGroups]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    user_id: UUID | str,
    *,
    client: ClientLike,
    sub_groups: bool | Unset = UNSET,
) -> Response[GenericErrorResponse | UserGroups]:
    """List the device groups a user has access to.

    Args:
        user_id (UUID | str): The user's id (a UUID).
        sub_groups (bool | Unset): True to list the subgroups of those groups too (access to a
            group covers its subgroups).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GenericErrorResponse | UserGroups]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        sub_groups=sub_groups,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: UUID | str,
    *,
    client: ClientLike,
    sub_groups: bool | Unset = UNSET,
) -> UserGroups:
    """List the device groups a user has access to.

    Args:
        user_id (UUID | str): The user's id (a UUID).
        sub_groups (bool | Unset): True to list the subgroups of those groups too (access to a
            group covers its subgroups).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        UserGroups
    """

    return _rt.parsed(
        sync_detailed(
            user_id=user_id,
            client=client,
            sub_groups=sub_groups,
        )
    )


async def asyncio_detailed(
    user_id: UUID | str,
    *,
    client: ClientLike,
    sub_groups: bool | Unset = UNSET,
) -> Response[GenericErrorResponse | UserGroups]:
    """List the device groups a user has access to.

    Args:
        user_id (UUID | str): The user's id (a UUID).
        sub_groups (bool | Unset): True to list the subgroups of those groups too (access to a
            group covers its subgroups).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GenericErrorResponse | UserGroups]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        sub_groups=sub_groups,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: UUID | str,
    *,
    client: ClientLike,
    sub_groups: bool | Unset = UNSET,
) -> UserGroups:
    """List the device groups a user has access to.

    Args:
        user_id (UUID | str): The user's id (a UUID).
        sub_groups (bool | Unset): True to list the subgroups of those groups too (access to a
            group covers its subgroups).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        UserGroups
    """

    return _rt.parsed(
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            sub_groups=sub_groups,
        )
    )
