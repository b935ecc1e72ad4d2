from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.get_blueprints_response_200 import GetBlueprintsResponse200
from ...models.get_blueprints_response_404 import GetBlueprintsResponse404


def _get_kwargs(
    blueprint_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/blueprints/{path_segment(blueprint_id)}/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetBlueprintsResponse200)),
        404: ("json", _rt.model(GetBlueprintsResponse404)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GetBlueprintsResponse200 | GetBlueprintsResponse404]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    blueprint_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[GetBlueprintsResponse200 | GetBlueprintsResponse404]:
    """Read one blueprint with its settings.

    Args:
        blueprint_id (UUID): The blueprint's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBlueprintsResponse200 | GetBlueprintsResponse404]
    """

    kwargs = _get_kwargs(
        blueprint_id=blueprint_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    blueprint_id: UUID | str,
    *,
    client: ClientLike,
) -> GetBlueprintsResponse200:
    """Read one blueprint with its settings.

    Args:
        blueprint_id (UUID): The blueprint's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBlueprintsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            blueprint_id=blueprint_id,
            client=client,
        )
    )


async def asyncio_detailed(
    blueprint_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[GetBlueprintsResponse200 | GetBlueprintsResponse404]:
    """Read one blueprint with its settings.

    Args:
        blueprint_id (UUID): The blueprint's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBlueprintsResponse200 | GetBlueprintsResponse404]
    """

    kwargs = _get_kwargs(
        blueprint_id=blueprint_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    blueprint_id: UUID | str,
    *,
    client: ClientLike,
) -> GetBlueprintsResponse200:
    """Read one blueprint with its settings.

    Args:
        blueprint_id (UUID): The blueprint's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBlueprintsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            blueprint_id=blueprint_id,
            client=client,
        )
    )
