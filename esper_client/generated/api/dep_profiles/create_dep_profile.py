from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, response_body_error

from ... import errors
from ...models.create_dep_profile_response_200 import CreateDepProfileResponse200
from ...models.tenant_dep_profile_create_request import TenantDEPProfileCreateRequest
from ...models.tenant_error_400_bad_data import TenantError400BadData
from ...models.tenant_error_401_unauthorized import TenantError401Unauthorized
from ...models.tenant_error_500_internal_server_error import TenantError500InternalServerError
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: TenantDEPProfileCreateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tenant/v0/depprofiles/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> (
    CreateDepProfileResponse200
    | TenantError400BadData
    | TenantError401Unauthorized
    | TenantError500InternalServerError
    | None
):
    if response.status_code == 200:
        response_200 = CreateDepProfileResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TenantError400BadData.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = TenantError401Unauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = TenantError500InternalServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    CreateDepProfileResponse200 | TenantError400BadData | TenantError401Unauthorized | TenantError500InternalServerError
]:
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
    *,
    client: ClientLike,
    body: TenantDEPProfileCreateRequest | Unset = UNSET,
) -> Response[
    CreateDepProfileResponse200 | TenantError400BadData | TenantError401Unauthorized | TenantError500InternalServerError
]:
    """
    Args:
        body (TenantDEPProfileCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDepProfileResponse200 | TenantError400BadData | TenantError401Unauthorized | TenantError500InternalServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    body: TenantDEPProfileCreateRequest | Unset = UNSET,
) -> (
    CreateDepProfileResponse200
    | TenantError400BadData
    | TenantError401Unauthorized
    | TenantError500InternalServerError
    | None
):
    """
    Args:
        body (TenantDEPProfileCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDepProfileResponse200 | TenantError400BadData | TenantError401Unauthorized | TenantError500InternalServerError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: ClientLike,
    body: TenantDEPProfileCreateRequest | Unset = UNSET,
) -> Response[
    CreateDepProfileResponse200 | TenantError400BadData | TenantError401Unauthorized | TenantError500InternalServerError
]:
    """
    Args:
        body (TenantDEPProfileCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDepProfileResponse200 | TenantError400BadData | TenantError401Unauthorized | TenantError500InternalServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    body: TenantDEPProfileCreateRequest | Unset = UNSET,
) -> (
    CreateDepProfileResponse200
    | TenantError400BadData
    | TenantError401Unauthorized
    | TenantError500InternalServerError
    | None
):
    """
    Args:
        body (TenantDEPProfileCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDepProfileResponse200 | TenantError400BadData | TenantError401Unauthorized | TenantError500InternalServerError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
