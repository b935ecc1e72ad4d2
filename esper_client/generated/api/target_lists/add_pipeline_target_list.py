from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.add_pipeline_target_list_response_200 import AddPipelineTargetListResponse200
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.target_list_post import TargetListPOST


def _get_kwargs(
    pipeline_id: UUID | str,
    *,
    body: TargetListPOST,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/pipelines/v0/pipelines/{path_segment(pipeline_id)}/targetlists/",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(AddPipelineTargetListResponse200)),
        401: ("json", _rt.model(Error401Unauthorized)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[AddPipelineTargetListResponse200 | Error401Unauthorized]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    pipeline_id: UUID | str,
    *,
    client: ClientLike,
    body: TargetListPOST,
) -> Response[AddPipelineTargetListResponse200 | Error401Unauthorized]:
    """Create a target list in a pipeline; add its targets or device groups afterwards.

    Args:
        pipeline_id (UUID | str): The pipeline's id (a UUID).
        body (TargetListPOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[AddPipelineTargetListResponse200 | Error401Unauthorized]
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
    body: TargetListPOST,
) -> AddPipelineTargetListResponse200:
    """Create a target list in a pipeline; add its targets or device groups afterwards.

    Args:
        pipeline_id (UUID | str): The pipeline's id (a UUID).
        body (TargetListPOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        AddPipelineTargetListResponse200
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
    body: TargetListPOST,
) -> Response[AddPipelineTargetListResponse200 | Error401Unauthorized]:
    """Create a target list in a pipeline; add its targets or device groups afterwards.

    Args:
        pipeline_id (UUID | str): The pipeline's id (a UUID).
        body (TargetListPOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[AddPipelineTargetListResponse200 | Error401Unauthorized]
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
    body: TargetListPOST,
) -> AddPipelineTargetListResponse200:
    """Create a target list in a pipeline; add its targets or device groups afterwards.

    Args:
        pipeline_id (UUID | str): The pipeline's id (a UUID).
        body (TargetListPOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        AddPipelineTargetListResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            pipeline_id=pipeline_id,
            client=client,
            body=body,
        )
    )
