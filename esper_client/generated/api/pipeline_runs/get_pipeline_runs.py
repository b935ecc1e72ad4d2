from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.get_pipeline_runs_ordering import GetPipelineRunsOrdering
from ...models.get_pipeline_runs_response_200 import GetPipelineRunsResponse200
from ...models.get_pipeline_runs_status import GetPipelineRunsStatus
from ...types import UNSET, Unset


def _get_kwargs(
    pipeline_id: UUID | str,
    *,
    status: GetPipelineRunsStatus | Unset = UNSET,
    ordering: GetPipelineRunsOrdering | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering

    params["ordering"] = json_ordering

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/pipelines/v0/pipelines/{path_segment(pipeline_id)}/runs/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetPipelineRunsResponse200)),
        401: ("json", _rt.model(Error401Unauthorized)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error401Unauthorized | GetPipelineRunsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    pipeline_id: UUID | str,
    *,
    client: ClientLike,
    status: GetPipelineRunsStatus | Unset = UNSET,
    ordering: GetPipelineRunsOrdering | Unset = UNSET,
) -> Response[Error401Unauthorized | GetPipelineRunsResponse200]:
    """List the runs of one pipeline.

    Args:
        pipeline_id (UUID | str): The pipeline's id (a UUID).
        status (GetPipelineRunsStatus | Unset): Only runs with this status.
        ordering (GetPipelineRunsOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error401Unauthorized | GetPipelineRunsResponse200]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        status=status,
        ordering=ordering,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pipeline_id: UUID | str,
    *,
    client: ClientLike,
    status: GetPipelineRunsStatus | Unset = UNSET,
    ordering: GetPipelineRunsOrdering | Unset = UNSET,
) -> GetPipelineRunsResponse200:
    """List the runs of one pipeline.

    Args:
        pipeline_id (UUID | str): The pipeline's id (a UUID).
        status (GetPipelineRunsStatus | Unset): Only runs with this status.
        ordering (GetPipelineRunsOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetPipelineRunsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            pipeline_id=pipeline_id,
            client=client,
            status=status,
            ordering=ordering,
        )
    )


async def asyncio_detailed(
    pipeline_id: UUID | str,
    *,
    client: ClientLike,
    status: GetPipelineRunsStatus | Unset = UNSET,
    ordering: GetPipelineRunsOrdering | Unset = UNSET,
) -> Response[Error401Unauthorized | GetPipelineRunsResponse200]:
    """List the runs of one pipeline.

    Args:
        pipeline_id (UUID | str): The pipeline's id (a UUID).
        status (GetPipelineRunsStatus | Unset): Only runs with this status.
        ordering (GetPipelineRunsOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error401Unauthorized | GetPipelineRunsResponse200]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        status=status,
        ordering=ordering,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pipeline_id: UUID | str,
    *,
    client: ClientLike,
    status: GetPipelineRunsStatus | Unset = UNSET,
    ordering: GetPipelineRunsOrdering | Unset = UNSET,
) -> GetPipelineRunsResponse200:
    """List the runs of one pipeline.

    Args:
        pipeline_id (UUID | str): The pipeline's id (a UUID).
        status (GetPipelineRunsStatus | Unset): Only runs with this status.
        ordering (GetPipelineRunsOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetPipelineRunsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            pipeline_id=pipeline_id,
            client=client,
            status=status,
            ordering=ordering,
        )
    )
