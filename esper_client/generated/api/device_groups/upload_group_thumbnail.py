from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.group_thumbnail import GroupThumbnail
from ...models.upload_group_thumbnail_body import UploadGroupThumbnailBody


def _get_kwargs(
    enterprise_id: UUID | str,
    *,
    body: UploadGroupThumbnailBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/enterprise/{path_segment(enterprise_id)}/devicegroup/thumbnail/",
    }

    _rt.multipart_body(_kwargs, body)

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GroupThumbnail)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[GroupThumbnail]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    body: UploadGroupThumbnailBody,
) -> Response[GroupThumbnail]:
    """Upload an image to use as a group thumbnail.

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        body (UploadGroupThumbnailBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupThumbnail]
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
    body: UploadGroupThumbnailBody,
) -> GroupThumbnail:
    """Upload an image to use as a group thumbnail.

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        body (UploadGroupThumbnailBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupThumbnail
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
    body: UploadGroupThumbnailBody,
) -> Response[GroupThumbnail]:
    """Upload an image to use as a group thumbnail.

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        body (UploadGroupThumbnailBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupThumbnail]
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
    body: UploadGroupThumbnailBody,
) -> GroupThumbnail:
    """Upload an image to use as a group thumbnail.

    Args:
        enterprise_id (UUID): The enterprise's id (a UUID).
        body (UploadGroupThumbnailBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupThumbnail
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            client=client,
            body=body,
        )
    )
