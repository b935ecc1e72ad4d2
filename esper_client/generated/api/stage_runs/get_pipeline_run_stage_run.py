from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.get_pipeline_run_stage_run_response_200 import GetPipelineRunStageRunResponse200


def _get_kwargs(
    pipeline_run_id: UUID | str,
    stage_run_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/pipelines/v0/runs/{path_segment(pipeline_run_id)}/stageruns/{path_segment(stage_run_id)}/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetPipelineRunStageRunResponse200)),
        401: ("json", _rt.model(Error401Unauthorized)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error401Unauthorized | GetPipelineRunStageRunResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    pipeline_run_id: UUID | str,
    stage_run_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[Error401Unauthorized | GetPipelineRunStageRunResponse200]:
    """Read one stage run of a pipeline run.

    Args:
        pipeline_run_id (UUID | str): The pipeline run's id (a UUID).
        stage_run_id (UUID | str): The stage run's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error401Unauthorized | GetPipelineRunStageRunResponse200]
    """

    kwargs = _get_kwargs(
        pipeline_run_id=pipeline_run_id,
        stage_run_id=stage_run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pipeline_run_id: UUID | str,
    stage_run_id: UUID | str,
    *,
    client: ClientLike,
) -> GetPipelineRunStageRunResponse200:
    """Read one stage run of a pipeline run.

    Args:
        pipeline_run_id (UUID | str): The pipeline run's id (a UUID).
        stage_run_id (UUID | str): The stage run's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetPipelineRunStageRunResponse200
    """

    return _rt.parsed(
        sync_detailed(
            pipeline_run_id=pipeline_run_id,
            stage_run_id=stage_run_id,
            client=client,
        )
    )


async def asyncio_detailed(
    pipeline_run_id: UUID | str,
    stage_run_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[Error401Unauthorized | GetPipelineRunStageRunResponse200]:
    """Read one stage run of a pipeline run.

    Args:
        pipeline_run_id (UUID | str): The pipeline run's id (a UUID).
        stage_run_id (UUID | str): The stage run's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error401Unauthorized | GetPipelineRunStageRunResponse200]
    """

    kwargs = _get_kwargs(
        pipeline_run_id=pipeline_run_id,
        stage_run_id=stage_run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pipeline_run_id: UUID | str,
    stage_run_id: UUID | str,
    *,
    client: ClientLike,
) -> GetPipelineRunStageRunResponse200:
    """Read one stage run of a pipeline run.

    Args:
        pipeline_run_id (UUID | str): The pipeline run's id (a UUID).
        stage_run_id (UUID | str): The stage run's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetPipelineRunStageRunResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            pipeline_run_id=pipeline_run_id,
            stage_run_id=stage_run_id,
            client=client,
        )
    )
