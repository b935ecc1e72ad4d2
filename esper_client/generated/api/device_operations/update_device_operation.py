from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_404_not_found import Error404NotFound
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.update_device_operation_body import UpdateDeviceOperationBody
from ...models.update_device_operation_response_200 import UpdateDeviceOperationResponse200


def _get_kwargs(
    operations_id: UUID,
    device_id: UUID,
    *,
    body: UpdateDeviceOperationBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/v0/operations/{path_segment(operations_id)}/devices/{path_segment(device_id)}/",
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
    | UpdateDeviceOperationResponse200
    | None
):
    if response.status_code == 200:
        response_200 = UpdateDeviceOperationResponse200.from_dict(response.json())

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
    | UpdateDeviceOperationResponse200
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
    operations_id: UUID,
    device_id: UUID,
    *,
    client: ClientLike,
    body: UpdateDeviceOperationBody,
) -> Response[
    Error400BadData
    | Error401Unauthorized
    | Error404NotFound
    | Error500InternalServerError
    | UpdateDeviceOperationResponse200
]:
    """Change the record of one operation on one device.

    Args:
        operations_id (UUID):
        device_id (UUID):
        body (UpdateDeviceOperationBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error404NotFound | Error500InternalServerError | UpdateDeviceOperationResponse200]
    """

    kwargs = _get_kwargs(
        operations_id=operations_id,
        device_id=device_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    operations_id: UUID,
    device_id: UUID,
    *,
    client: ClientLike,
    body: UpdateDeviceOperationBody,
) -> (
    Error400BadData
    | Error401Unauthorized
    | Error404NotFound
    | Error500InternalServerError
    | UpdateDeviceOperationResponse200
    | None
):
    """Change the record of one operation on one device.

    Args:
        operations_id (UUID):
        device_id (UUID):
        body (UpdateDeviceOperationBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error400BadData | Error401Unauthorized | Error404NotFound | Error500InternalServerError | UpdateDeviceOperationResponse200
    """

    return sync_detailed(
        operations_id=operations_id,
        device_id=device_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    operations_id: UUID,
    device_id: UUID,
    *,
    client: ClientLike,
    body: UpdateDeviceOperationBody,
) -> Response[
    Error400BadData
    | Error401Unauthorized
    | Error404NotFound
    | Error500InternalServerError
    | UpdateDeviceOperationResponse200
]:
    """Change the record of one operation on one device.

    Args:
        operations_id (UUID):
        device_id (UUID):
        body (UpdateDeviceOperationBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error400BadData | Error401Unauthorized | Error404NotFound | Error500InternalServerError | UpdateDeviceOperationResponse200]
    """

    kwargs = _get_kwargs(
        operations_id=operations_id,
        device_id=device_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    operations_id: UUID,
    device_id: UUID,
    *,
    client: ClientLike,
    body: UpdateDeviceOperationBody,
) -> (
    Error400BadData
    | Error401Unauthorized
    | Error404NotFound
    | Error500InternalServerError
    | UpdateDeviceOperationResponse200
    | None
):
    """Change the record of one operation on one device.

    Args:
        operations_id (UUID):
        device_id (UUID):
        body (UpdateDeviceOperationBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error400BadData | Error401Unauthorized | Error404NotFound | Error500InternalServerError | UpdateDeviceOperationResponse200
    """

    return (
        await asyncio_detailed(
            operations_id=operations_id,
            device_id=device_id,
            client=client,
            body=body,
        )
    ).parsed
