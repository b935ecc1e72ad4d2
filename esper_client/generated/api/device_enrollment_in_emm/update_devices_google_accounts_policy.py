from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_404_not_found import Error404NotFound
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.google_emm_device_policy_request import GoogleEMMDevicePolicyRequest
from ...models.update_devices_google_accounts_policy_response_200 import UpdateDevicesGoogleAccountsPolicyResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    device_id: UUID,
    *,
    body: GoogleEMMDevicePolicyRequest,
    is_provisioning: str | Unset = "false",
    is_converging: str | Unset = "false",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["is_provisioning"] = is_provisioning

    params["is_converging"] = is_converging

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/v2/devices/{path_segment(device_id)}/google-accounts/policy/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> (
    Error400BadData
    | Error401Unauthorized
    | Error404NotFound
    | Error500InternalServerError
    | UpdateDevicesGoogleAccountsPolicyResponse200
    | None
):
    if response.status_code == 200:
        response_200 = UpdateDevicesGoogleAccountsPolicyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error400BadData.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error401Unauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error404NotFound.from_dict(response.json())

        return response_404

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
    Error400BadData
    | Error401Unauthorized
    | Error404NotFound
    | Error500InternalServerError
    | UpdateDevicesGoogleAccountsPolicyResponse200
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
    body: GoogleEMMDevicePolicyRequest,
    is_provisioning: str | Unset = "false",
    is_converging: str | Unset = "false",
) -> Response[
    Error400BadData
    | Error401Unauthorized
    | Error404NotFound
    | Error500InternalServerError
    | UpdateDevicesGoogleAccountsPolicyResponse200
]:
    """
    Args:
        device_id (UUID):
        is_provisioning (str | Unset):  Default: 'false'.
        is_converging (str | Unset):  Default: 'false'.
        body (GoogleEMMDevicePolicyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error404NotFound | Error500InternalServerError | UpdateDevicesGoogleAccountsPolicyResponse200]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
        is_provisioning=is_provisioning,
        is_converging=is_converging,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: UUID,
    *,
    client: ClientLike,
    body: GoogleEMMDevicePolicyRequest,
    is_provisioning: str | Unset = "false",
    is_converging: str | Unset = "false",
) -> (
    Error400BadData
    | Error401Unauthorized
    | Error404NotFound
    | Error500InternalServerError
    | UpdateDevicesGoogleAccountsPolicyResponse200
    | None
):
    """
    Args:
        device_id (UUID):
        is_provisioning (str | Unset):  Default: 'false'.
        is_converging (str | Unset):  Default: 'false'.
        body (GoogleEMMDevicePolicyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error400BadData | Error401Unauthorized | Error404NotFound | Error500InternalServerError | UpdateDevicesGoogleAccountsPolicyResponse200
    """

    return sync_detailed(
        device_id=device_id,
        client=client,
        body=body,
        is_provisioning=is_provisioning,
        is_converging=is_converging,
    ).parsed


async def asyncio_detailed(
    device_id: UUID,
    *,
    client: ClientLike,
    body: GoogleEMMDevicePolicyRequest,
    is_provisioning: str | Unset = "false",
    is_converging: str | Unset = "false",
) -> Response[
    Error400BadData
    | Error401Unauthorized
    | Error404NotFound
    | Error500InternalServerError
    | UpdateDevicesGoogleAccountsPolicyResponse200
]:
    """
    Args:
        device_id (UUID):
        is_provisioning (str | Unset):  Default: 'false'.
        is_converging (str | Unset):  Default: 'false'.
        body (GoogleEMMDevicePolicyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error404NotFound | Error500InternalServerError | UpdateDevicesGoogleAccountsPolicyResponse200]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
        is_provisioning=is_provisioning,
        is_converging=is_converging,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: UUID,
    *,
    client: ClientLike,
    body: GoogleEMMDevicePolicyRequest,
    is_provisioning: str | Unset = "false",
    is_converging: str | Unset = "false",
) -> (
    Error400BadData
    | Error401Unauthorized
    | Error404NotFound
    | Error500InternalServerError
    | UpdateDevicesGoogleAccountsPolicyResponse200
    | None
):
    """
    Args:
        device_id (UUID):
        is_provisioning (str | Unset):  Default: 'false'.
        is_converging (str | Unset):  Default: 'false'.
        body (GoogleEMMDevicePolicyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error400BadData | Error401Unauthorized | Error404NotFound | Error500InternalServerError | UpdateDevicesGoogleAccountsPolicyResponse200
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            client=client,
            body=body,
            is_provisioning=is_provisioning,
            is_converging=is_converging,
        )
    ).parsed
