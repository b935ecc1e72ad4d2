from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.blueprint import Blueprint
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID,
    group_id: UUID,
    blueprint_id: UUID,
    *,
    body: Blueprint,
    without_details: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["without_details"] = without_details

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/enterprise/{path_segment(enterprise_id)}/devicegroup/{path_segment(group_id)}/blueprint/{path_segment(blueprint_id)}/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> Blueprint | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Blueprint.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[Blueprint | ErrorResponse]:
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
    group_id: UUID,
    blueprint_id: UUID,
    *,
    client: ClientLike,
    body: Blueprint,
    without_details: bool | Unset = UNSET,
) -> Response[Blueprint | ErrorResponse]:
    """
    Args:
        enterprise_id (UUID):
        group_id (UUID):
        blueprint_id (UUID):
        without_details (bool | Unset):
        body (Blueprint):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Blueprint | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        group_id=group_id,
        blueprint_id=blueprint_id,
        body=body,
        without_details=without_details,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID,
    group_id: UUID,
    blueprint_id: UUID,
    *,
    client: ClientLike,
    body: Blueprint,
    without_details: bool | Unset = UNSET,
) -> Blueprint | ErrorResponse | None:
    """
    Args:
        enterprise_id (UUID):
        group_id (UUID):
        blueprint_id (UUID):
        without_details (bool | Unset):
        body (Blueprint):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Blueprint | ErrorResponse
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        group_id=group_id,
        blueprint_id=blueprint_id,
        client=client,
        body=body,
        without_details=without_details,
    ).parsed


async def asyncio_detailed(
    enterprise_id: UUID,
    group_id: UUID,
    blueprint_id: UUID,
    *,
    client: ClientLike,
    body: Blueprint,
    without_details: bool | Unset = UNSET,
) -> Response[Blueprint | ErrorResponse]:
    """
    Args:
        enterprise_id (UUID):
        group_id (UUID):
        blueprint_id (UUID):
        without_details (bool | Unset):
        body (Blueprint):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Blueprint | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        group_id=group_id,
        blueprint_id=blueprint_id,
        body=body,
        without_details=without_details,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID,
    group_id: UUID,
    blueprint_id: UUID,
    *,
    client: ClientLike,
    body: Blueprint,
    without_details: bool | Unset = UNSET,
) -> Blueprint | ErrorResponse | None:
    """
    Args:
        enterprise_id (UUID):
        group_id (UUID):
        blueprint_id (UUID):
        without_details (bool | Unset):
        body (Blueprint):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Blueprint | ErrorResponse
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            group_id=group_id,
            blueprint_id=blueprint_id,
            client=client,
            body=body,
            without_details=without_details,
        )
    ).parsed
