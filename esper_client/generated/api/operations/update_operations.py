from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.update_operations_body import UpdateOperationsBody
from ...models.update_operations_response_200 import UpdateOperationsResponse200


def _get_kwargs(
    operation_id: str,
    *,
    body: UpdateOperationsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/v0/operations/{path_segment(operation_id)}/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> UpdateOperationsResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateOperationsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[UpdateOperationsResponse200]:
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
    operation_id: str,
    *,
    client: ClientLike,
    body: UpdateOperationsBody,
) -> Response[UpdateOperationsResponse200]:
    """Change an operation; in practice, its status.

    Args:
        operation_id (str):
        body (UpdateOperationsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateOperationsResponse200]
    """

    kwargs = _get_kwargs(
        operation_id=operation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    operation_id: str,
    *,
    client: ClientLike,
    body: UpdateOperationsBody,
) -> UpdateOperationsResponse200 | None:
    """Change an operation; in practice, its status.

    Args:
        operation_id (str):
        body (UpdateOperationsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateOperationsResponse200
    """

    return sync_detailed(
        operation_id=operation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    operation_id: str,
    *,
    client: ClientLike,
    body: UpdateOperationsBody,
) -> Response[UpdateOperationsResponse200]:
    """Change an operation; in practice, its status.

    Args:
        operation_id (str):
        body (UpdateOperationsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateOperationsResponse200]
    """

    kwargs = _get_kwargs(
        operation_id=operation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    operation_id: str,
    *,
    client: ClientLike,
    body: UpdateOperationsBody,
) -> UpdateOperationsResponse200 | None:
    """Change an operation; in practice, its status.

    Args:
        operation_id (str):
        body (UpdateOperationsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateOperationsResponse200
    """

    return (
        await asyncio_detailed(
            operation_id=operation_id,
            client=client,
            body=body,
        )
    ).parsed
