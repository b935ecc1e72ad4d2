from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.delete_blueprints_response_404 import DeleteBlueprintsResponse404


def _get_kwargs(
    blueprint_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/v2/blueprints/{path_segment(blueprint_id)}/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        204: ("none", None),
        404: ("json", _rt.model(DeleteBlueprintsResponse404)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[Any | DeleteBlueprintsResponse404]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    blueprint_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[Any | DeleteBlueprintsResponse404]:
    """Remove a blueprint.

    Args:
        blueprint_id (UUID): The blueprint's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteBlueprintsResponse404]
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
) -> None:
    """Remove a blueprint.

    Args:
        blueprint_id (UUID): The blueprint's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
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
) -> Response[Any | DeleteBlueprintsResponse404]:
    """Remove a blueprint.

    Args:
        blueprint_id (UUID): The blueprint's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteBlueprintsResponse404]
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
) -> None:
    """Remove a blueprint.

    Args:
        blueprint_id (UUID): The blueprint's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _rt.parsed(
        await asyncio_detailed(
            blueprint_id=blueprint_id,
            client=client,
        )
    )
