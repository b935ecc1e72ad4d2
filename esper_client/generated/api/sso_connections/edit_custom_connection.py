from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.custom_connection_request import CustomConnectionRequest
from ...models.custom_connection_response import CustomConnectionResponse
from ...models.error_response import ErrorResponse
from ...models.generic_error_response import GenericErrorResponse


def _get_kwargs(
    enterprise_id: UUID | str,
    connection_id: UUID | str,
    *,
    body: CustomConnectionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/authn2/v0/tenant/{path_segment(enterprise_id)}/connection/{path_segment(connection_id)}",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(CustomConnectionResponse)),
        400: ("json", _rt.model(GenericErrorResponse)),
        401: ("json", _rt.model(GenericErrorResponse)),
        403: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[CustomConnectionResponse | ErrorResponse | GenericErrorResponse]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    connection_id: UUID | str,
    *,
    client: ClientLike,
    body: CustomConnectionRequest,
) -> Response[CustomConnectionResponse | ErrorResponse | GenericErrorResponse]:
    """Replace the settings of a custom SAML or OIDC single sign-on connection.

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        connection_id (UUID): The connection's id (a UUID).
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
    enterprise_id: UUID | str,
    connection_id: UUID | str,
    *,
    client: ClientLike,
    body: CustomConnectionRequest,
) -> CustomConnectionResponse:
    """Replace the settings of a custom SAML or OIDC single sign-on connection.

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        connection_id (UUID): The connection's id (a UUID).
        body (CustomConnectionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomConnectionResponse
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            connection_id=connection_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    connection_id: UUID | str,
    *,
    client: ClientLike,
    body: CustomConnectionRequest,
) -> Response[CustomConnectionResponse | ErrorResponse | GenericErrorResponse]:
    """Replace the settings of a custom SAML or OIDC single sign-on connection.

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        connection_id (UUID): The connection's id (a UUID).
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
    enterprise_id: UUID | str,
    connection_id: UUID | str,
    *,
    client: ClientLike,
    body: CustomConnectionRequest,
) -> CustomConnectionResponse:
    """Replace the settings of a custom SAML or OIDC single sign-on connection.

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        connection_id (UUID): The connection's id (a UUID).
        body (CustomConnectionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomConnectionResponse
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            connection_id=connection_id,
            client=client,
            body=body,
        )
    )
