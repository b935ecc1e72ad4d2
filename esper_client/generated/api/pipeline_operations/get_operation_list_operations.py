from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.get_operation_list_operations_response_200 import GetOperationListOperationsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    operationlist_id: str,
    *,
    operation_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["operation_type"] = operation_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/pipelines/v0/operationlists/{path_segment(operationlist_id)}/operations/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> Error401Unauthorized | GetOperationListOperationsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetOperationListOperationsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error401Unauthorized.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error401Unauthorized | GetOperationListOperationsResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except BODY_ERRORS as exc:
        raise response_body_error(client, response, exc) from exc
    return Response(
        status_code=as_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    operationlist_id: str,
    *,
    client: ClientLike,
    operation_type: str | Unset = UNSET,
) -> Response[Error401Unauthorized | GetOperationListOperationsResponse200]:
    """
    Args:
        operationlist_id (str):
        operation_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error401Unauthorized | GetOperationListOperationsResponse200]
    """

    kwargs = _get_kwargs(
        operationlist_id=operationlist_id,
        operation_type=operation_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    operationlist_id: str,
    *,
    client: ClientLike,
    operation_type: str | Unset = UNSET,
) -> Error401Unauthorized | GetOperationListOperationsResponse200 | None:
    """
    Args:
        operationlist_id (str):
        operation_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error401Unauthorized | GetOperationListOperationsResponse200
    """

    return sync_detailed(
        operationlist_id=operationlist_id,
        client=client,
        operation_type=operation_type,
    ).parsed


async def asyncio_detailed(
    operationlist_id: str,
    *,
    client: ClientLike,
    operation_type: str | Unset = UNSET,
) -> Response[Error401Unauthorized | GetOperationListOperationsResponse200]:
    """
    Args:
        operationlist_id (str):
        operation_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error401Unauthorized | GetOperationListOperationsResponse200]
    """

    kwargs = _get_kwargs(
        operationlist_id=operationlist_id,
        operation_type=operation_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    operationlist_id: str,
    *,
    client: ClientLike,
    operation_type: str | Unset = UNSET,
) -> Error401Unauthorized | GetOperationListOperationsResponse200 | None:
    """
    Args:
        operationlist_id (str):
        operation_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error401Unauthorized | GetOperationListOperationsResponse200
    """

    return (
        await asyncio_detailed(
            operationlist_id=operationlist_id,
            client=client,
            operation_type=operation_type,
        )
    ).parsed
