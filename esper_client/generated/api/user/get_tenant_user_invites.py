from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.generic_error_response import GenericErrorResponse
from ...models.get_tenant_user_invites_response_201 import GetTenantUserInvitesResponse201


def _get_kwargs(
    enterprise_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/authn2/v0/tenant/{path_segment(enterprise_id)}/invite",
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> GenericErrorResponse | GetTenantUserInvitesResponse201 | None:
    if response.status_code == 201:
        response_201 = GetTenantUserInvitesResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = GenericErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GenericErrorResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GenericErrorResponse | GetTenantUserInvitesResponse201]:
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
    enterprise_id: UUID,
    *,
    client: ClientLike,
) -> Response[GenericErrorResponse | GetTenantUserInvitesResponse201]:
    """
    Args:
        enterprise_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericErrorResponse | GetTenantUserInvitesResponse201]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID,
    *,
    client: ClientLike,
) -> GenericErrorResponse | GetTenantUserInvitesResponse201 | None:
    """
    Args:
        enterprise_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenericErrorResponse | GetTenantUserInvitesResponse201
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    enterprise_id: UUID,
    *,
    client: ClientLike,
) -> Response[GenericErrorResponse | GetTenantUserInvitesResponse201]:
    """
    Args:
        enterprise_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericErrorResponse | GetTenantUserInvitesResponse201]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID,
    *,
    client: ClientLike,
) -> GenericErrorResponse | GetTenantUserInvitesResponse201 | None:
    """
    Args:
        enterprise_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenericErrorResponse | GetTenantUserInvitesResponse201
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            client=client,
        )
    ).parsed
