from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.create_pipeline_stage_target_runs_response_200 import CreatePipelineStageTargetRunsResponse200
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.target_run_post import TargetRunPOST


def _get_kwargs(
    stage_run_id: UUID | str,
    *,
    body: TargetRunPOST,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/pipelines/v0/stageruns/{path_segment(stage_run_id)}/targetruns/",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(CreatePipelineStageTargetRunsResponse200)),
        401: ("json", _rt.model(Error401Unauthorized)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[CreatePipelineStageTargetRunsResponse200 | Error401Unauthorized]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    stage_run_id: UUID | str,
    *,
    client: ClientLike,
    body: TargetRunPOST,
) -> Response[CreatePipelineStageTargetRunsResponse200 | Error401Unauthorized]:
    """Add a target run to a stage run, for one target of the stage.

    Args:
        stage_run_id (UUID | str): The stage run's id (a UUID).
        body (TargetRunPOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[CreatePipelineStageTargetRunsResponse200 | Error401Unauthorized]
    """

    kwargs = _get_kwargs(
        stage_run_id=stage_run_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stage_run_id: UUID | str,
    *,
    client: ClientLike,
    body: TargetRunPOST,
) -> CreatePipelineStageTargetRunsResponse200:
    """Add a target run to a stage run, for one target of the stage.

    Args:
        stage_run_id (UUID | str): The stage run's id (a UUID).
        body (TargetRunPOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreatePipelineStageTargetRunsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            stage_run_id=stage_run_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    stage_run_id: UUID | str,
    *,
    client: ClientLike,
    body: TargetRunPOST,
) -> Response[CreatePipelineStageTargetRunsResponse200 | Error401Unauthorized]:
    """Add a target run to a stage run, for one target of the stage.

    Args:
        stage_run_id (UUID | str): The stage run's id (a UUID).
        body (TargetRunPOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[CreatePipelineStageTargetRunsResponse200 | Error401Unauthorized]
    """

    kwargs = _get_kwargs(
        stage_run_id=stage_run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stage_run_id: UUID | str,
    *,
    client: ClientLike,
    body: TargetRunPOST,
) -> CreatePipelineStageTargetRunsResponse200:
    """Add a target run to a stage run, for one target of the stage.

    Args:
        stage_run_id (UUID | str): The stage run's id (a UUID).
        body (TargetRunPOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        CreatePipelineStageTargetRunsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            stage_run_id=stage_run_id,
            client=client,
            body=body,
        )
    )
