from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.create_pipeline_stage_response_200 import CreatePipelineStageResponse200
from ...models.error_400_bad_data import Error400BadData
from ...models.stage_post import StagePOST


def _get_kwargs(
    pipeline_id: UUID | str,
    *,
    body: StagePOST,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/pipelines/v0/pipelines/{path_segment(pipeline_id)}/stages/",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(CreatePipelineStageResponse200)),
        400: ("json", _rt.model(Error400BadData)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[CreatePipelineStageResponse200 | Error400BadData]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    pipeline_id: UUID | str,
    *,
    client: ClientLike,
    body: StagePOST,
) -> Response[CreatePipelineStageResponse200 | Error400BadData]:
    """Add a stage to a pipeline.

    Args:
        pipeline_id (UUID | str): The pipeline's id (a UUID).
        body (StagePOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[CreatePipelineStageResponse200 | Error400BadData]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pipeline_id: UUID | str,
    *,
    client: ClientLike,
    body: StagePOST,
) -> CreatePipelineStageResponse200:
    """Add a stage to a pipeline.

    Args:
        pipeline_id (UUID | str): The pipeline's id (a UUID).
        body (StagePOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreatePipelineStageResponse200
    """

    return _rt.parsed(
        sync_detailed(
            pipeline_id=pipeline_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    pipeline_id: UUID | str,
    *,
    client: ClientLike,
    body: StagePOST,
) -> Response[CreatePipelineStageResponse200 | Error400BadData]:
    """Add a stage to a pipeline.

    Args:
        pipeline_id (UUID | str): The pipeline's id (a UUID).
        body (StagePOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[CreatePipelineStageResponse200 | Error400BadData]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pipeline_id: UUID | str,
    *,
    client: ClientLike,
    body: StagePOST,
) -> CreatePipelineStageResponse200:
    """Add a stage to a pipeline.

    Args:
        pipeline_id (UUID | str): The pipeline's id (a UUID).
        body (StagePOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreatePipelineStageResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            pipeline_id=pipeline_id,
            client=client,
            body=body,
        )
    )
