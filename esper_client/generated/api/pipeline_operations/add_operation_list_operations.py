from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.add_operation_list_operations_response_200 import AddOperationListOperationsResponse200
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.operation_post import OperationPOST


def _get_kwargs(
    operationlist_id: UUID | str,
    *,
    body: OperationPOST,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/pipelines/v0/operationlists/{path_segment(operationlist_id)}/operations/",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(AddOperationListOperationsResponse200)),
        401: ("json", _rt.model(Error401Unauthorized)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[AddOperationListOperationsResponse200 | Error401Unauthorized]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    operationlist_id: UUID | str,
    *,
    client: ClientLike,
    body: OperationPOST,
) -> Response[AddOperationListOperationsResponse200 | Error401Unauthorized]:
    """Add an operation (a device command with its arguments) to a pipeline operation list.

    Args:
        operationlist_id (UUID | str): The operation list's id (a UUID).
        body (OperationPOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[AddOperationListOperationsResponse200 | Error401Unauthorized]
    """

    kwargs = _get_kwargs(
        operationlist_id=operationlist_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    operationlist_id: UUID | str,
    *,
    client: ClientLike,
    body: OperationPOST,
) -> AddOperationListOperationsResponse200:
    """Add an operation (a device command with its arguments) to a pipeline operation list.

    Args:
        operationlist_id (UUID | str): The operation list's id (a UUID).
        body (OperationPOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        AddOperationListOperationsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            operationlist_id=operationlist_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    operationlist_id: UUID | str,
    *,
    client: ClientLike,
    body: OperationPOST,
) -> Response[AddOperationListOperationsResponse200 | Error401Unauthorized]:
    """Add an operation (a device command with its arguments) to a pipeline operation list.

    Args:
        operationlist_id (UUID | str): The operation list's id (a UUID).
        body (OperationPOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[AddOperationListOperationsResponse200 | Error401Unauthorized]
    """

    kwargs = _get_kwargs(
        operationlist_id=operationlist_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    operationlist_id: UUID | str,
    *,
    client: ClientLike,
    body: OperationPOST,
) -> AddOperationListOperationsResponse200:
    """Add an operation (a device command with its arguments) to a pipeline operation list.

    Args:
        operationlist_id (UUID | str): The operation list's id (a UUID).
        body (OperationPOST):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        AddOperationListOperationsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            operationlist_id=operationlist_id,
            client=client,
            body=body,
        )
    )
