from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.get_all_pipeline_runs_ordering import GetAllPipelineRunsOrdering
from ...models.get_all_pipeline_runs_response_200 import GetAllPipelineRunsResponse200
from ...models.get_all_pipeline_runs_status import GetAllPipelineRunsStatus
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    status: GetAllPipelineRunsStatus | Unset = UNSET,
    pipeline_name: str | Unset = UNSET,
    ordering: GetAllPipelineRunsOrdering | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["pipeline_name"] = pipeline_name

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering

    params["ordering"] = json_ordering

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pipelines/v0/runs/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetAllPipelineRunsResponse200)),
        401: ("json", _rt.model(Error401Unauthorized)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error401Unauthorized | GetAllPipelineRunsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    status: GetAllPipelineRunsStatus | Unset = UNSET,
    pipeline_name: str | Unset = UNSET,
    ordering: GetAllPipelineRunsOrdering | Unset = UNSET,
) -> Response[Error401Unauthorized | GetAllPipelineRunsResponse200]:
    """List the runs of every pipeline in the enterprise.

    Args:
        status (GetAllPipelineRunsStatus | Unset): Only runs with this status.
        pipeline_name (str | Unset): Only runs of the pipeline with this name.
        ordering (GetAllPipelineRunsOrdering | Unset): Field to sort by; a leading '-' sorts in
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
        Response[Error401Unauthorized | GetAllPipelineRunsResponse200]
    """

    kwargs = _get_kwargs(
        status=status,
        pipeline_name=pipeline_name,
        ordering=ordering,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    status: GetAllPipelineRunsStatus | Unset = UNSET,
    pipeline_name: str | Unset = UNSET,
    ordering: GetAllPipelineRunsOrdering | Unset = UNSET,
) -> GetAllPipelineRunsResponse200:
    """List the runs of every pipeline in the enterprise.

    Args:
        status (GetAllPipelineRunsStatus | Unset): Only runs with this status.
        pipeline_name (str | Unset): Only runs of the pipeline with this name.
        ordering (GetAllPipelineRunsOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetAllPipelineRunsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            status=status,
            pipeline_name=pipeline_name,
            ordering=ordering,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    status: GetAllPipelineRunsStatus | Unset = UNSET,
    pipeline_name: str | Unset = UNSET,
    ordering: GetAllPipelineRunsOrdering | Unset = UNSET,
) -> Response[Error401Unauthorized | GetAllPipelineRunsResponse200]:
    """List the runs of every pipeline in the enterprise.

    Args:
        status (GetAllPipelineRunsStatus | Unset): Only runs with this status.
        pipeline_name (str | Unset): Only runs of the pipeline with this name.
        ordering (GetAllPipelineRunsOrdering | Unset): Field to sort by; a leading '-' sorts in
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
        Response[Error401Unauthorized | GetAllPipelineRunsResponse200]
    """

    kwargs = _get_kwargs(
        status=status,
        pipeline_name=pipeline_name,
        ordering=ordering,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    status: GetAllPipelineRunsStatus | Unset = UNSET,
    pipeline_name: str | Unset = UNSET,
    ordering: GetAllPipelineRunsOrdering | Unset = UNSET,
) -> GetAllPipelineRunsResponse200:
    """List the runs of every pipeline in the enterprise.

    Args:
        status (GetAllPipelineRunsStatus | Unset): Only runs with this status.
        pipeline_name (str | Unset): Only runs of the pipeline with this name.
        ordering (GetAllPipelineRunsOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetAllPipelineRunsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            status=status,
            pipeline_name=pipeline_name,
            ordering=ordering,
        )
    )
