from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.generic_error_response import GenericErrorResponse
from ...models.user_groups import UserGroups
from ...types import UNSET, Unset


def _get_kwargs(
    user_id: UUID,
    *,
    sub_groups: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sub_groups"] = sub_groups

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/authz2/v1/users/{path_segment(user_id)}/groups",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> GenericErrorResponse | UserGroups | None:
    if response.status_code == 200:
        response_200 = UserGroups.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GenericErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GenericErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GenericErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[GenericErrorResponse | UserGroups]:
    try:
        parsed = _parse_response(client=client, response=response)
    except BODY_ERRORS as exc:
        raise response_body_error(client, response, exc) from exc
    return Response(
        status_code=as_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    user_id: UUID,
    *,
    client: ClientLike,
    sub_groups: bool | Unset = UNSET,
) -> Response[GenericErrorResponse | UserGroups]:
    """
    Args:
        user_id (UUID):
        sub_groups (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    user_id: UUID,
    *,
    client: ClientLike,
    sub_groups: bool | Unset = UNSET,
) -> GenericErrorResponse | UserGroups | None:
    """
    Args:
        user_id (UUID):
        sub_groups (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenericErrorResponse | UserGroups
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        sub_groups=sub_groups,
    ).parsed


async def asyncio_detailed(
    user_id: UUID,
    *,
    client: ClientLike,
    sub_groups: bool | Unset = UNSET,
) -> Response[GenericErrorResponse | UserGroups]:
    """
    Args:
        user_id (UUID):
        sub_groups (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
    user_id: UUID,
    *,
    client: ClientLike,
    sub_groups: bool | Unset = UNSET,
) -> GenericErrorResponse | UserGroups | None:
    """
    Args:
        user_id (UUID):
        sub_groups (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenericErrorResponse | UserGroups
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            sub_groups=sub_groups,
        )
    ).parsed
