from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.get_blueprints_versions_response_200 import GetBlueprintsVersionsResponse200
from ...models.get_blueprints_versions_response_404 import GetBlueprintsVersionsResponse404


def _get_kwargs(
    blueprint_id: UUID,
    version_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/blueprints/{path_segment(blueprint_id)}/versions/{path_segment(version_id)}/",
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> GetBlueprintsVersionsResponse200 | GetBlueprintsVersionsResponse404 | None:
    if response.status_code == 200:
        response_200 = GetBlueprintsVersionsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = GetBlueprintsVersionsResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GetBlueprintsVersionsResponse200 | GetBlueprintsVersionsResponse404]:
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
    blueprint_id: UUID,
    version_id: UUID,
    *,
    client: ClientLike,
) -> Response[GetBlueprintsVersionsResponse200 | GetBlueprintsVersionsResponse404]:
    """
    Args:
        blueprint_id (UUID):
        version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBlueprintsVersionsResponse200 | GetBlueprintsVersionsResponse404]
    """

    kwargs = _get_kwargs(
        blueprint_id=blueprint_id,
        version_id=version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    blueprint_id: UUID,
    version_id: UUID,
    *,
    client: ClientLike,
) -> GetBlueprintsVersionsResponse200 | GetBlueprintsVersionsResponse404 | None:
    """
    Args:
        blueprint_id (UUID):
        version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBlueprintsVersionsResponse200 | GetBlueprintsVersionsResponse404
    """

    return sync_detailed(
        blueprint_id=blueprint_id,
        version_id=version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    blueprint_id: UUID,
    version_id: UUID,
    *,
    client: ClientLike,
) -> Response[GetBlueprintsVersionsResponse200 | GetBlueprintsVersionsResponse404]:
    """
    Args:
        blueprint_id (UUID):
        version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBlueprintsVersionsResponse200 | GetBlueprintsVersionsResponse404]
    """

    kwargs = _get_kwargs(
        blueprint_id=blueprint_id,
        version_id=version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    blueprint_id: UUID,
    version_id: UUID,
    *,
    client: ClientLike,
) -> GetBlueprintsVersionsResponse200 | GetBlueprintsVersionsResponse404 | None:
    """
    Args:
        blueprint_id (UUID):
        version_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBlueprintsVersionsResponse200 | GetBlueprintsVersionsResponse404
    """

    return (
        await asyncio_detailed(
            blueprint_id=blueprint_id,
            version_id=version_id,
            client=client,
        )
    ).parsed
