from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.blueprint import Blueprint
from ...models.error_response import ErrorResponse
from ...models.upload_blueprint_body import UploadBlueprintBody


def _get_kwargs(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    *,
    body: UploadBlueprintBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/enterprise/{path_segment(enterprise_id)}/devicegroup/{path_segment(group_id)}/blueprint/upload/",
    }

    _rt.multipart_body(_kwargs, body)

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        201: ("json", _rt.model(Blueprint)),
        400: ("json", _rt.model(ErrorResponse)),
        401: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[Blueprint | ErrorResponse]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    *,
    client: ClientLike,
    body: UploadBlueprintBody,
) -> Response[Blueprint | ErrorResponse]:
    """Create a group's blueprint from an uploaded JSON file (old group-based API, being retired).

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        group_id (UUID): The device group's id (a UUID).
        body (UploadBlueprintBody):

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
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    *,
    client: ClientLike,
    body: UploadBlueprintBody,
) -> Blueprint:
    """Create a group's blueprint from an uploaded JSON file (old group-based API, being retired).

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        group_id (UUID): The device group's id (a UUID).
        body (UploadBlueprintBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Blueprint
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            group_id=group_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    *,
    client: ClientLike,
    body: UploadBlueprintBody,
) -> Response[Blueprint | ErrorResponse]:
    """Create a group's blueprint from an uploaded JSON file (old group-based API, being retired).

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        group_id (UUID): The device group's id (a UUID).
        body (UploadBlueprintBody):

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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    *,
    client: ClientLike,
    body: UploadBlueprintBody,
) -> Blueprint:
    """Create a group's blueprint from an uploaded JSON file (old group-based API, being retired).

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        group_id (UUID): The device group's id (a UUID).
        body (UploadBlueprintBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Blueprint
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            group_id=group_id,
            client=client,
            body=body,
        )
    )
