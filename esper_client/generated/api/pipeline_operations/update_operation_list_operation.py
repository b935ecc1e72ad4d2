from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.operation import Operation
from ...models.update_operation_list_operation_response_200 import UpdateOperationListOperationResponse200


def _get_kwargs(
    operationlist_id: UUID | str,
    operation_id: UUID | str,
    *,
    body: Operation,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/pipelines/v0/operationlists/{path_segment(operationlist_id)}/operations/{path_segment(operation_id)}/",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(UpdateOperationListOperationResponse200)),
        400: ("json", _rt.model(Error400BadData)),
        401: ("json", _rt.model(Error401Unauthorized)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error400BadData | Error401Unauthorized | UpdateOperationListOperationResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    operationlist_id: UUID | str,
    operation_id: UUID | str,
    *,
    client: ClientLike,
    body: Operation,
) -> Response[Error400BadData | Error401Unauthorized | UpdateOperationListOperationResponse200]:
    """Replace an operation in a pipeline operation list.

    Args:
        operationlist_id (str): The operation list's id (a UUID).
        operation_id (str): The operation's id (a UUID).
        body (Operation):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error400BadData | Error401Unauthorized | UpdateOperationListOperationResponse200]
    """

    kwargs = _get_kwargs(
        operationlist_id=operationlist_id,
        operation_id=operation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    operationlist_id: UUID | str,
    operation_id: UUID | str,
    *,
    client: ClientLike,
    body: Operation,
) -> UpdateOperationListOperationResponse200:
    """Replace an operation in a pipeline operation list.

    Args:
        operationlist_id (str): The operation list's id (a UUID).
        operation_id (str): The operation's id (a UUID).
        body (Operation):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateOperationListOperationResponse200
    """

    return _rt.parsed(
        sync_detailed(
            operationlist_id=operationlist_id,
            operation_id=operation_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    operationlist_id: UUID | str,
    operation_id: UUID | str,
    *,
    client: ClientLike,
    body: Operation,
) -> Response[Error400BadData | Error401Unauthorized | UpdateOperationListOperationResponse200]:
    """Replace an operation in a pipeline operation list.

    Args:
        operationlist_id (str): The operation list's id (a UUID).
        operation_id (str): The operation's id (a UUID).
        body (Operation):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error400BadData | Error401Unauthorized | UpdateOperationListOperationResponse200]
    """

    kwargs = _get_kwargs(
        operationlist_id=operationlist_id,
        operation_id=operation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    operationlist_id: UUID | str,
    operation_id: UUID | str,
    *,
    client: ClientLike,
    body: Operation,
) -> UpdateOperationListOperationResponse200:
    """Replace an operation in a pipeline operation list.

    Args:
        operationlist_id (str): The operation list's id (a UUID).
        operation_id (str): The operation's id (a UUID).
        body (Operation):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateOperationListOperationResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            operationlist_id=operationlist_id,
            operation_id=operation_id,
            client=client,
            body=body,
        )
    )
