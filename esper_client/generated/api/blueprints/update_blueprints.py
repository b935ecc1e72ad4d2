from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.blueprint_v2_put import BlueprintV2Put
from ...models.update_blueprints_response_200 import UpdateBlueprintsResponse200
from ...models.update_blueprints_response_400 import UpdateBlueprintsResponse400
from ...models.update_blueprints_response_404 import UpdateBlueprintsResponse404


def _get_kwargs(
    blueprint_id: UUID,
    *,
    body: BlueprintV2Put,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/v2/blueprints/{path_segment(blueprint_id)}/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> UpdateBlueprintsResponse200 | UpdateBlueprintsResponse400 | UpdateBlueprintsResponse404 | None:
    if response.status_code == 200:
        response_200 = UpdateBlueprintsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateBlueprintsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = UpdateBlueprintsResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[UpdateBlueprintsResponse200 | UpdateBlueprintsResponse400 | UpdateBlueprintsResponse404]:
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
    *,
    client: ClientLike,
    body: BlueprintV2Put,
) -> Response[UpdateBlueprintsResponse200 | UpdateBlueprintsResponse400 | UpdateBlueprintsResponse404]:
    """
    Args:
        blueprint_id (UUID):
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
    blueprint_id: UUID,
    *,
    client: ClientLike,
    body: BlueprintV2Put,
) -> UpdateBlueprintsResponse200 | UpdateBlueprintsResponse400 | UpdateBlueprintsResponse404 | None:
    """
    Args:
        blueprint_id (UUID):
        body (BlueprintV2Put):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateBlueprintsResponse200 | UpdateBlueprintsResponse400 | UpdateBlueprintsResponse404
    """

    return sync_detailed(
        blueprint_id=blueprint_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    blueprint_id: UUID,
    *,
    client: ClientLike,
    body: BlueprintV2Put,
) -> Response[UpdateBlueprintsResponse200 | UpdateBlueprintsResponse400 | UpdateBlueprintsResponse404]:
    """
    Args:
        blueprint_id (UUID):
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
    blueprint_id: UUID,
    *,
    client: ClientLike,
    body: BlueprintV2Put,
) -> UpdateBlueprintsResponse200 | UpdateBlueprintsResponse400 | UpdateBlueprintsResponse404 | None:
    """
    Args:
        blueprint_id (UUID):
        body (BlueprintV2Put):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateBlueprintsResponse200 | UpdateBlueprintsResponse400 | UpdateBlueprintsResponse404
    """

    return (
        await asyncio_detailed(
            blueprint_id=blueprint_id,
            client=client,
            body=body,
        )
    ).parsed
