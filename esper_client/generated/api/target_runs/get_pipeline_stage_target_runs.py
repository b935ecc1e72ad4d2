from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.get_pipeline_stage_target_runs_ordering import (
    GetPipelineStageTargetRunsOrdering,
)
from ...models.get_pipeline_stage_target_runs_response_200 import GetPipelineStageTargetRunsResponse200
from ...models.get_pipeline_stage_target_runs_status import (
    GetPipelineStageTargetRunsStatus,
)
from ...types import UNSET, Unset


def _get_kwargs(
    stage_run_id: UUID | str,
    *,
    status: GetPipelineStageTargetRunsStatus | Unset = UNSET,
    stage_run_operation_id: UUID | Unset = UNSET,
    ordering: GetPipelineStageTargetRunsOrdering | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_stage_run_operation_id: str | Unset = UNSET
    if not isinstance(stage_run_operation_id, Unset):
        json_stage_run_operation_id = str(stage_run_operation_id)
    params["stage_run_operation_id"] = json_stage_run_operation_id

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering

    params["ordering"] = json_ordering

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/pipelines/v0/stageruns/{path_segment(stage_run_id)}/targetruns/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetPipelineStageTargetRunsResponse200)),
        401: ("json", _rt.model(Error401Unauthorized)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error401Unauthorized | GetPipelineStageTargetRunsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    stage_run_id: UUID | str,
    *,
    client: ClientLike,
    status: GetPipelineStageTargetRunsStatus | Unset = UNSET,
    stage_run_operation_id: UUID | Unset = UNSET,
    ordering: GetPipelineStageTargetRunsOrdering | Unset = UNSET,
) -> Response[Error401Unauthorized | GetPipelineStageTargetRunsResponse200]:
    """List the target runs of a stage run, which show how the stage fares on each target device.

    Args:
        stage_run_id (UUID | str): The stage run's id (a UUID).
        status (GetPipelineStageTargetRunsStatus | Unset): Only target runs with this status.
        stage_run_operation_id (UUID | Unset): Only target runs of this stage run operation (its
            id).
        ordering (GetPipelineStageTargetRunsOrdering | Unset): Field to sort by; a leading '-'
            sorts in descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error401Unauthorized | GetPipelineStageTargetRunsResponse200]
    """

    kwargs = _get_kwargs(
        stage_run_id=stage_run_id,
        status=status,
        stage_run_operation_id=stage_run_operation_id,
        ordering=ordering,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stage_run_id: UUID | str,
    *,
    client: ClientLike,
    status: GetPipelineStageTargetRunsStatus | Unset = UNSET,
    stage_run_operation_id: UUID | Unset = UNSET,
    ordering: GetPipelineStageTargetRunsOrdering | Unset = UNSET,
) -> GetPipelineStageTargetRunsResponse200:
    """List the target runs of a stage run, which show how the stage fares on each target device.

    Args:
        stage_run_id (UUID | str): The stage run's id (a UUID).
        status (GetPipelineStageTargetRunsStatus | Unset): Only target runs with this status.
        stage_run_operation_id (UUID | Unset): Only target runs of this stage run operation (its
            id).
        ordering (GetPipelineStageTargetRunsOrdering | Unset): Field to sort by; a leading '-'
            sorts in descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetPipelineStageTargetRunsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            stage_run_id=stage_run_id,
            client=client,
            status=status,
            stage_run_operation_id=stage_run_operation_id,
            ordering=ordering,
        )
    )


async def asyncio_detailed(
    stage_run_id: UUID | str,
    *,
    client: ClientLike,
    status: GetPipelineStageTargetRunsStatus | Unset = UNSET,
    stage_run_operation_id: UUID | Unset = UNSET,
    ordering: GetPipelineStageTargetRunsOrdering | Unset = UNSET,
) -> Response[Error401Unauthorized | GetPipelineStageTargetRunsResponse200]:
    """List the target runs of a stage run, which show how the stage fares on each target device.

    Args:
        stage_run_id (UUID | str): The stage run's id (a UUID).
        status (GetPipelineStageTargetRunsStatus | Unset): Only target runs with this status.
        stage_run_operation_id (UUID | Unset): Only target runs of this stage run operation (its
            id).
        ordering (GetPipelineStageTargetRunsOrdering | Unset): Field to sort by; a leading '-'
            sorts in descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error401Unauthorized | GetPipelineStageTargetRunsResponse200]
    """

    kwargs = _get_kwargs(
        stage_run_id=stage_run_id,
        status=status,
        stage_run_operation_id=stage_run_operation_id,
        ordering=ordering,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stage_run_id: UUID | str,
    *,
    client: ClientLike,
    status: GetPipelineStageTargetRunsStatus | Unset = UNSET,
    stage_run_operation_id: UUID | Unset = UNSET,
    ordering: GetPipelineStageTargetRunsOrdering | Unset = UNSET,
) -> GetPipelineStageTargetRunsResponse200:
    """List the target runs of a stage run, which show how the stage fares on each target device.

    Args:
        stage_run_id (UUID | str): The stage run's id (a UUID).
        status (GetPipelineStageTargetRunsStatus | Unset): Only target runs with this status.
        stage_run_operation_id (UUID | Unset): Only target runs of this stage run operation (its
            id).
        ordering (GetPipelineStageTargetRunsOrdering | Unset): Field to sort by; a leading '-'
            sorts in descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetPipelineStageTargetRunsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            stage_run_id=stage_run_id,
            client=client,
            status=status,
            stage_run_operation_id=stage_run_operation_id,
            ordering=ordering,
        )
    )
