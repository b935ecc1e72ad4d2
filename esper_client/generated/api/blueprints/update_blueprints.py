from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.blueprint_v2_put import BlueprintV2Put
from ...models.update_blueprints_response_200 import UpdateBlueprintsResponse200
from ...models.update_blueprints_response_400 import UpdateBlueprintsResponse400
from ...models.update_blueprints_response_404 import UpdateBlueprintsResponse404


def _get_kwargs(
    blueprint_id: UUID | str,
    *,
    body: BlueprintV2Put,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/v2/blueprints/{path_segment(blueprint_id)}/",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(UpdateBlueprintsResponse200)),
        400: ("json", _rt.model(UpdateBlueprintsResponse400)),
        404: ("json", _rt.model(UpdateBlueprintsResponse404)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[UpdateBlueprintsResponse200 | UpdateBlueprintsResponse400 | UpdateBlueprintsResponse404]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    blueprint_id: UUID | str,
    *,
    client: ClientLike,
    body: BlueprintV2Put,
) -> Response[UpdateBlueprintsResponse200 | UpdateBlueprintsResponse400 | UpdateBlueprintsResponse404]:
    """Replace a blueprint's name, description and settings; publish says whether the change is published.

    Args:
        blueprint_id (UUID): The blueprint's id (a UUID).
        body (BlueprintV2Put):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateBlueprintsResponse200 | UpdateBlueprintsResponse400 | UpdateBlueprintsResponse404]
    """

    kwargs = _get_kwargs(
        blueprint_id=blueprint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    blueprint_id: UUID | str,
    *,
    client: ClientLike,
    body: BlueprintV2Put,
) -> UpdateBlueprintsResponse200:
    """Replace a blueprint's name, description and settings; publish says whether the change is published.

    Args:
        blueprint_id (UUID): The blueprint's id (a UUID).
        body (BlueprintV2Put):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateBlueprintsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            blueprint_id=blueprint_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    blueprint_id: UUID | str,
    *,
    client: ClientLike,
    body: BlueprintV2Put,
) -> Response[UpdateBlueprintsResponse200 | UpdateBlueprintsResponse400 | UpdateBlueprintsResponse404]:
    """Replace a blueprint's name, description and settings; publish says whether the change is published.

    Args:
        blueprint_id (UUID): The blueprint's id (a UUID).
        body (BlueprintV2Put):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateBlueprintsResponse200 | UpdateBlueprintsResponse400 | UpdateBlueprintsResponse404]
    """

    kwargs = _get_kwargs(
        blueprint_id=blueprint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    blueprint_id: UUID | str,
    *,
    client: ClientLike,
    body: BlueprintV2Put,
) -> UpdateBlueprintsResponse200:
    """Replace a blueprint's name, description and settings; publish says whether the change is published.

    Args:
        blueprint_id (UUID): The blueprint's id (a UUID).
        body (BlueprintV2Put):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateBlueprintsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            blueprint_id=blueprint_id,
            client=client,
            body=body,
        )
    )
