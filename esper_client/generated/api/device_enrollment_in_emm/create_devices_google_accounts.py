from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.create_devices_google_accounts_response_200 import CreateDevicesGoogleAccountsResponse200
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_404_not_found import Error404NotFound
from ...models.error_409_conflict import Error409Conflict
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.google_account import GoogleAccount
from ...types import UNSET, Unset


def _get_kwargs(
    device_id: UUID,
    *,
    body: GoogleAccount | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v2/devices/{path_segment(device_id)}/google-accounts/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> (
    CreateDevicesGoogleAccountsResponse200
    | Error401Unauthorized
    | Error404NotFound
    | Error409Conflict
    | Error500InternalServerError
    | None
):
    if response.status_code == 200:
        response_200 = CreateDevicesGoogleAccountsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error401Unauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error404NotFound.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error409Conflict.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = Error500InternalServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    CreateDevicesGoogleAccountsResponse200
    | Error401Unauthorized
    | Error404NotFound
    | Error409Conflict
    | Error500InternalServerError
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
    device_id: UUID,
    *,
    client: ClientLike,
    body: GoogleAccount | Unset = UNSET,
) -> Response[
    CreateDevicesGoogleAccountsResponse200
    | Error401Unauthorized
    | Error404NotFound
    | Error409Conflict
    | Error500InternalServerError
]:
    """
    Args:
        device_id (UUID):
        body (GoogleAccount | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDevicesGoogleAccountsResponse200 | Error401Unauthorized | Error404NotFound | Error409Conflict | Error500InternalServerError]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: UUID,
    *,
    client: ClientLike,
    body: GoogleAccount | Unset = UNSET,
) -> (
    CreateDevicesGoogleAccountsResponse200
    | Error401Unauthorized
    | Error404NotFound
    | Error409Conflict
    | Error500InternalServerError
    | None
):
    """
    Args:
        device_id (UUID):
        body (GoogleAccount | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDevicesGoogleAccountsResponse200 | Error401Unauthorized | Error404NotFound | Error409Conflict | Error500InternalServerError
    """

    return sync_detailed(
        device_id=device_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    device_id: UUID,
    *,
    client: ClientLike,
    body: GoogleAccount | Unset = UNSET,
) -> Response[
    CreateDevicesGoogleAccountsResponse200
    | Error401Unauthorized
    | Error404NotFound
    | Error409Conflict
    | Error500InternalServerError
]:
    """
    Args:
        device_id (UUID):
        body (GoogleAccount | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDevicesGoogleAccountsResponse200 | Error401Unauthorized | Error404NotFound | Error409Conflict | Error500InternalServerError]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: UUID,
    *,
    client: ClientLike,
    body: GoogleAccount | Unset = UNSET,
) -> (
    CreateDevicesGoogleAccountsResponse200
    | Error401Unauthorized
    | Error404NotFound
    | Error409Conflict
    | Error500InternalServerError
    | None
):
    """
    Args:
        device_id (UUID):
        body (GoogleAccount | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDevicesGoogleAccountsResponse200 | Error401Unauthorized | Error404NotFound | Error409Conflict | Error500InternalServerError
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            client=client,
            body=body,
        )
    ).parsed
