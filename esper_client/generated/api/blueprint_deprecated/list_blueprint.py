from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ...models.error_response import ErrorResponse
from ...models.list_blueprint_response_200 import ListBlueprintResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID,
    group_id: UUID,
    *,
    without_details: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["without_details"] = without_details

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/enterprise/{path_segment(enterprise_id)}/devicegroup/{path_segment(group_id)}/blueprint/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> ErrorResponse | ListBlueprintResponse200:
    if response.status_code == 200:
        response_200 = ListBlueprintResponse200.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | ListBlueprintResponse200]:
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
    *,
    client: ClientLike,
    without_details: bool | Unset = UNSET,
) -> Response[ErrorResponse | ListBlueprintResponse200]:
    """
    Args:
        enterprise_id (UUID):
        group_id (UUID):
        without_details (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListBlueprintResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        group_id=group_id,
        without_details=without_details,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID,
    group_id: UUID,
    *,
    client: ClientLike,
    without_details: bool | Unset = UNSET,
) -> ErrorResponse | ListBlueprintResponse200 | None:
    """
    Args:
        enterprise_id (UUID):
        group_id (UUID):
        without_details (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListBlueprintResponse200
    """

    return sync_detailed(
        enterprise_id=enterprise_id,
        group_id=group_id,
        client=client,
        without_details=without_details,
    ).parsed


async def asyncio_detailed(
    enterprise_id: UUID,
    group_id: UUID,
    *,
    client: ClientLike,
    without_details: bool | Unset = UNSET,
) -> Response[ErrorResponse | ListBlueprintResponse200]:
    """
    Args:
        enterprise_id (UUID):
        group_id (UUID):
        without_details (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListBlueprintResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        group_id=group_id,
        without_details=without_details,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID,
    group_id: UUID,
    *,
    client: ClientLike,
    without_details: bool | Unset = UNSET,
) -> ErrorResponse | ListBlueprintResponse200 | None:
    """
    Args:
        enterprise_id (UUID):
        group_id (UUID):
        without_details (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListBlueprintResponse200
    """

    return (
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            group_id=group_id,
            client=client,
            without_details=without_details,
        )
    ).parsed
