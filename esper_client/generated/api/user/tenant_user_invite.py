from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.generic_error_response import GenericErrorResponse
from ...models.tenant_user_invite_create_response import TenantUserInviteCreateResponse
from ...models.tenant_user_invite_request import TenantUserInviteRequest


def _get_kwargs(
    enterprise_id: UUID | str,
    *,
    body: TenantUserInviteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/authn2/v0/tenant/{path_segment(enterprise_id)}/invite",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        201: ("json", _rt.model(TenantUserInviteCreateResponse)),
        400: ("json", _rt.model(GenericErrorResponse)),
        401: ("json", _rt.model(GenericErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GenericErrorResponse | TenantUserInviteCreateResponse]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    body: TenantUserInviteRequest,
) -> Response[GenericErrorResponse | TenantUserInviteCreateResponse]:
    """Invite someone by e-mail to join the tenant, with the role and groups they get.

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        body (TenantUserInviteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericErrorResponse | TenantUserInviteCreateResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    body: TenantUserInviteRequest,
) -> TenantUserInviteCreateResponse:
    """Invite someone by e-mail to join the tenant, with the role and groups they get.

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        body (TenantUserInviteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TenantUserInviteCreateResponse
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    body: TenantUserInviteRequest,
) -> Response[GenericErrorResponse | TenantUserInviteCreateResponse]:
    """Invite someone by e-mail to join the tenant, with the role and groups they get.

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        body (TenantUserInviteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericErrorResponse | TenantUserInviteCreateResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    body: TenantUserInviteRequest,
) -> TenantUserInviteCreateResponse:
    """Invite someone by e-mail to join the tenant, with the role and groups they get.

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        body (TenantUserInviteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TenantUserInviteCreateResponse
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            client=client,
            body=body,
        )
    )
