from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.delete_target_list_target_response_200 import DeleteTargetListTargetResponse200
from ...models.error_401_unauthorized import Error401Unauthorized


def _get_kwargs(
    pipeline_id: UUID | str,
    targetlist_id: UUID | str,
    target_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/pipelines/v0/pipelines/{path_segment(pipeline_id)}/targetlists/{path_segment(targetlist_id)}/targets/{path_segment(target_id)}/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(DeleteTargetListTargetResponse200)),
        401: ("json", _rt.model(Error401Unauthorized)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[DeleteTargetListTargetResponse200 | Error401Unauthorized]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    pipeline_id: UUID | str,
    targetlist_id: UUID | str,
    target_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[DeleteTargetListTargetResponse200 | Error401Unauthorized]:
    """Take a target (a device) out of a pipeline target list.

    Args:
        pipeline_id (UUID | str): The pipeline's id (a UUID).
        targetlist_id (UUID | str): The target list's id (a UUID).
        target_id (UUID | str): The target's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[DeleteTargetListTargetResponse200 | Error401Unauthorized]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        targetlist_id=targetlist_id,
        target_id=target_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pipeline_id: UUID | str,
    targetlist_id: UUID | str,
    target_id: UUID | str,
    *,
    client: ClientLike,
) -> DeleteTargetListTargetResponse200:
    """Take a target (a device) out of a pipeline target list.

    Args:
        pipeline_id (UUID | str): The pipeline's id (a UUID).
        targetlist_id (UUID | str): The target list's id (a UUID).
        target_id (UUID | str): The target's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        DeleteTargetListTargetResponse200
    """

    return _rt.parsed(
        sync_detailed(
            pipeline_id=pipeline_id,
            targetlist_id=targetlist_id,
            target_id=target_id,
            client=client,
        )
    )


async def asyncio_detailed(
    pipeline_id: UUID | str,
    targetlist_id: UUID | str,
    target_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[DeleteTargetListTargetResponse200 | Error401Unauthorized]:
    """Take a target (a device) out of a pipeline target list.

    Args:
        pipeline_id (UUID | str): The pipeline's id (a UUID).
        targetlist_id (UUID | str): The target list's id (a UUID).
        target_id (UUID | str): The target's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[DeleteTargetListTargetResponse200 | Error401Unauthorized]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        targetlist_id=targetlist_id,
        target_id=target_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pipeline_id: UUID | str,
    targetlist_id: UUID | str,
    target_id: UUID | str,
    *,
    client: ClientLike,
) -> DeleteTargetListTargetResponse200:
    """Take a target (a device) out of a pipeline target list.

    Args:
        pipeline_id (UUID | str): The pipeline's id (a UUID).
        targetlist_id (UUID | str): The target list's id (a UUID).
        target_id (UUID | str): The target's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        DeleteTargetListTargetResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            pipeline_id=pipeline_id,
            targetlist_id=targetlist_id,
            target_id=target_id,
            client=client,
        )
    )
