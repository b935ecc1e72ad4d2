from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.add_stage_operation_list_response_200 import AddStageOperationListResponse200
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.operation_list_post import OperationListPOST


def _get_kwargs(
    stage_id: UUID | str,
    *,
    body: OperationListPOST,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/pipelines/v0/stages/{path_segment(stage_id)}/operationlists/",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(AddStageOperationListResponse200)),
        401: ("json", _rt.model(Error401Unauthorized)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[AddStageOperationListResponse200 | Error401Unauthorized]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    stage_id: UUID | str,
    *,
    client: ClientLike,
    body: OperationListPOST,
) -> Response[AddStageOperationListResponse200 | Error401Unauthorized]:
    """Create an operation list in a pipeline stage; add its operations afterwards.

    Args:
        stage_id (UUID | str): The stage's id (a UUID).
        body (OperationListPOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[AddStageOperationListResponse200 | Error401Unauthorized]
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
    body: OperationListPOST,
) -> AddStageOperationListResponse200:
    """Create an operation list in a pipeline stage; add its operations afterwards.

    Args:
        stage_id (UUID | str): The stage's id (a UUID).
        body (OperationListPOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        AddStageOperationListResponse200
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
    body: OperationListPOST,
) -> Response[AddStageOperationListResponse200 | Error401Unauthorized]:
    """Create an operation list in a pipeline stage; add its operations afterwards.

    Args:
        stage_id (UUID | str): The stage's id (a UUID).
        body (OperationListPOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[AddStageOperationListResponse200 | Error401Unauthorized]
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
    body: OperationListPOST,
) -> AddStageOperationListResponse200:
    """Create an operation list in a pipeline stage; add its operations afterwards.

    Args:
        stage_id (UUID | str): The stage's id (a UUID).
        body (OperationListPOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        AddStageOperationListResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            stage_id=stage_id,
            client=client,
            body=body,
        )
    )
