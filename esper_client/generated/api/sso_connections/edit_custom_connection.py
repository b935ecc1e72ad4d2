from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.custom_connection_request import CustomConnectionRequest
from ...models.custom_connection_response import CustomConnectionResponse
from ...models.error_response import ErrorResponse
from ...models.generic_error_response import GenericErrorResponse


def _get_kwargs(
    enterprise_id: UUID,
    connection_id: UUID,
    *,
    body: CustomConnectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/authn2/v0/tenant/{path_segment(enterprise_id)}/connection/{path_segment(connection_id)}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> CustomConnectionResponse | ErrorResponse | GenericErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomConnectionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GenericErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GenericErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[CustomConnectionResponse | ErrorResponse | GenericErrorResponse]:
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
    connection_id: UUID,
    *,
    client: ClientLike,
    body: CustomConnectionRequest,
) -> Response[CustomConnectionResponse | ErrorResponse | GenericErrorResponse]:
    """
    Args:
        enterprise_id (UUID):
        connection_id (UUID):
        body (CustomConnectionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomConnectionResponse | ErrorResponse | GenericErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        connection_id=connection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID,
    connection_id: UUID,
    *,
    client: ClientLike,
    body: CustomConnectionRequest,
) -> CustomConnectionResponse | ErrorResponse | GenericErrorResponse | None:
    """
    Args:
        enterprise_id (UUID):
        connection_id (UUID):
        body (CustomConnectionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomConnectionResponse | ErrorResponse | GenericErrorResponse
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        connection_id=connection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    enterprise_id: UUID,
    connection_id: UUID,
    *,
    client: ClientLike,
    body: CustomConnectionRequest,
) -> Response[CustomConnectionResponse | ErrorResponse | GenericErrorResponse]:
    """
    Args:
        enterprise_id (UUID):
        connection_id (UUID):
        body (CustomConnectionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomConnectionResponse | ErrorResponse | GenericErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        connection_id=connection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID,
    connection_id: UUID,
    *,
    client: ClientLike,
    body: CustomConnectionRequest,
) -> CustomConnectionResponse | ErrorResponse | GenericErrorResponse | None:
    """
    Args:
        enterprise_id (UUID):
        connection_id (UUID):
        body (CustomConnectionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomConnectionResponse | ErrorResponse | GenericErrorResponse
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            connection_id=connection_id,
            client=client,
            body=body,
        )
    ).parsed
