from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.add_stage_target_list_response_200 import AddStageTargetListResponse200
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.stage_target_list_post import StageTargetListPOST


def _get_kwargs(
    stage_id: UUID | str,
    *,
    body: StageTargetListPOST,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/pipelines/v0/stages/{path_segment(stage_id)}/targetlists/",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(AddStageTargetListResponse200)),
        401: ("json", _rt.model(Error401Unauthorized)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[AddStageTargetListResponse200 | Error401Unauthorized]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    stage_id: UUID | str,
    *,
    client: ClientLike,
    body: StageTargetListPOST,
) -> Response[AddStageTargetListResponse200 | Error401Unauthorized]:
    """Attach one of the pipeline's target lists to a stage, so the stage runs on its devices.

    Args:
        stage_id (str): The stage's id (a UUID).
        body (StageTargetListPOST):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddStageTargetListResponse200 | Error401Unauthorized]
    """

    kwargs = _get_kwargs(
        stage_id=stage_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stage_id: UUID | str,
    *,
    client: ClientLike,
    body: StageTargetListPOST,
) -> AddStageTargetListResponse200:
    """Attach one of the pipeline's target lists to a stage, so the stage runs on its devices.

    Args:
        stage_id (str): The stage's id (a UUID).
        body (StageTargetListPOST):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddStageTargetListResponse200
    """

    return _rt.parsed(
        sync_detailed(
            stage_id=stage_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    stage_id: UUID | str,
    *,
    client: ClientLike,
    body: StageTargetListPOST,
) -> Response[AddStageTargetListResponse200 | Error401Unauthorized]:
    """Attach one of the pipeline's target lists to a stage, so the stage runs on its devices.

    Args:
        stage_id (str): The stage's id (a UUID).
        body (StageTargetListPOST):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddStageTargetListResponse200 | Error401Unauthorized]
    """

    kwargs = _get_kwargs(
        stage_id=stage_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stage_id: UUID | str,
    *,
    client: ClientLike,
    body: StageTargetListPOST,
) -> AddStageTargetListResponse200:
    """Attach one of the pipeline's target lists to a stage, so the stage runs on its devices.

    Args:
        stage_id (str): The stage's id (a UUID).
        body (StageTargetListPOST):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddStageTargetListResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            stage_id=stage_id,
            client=client,
            body=body,
        )
    )
