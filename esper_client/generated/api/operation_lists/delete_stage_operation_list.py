from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.delete_stage_operation_list_response_200 import DeleteStageOperationListResponse200
from ...models.error_401_unauthorized import Error401Unauthorized


def _get_kwargs(
    stage_id: UUID | str,
    operationlist_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/pipelines/v0/stages/{path_segment(stage_id)}/operationlists/{path_segment(operationlist_id)}/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(DeleteStageOperationListResponse200)),
        401: ("json", _rt.model(Error401Unauthorized)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[DeleteStageOperationListResponse200 | Error401Unauthorized]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    stage_id: UUID | str,
    operationlist_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[DeleteStageOperationListResponse200 | Error401Unauthorized]:
    """Remove an operation list from a pipeline stage.

    Args:
        stage_id (str): The stage's id (a UUID).
        operationlist_id (str): The operation list's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteStageOperationListResponse200 | Error401Unauthorized]
    """

    kwargs = _get_kwargs(
        stage_id=stage_id,
        operationlist_id=operationlist_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stage_id: UUID | str,
    operationlist_id: UUID | str,
    *,
    client: ClientLike,
) -> DeleteStageOperationListResponse200:
    """Remove an operation list from a pipeline stage.

    Args:
        stage_id (str): The stage's id (a UUID).
        operationlist_id (str): The operation list's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteStageOperationListResponse200
    """

    return _rt.parsed(
        sync_detailed(
            stage_id=stage_id,
            operationlist_id=operationlist_id,
            client=client,
        )
    )


async def asyncio_detailed(
    stage_id: UUID | str,
    operationlist_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[DeleteStageOperationListResponse200 | Error401Unauthorized]:
    """Remove an operation list from a pipeline stage.

    Args:
        stage_id (str): The stage's id (a UUID).
        operationlist_id (str): The operation list's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteStageOperationListResponse200 | Error401Unauthorized]
    """

    kwargs = _get_kwargs(
        stage_id=stage_id,
        operationlist_id=operationlist_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stage_id: UUID | str,
    operationlist_id: UUID | str,
    *,
    client: ClientLike,
) -> DeleteStageOperationListResponse200:
    """Remove an operation list from a pipeline stage.

    Args:
        stage_id (str): The stage's id (a UUID).
        operationlist_id (str): The operation list's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteStageOperationListResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            stage_id=stage_id,
            operationlist_id=operationlist_id,
            client=client,
        )
    )
